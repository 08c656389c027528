import type { ActionOwner, ActionStatus, GoalCategory } from '../schemas/plan';

/** Words shown for plan values, in the page and in exports. */
export const CATEGORY_LABELS: Record<GoalCategory, string> = {
  learning: 'Learning',
  relationships: 'Relationships',
  'quick-win': 'Quick win',
  strategy: 'Strategy',
  team: 'Team and people',
  operations: 'Operations',
};

export const OWNER_LABELS: Record<ActionOwner, string> = {
  self: 'Me',
  manager: 'Manager',
  mentor: 'Mentor',
  other: 'Other',
};

export const STATUS_LABELS: Record<ActionStatus, string> = {
  todo: 'To do',
  doing: 'Doing',
  done: 'Done',
  na: 'Not applicable',
};

/** "Days 1–30", "Days 31–60", "Days 61–90". */
export const PHASE_TITLES = ['Days 1–30', 'Days 31–60', 'Days 61–90'] as const;
