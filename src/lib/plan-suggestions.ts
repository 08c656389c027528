import type { ActionOwner, Goal, GoalCategory, ItemSource, Plan } from '../schemas/plan';
import { addAction, addGoal, addPerson, isFull, newId } from './plan-model';

/** Who an idea is for: the ideas panel's audience filter. */
export const IDEA_AUDIENCES = ['manager', 'aspiring-leader', 'new-csm'] as const;
export type IdeaAudience = (typeof IDEA_AUDIENCES)[number];
export const IDEA_KINDS = ['goal', 'action', 'person'] as const;
export type IdeaKind = (typeof IDEA_KINDS)[number];

/** What adding an idea from the handbook needs to know about it. */
export interface SuggestionIdea {
  id: string;
  kind: IdeaKind;
  category: GoalCategory;
  owner?: ActionOwner | undefined;
  /** A goal's or an action's text, a person's name. */
  text: string;
  measure?: string | undefined;
  /** Why meet this person. */
  why?: string | undefined;
  /** Meet by this day of the plan. */
  byDay?: number | undefined;
  /** The handbook section: a site path with its heading id, and the heading's words. */
  source: { href: string; label: string };
}

/** The list an idea would go into, when that list is full. */
export type FullList = { list: 'goals' } | { list: 'people' } | { list: 'actions'; goal: Goal; number: number };

function sourceOf(idea: SuggestionIdea): ItemSource {
  return { id: idea.id, href: idea.source.href, label: idea.source.label };
}

/**
 * Why an idea cannot be added to a phase (under `goalId` for an action), or
 * undefined when it can. An action without a goal comes with a new goal.
 */
export function suggestionBlocked(
  plan: Plan,
  idea: SuggestionIdea,
  phase: number,
  goalId?: string,
): FullList | undefined {
  const goals = plan.phases[phase]?.goals ?? [];
  if (idea.kind === 'person') return isFull(plan.phases[phase]?.people ?? []) ? { list: 'people' } : undefined;
  const index = idea.kind === 'action' && goalId ? goals.findIndex((goal) => goal.id === goalId) : -1;
  const goal = goals[index];
  if (goal) return isFull(goal.actions) ? { list: 'actions', goal, number: index + 1 } : undefined;
  return isFull(goals) ? { list: 'goals' } : undefined;
}

/**
 * Adds an idea to a phase, with its source: a goal as it is, a person to
 * meet, an action under the goal `goalId` or else under a new goal named
 * after the idea's source section (never an empty goal).
 */
export function addSuggestion(plan: Plan, idea: SuggestionIdea, phase: number, now: number, goalId?: string): Plan {
  const source = sourceOf(idea);
  if (idea.kind === 'goal') {
    const goal = { id: newId(), text: idea.text, category: idea.category, measure: idea.measure ?? '', actions: [] };
    return addGoal(plan, phase, { ...goal, source }, now);
  }
  if (idea.kind === 'person') {
    const person = { id: newId(), name: idea.text, why: idea.why ?? '', met: false, source };
    return addPerson(plan, phase, idea.byDay === undefined ? person : { ...person, byDay: idea.byDay }, now);
  }
  const action = { id: newId(), text: idea.text, owner: idea.owner ?? 'self', status: 'todo' as const, source };
  if (goalId && plan.phases[phase]?.goals.some((goal) => goal.id === goalId)) {
    return addAction(plan, phase, goalId, action, now);
  }
  const goal = { id: newId(), text: idea.source.label, category: idea.category, measure: '', actions: [action] };
  return addGoal(plan, phase, goal, now);
}

/** Where an idea already is in a plan: its phase and the id of its first field (to jump to it). */
export interface FoundIdea {
  phase: number;
  fieldId: string;
}

/** Ideas (and template items) already in the plan, by source id: the first place each is. */
export function ideasInPlan(plan: Plan): Map<string, FoundIdea> {
  const found = new Map<string, FoundIdea>();
  const note = (id: string | undefined, phase: number, fieldId: string) => {
    if (id && !found.has(id)) found.set(id, { phase, fieldId });
  };
  plan.phases.forEach((phase, index) => {
    for (const goal of phase.goals) {
      note(goal.source?.id, index, `goal-${goal.id}-text`);
      for (const action of goal.actions) note(action.source?.id, index, `action-${action.id}-text`);
    }
    for (const person of phase.people) note(person.source?.id, index, `person-${person.id}-name`);
  });
  return found;
}

export interface IdeaFilter {
  audience: IdeaAudience | 'all';
  kind: IdeaKind | 'all';
}

/** The ideas that pass the panel's filters. */
export function filterIdeas<T extends { kind: IdeaKind; audience: readonly IdeaAudience[] }>(
  ideas: readonly T[],
  { audience, kind }: IdeaFilter,
): T[] {
  return ideas.filter(
    (idea) => (kind === 'all' || idea.kind === kind) && (audience === 'all' || idea.audience.includes(audience)),
  );
}
