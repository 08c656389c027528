import { pst } from '../i18n/plan-store-ui';
import {
  type Action,
  type Goal,
  MAX_PLAN_ITEMS,
  MAX_PLAN_SHORT_TEXT,
  type Person,
  type Phase,
  PLAN_FORMAT_VERSION,
  type Plan,
} from '../schemas/plan';
import { typedText } from './bidi-controls';

/*
 * Pure edits of a 30-60-90 plan: each returns a new plan and leaves the
 * original untouched, so stores can keep the version last saved for merging.
 */

/** A random id for plans and their items. */
export function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

function emptyPhase(theme: string): Phase {
  return { theme, goals: [], people: [], review: { happened: '', why: '', next: '' } };
}

/** A fresh plan, ready to type into: its title and phase themes, until the reader changes them, are the site's words. */
export function createPlan(id: string, now: number, title = pst('plan.newTitle')): Plan {
  return {
    v: PLAN_FORMAT_VERSION,
    id,
    title,
    role: '',
    reviewers: '',
    context: '',
    phases: [emptyPhase(pst('plan.themeLearn')), emptyPhase(pst('plan.themePlan')), emptyPhase(pst('plan.themeAct'))],
    createdAt: now,
    updatedAt: now,
    clock: {},
    removed: {},
  };
}

/** A copy of a plan under a new id. */
export function duplicatePlan(plan: Plan, id: string, now: number): Plan {
  // A copy starts its own history: no stamps or removals carried over from the original, nor the day the original
  // was saved from a review link (src/lib/plan-versions.ts), which this copy was not.
  const { savedFromReview: _saved, ...content } = structuredClone(plan);
  return {
    ...content,
    id,
    // Without the isolates the words put around a right-to-left title: a plan's text keeps no bidi controls.
    title: typedText(pst('plan.copyOf', { title: plan.title }), MAX_PLAN_SHORT_TEXT),
    createdAt: now,
    updatedAt: now,
    clock: {},
    removed: {},
  };
}

type PlanFields = Partial<Pick<Plan, 'title' | 'role' | 'reviewers' | 'context'>> & {
  startDate?: string | undefined;
};

/** `item` with `fields`, without `key` when `fields` sets it to nothing (a start date, a due or a day taken away). */
function patched<T extends object>(item: T, fields: NoInfer<Partial<T>>, key: keyof T): T {
  const next = { ...item, ...fields };
  if (key in fields && !fields[key]) delete next[key];
  return next;
}

export function updatePlanFields(plan: Plan, fields: PlanFields, now: number): Plan {
  return { ...patched(plan, fields, 'startDate'), updatedAt: now };
}

function withPhase(plan: Plan, index: number, change: (phase: Phase) => Phase, now: number): Plan {
  const phases = plan.phases.map((phase, i) => (i === index ? change(phase) : phase)) as Plan['phases'];
  return { ...plan, phases, updatedAt: now };
}

/** Moves the item with `id` by `delta` places (-1 up, +1 down), staying inside the list. */
export function moveItem<T extends { id: string }>(items: readonly T[], id: string, delta: number): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** Whether a list of goals, actions or people holds as many items as a plan may store. */
export function isFull(items: readonly unknown[]): boolean {
  return items.length >= MAX_PLAN_ITEMS;
}

/**
 * Puts `item` back at `position` (clamped to the list), for undoing a
 * removal: the same item, with its id, where it was. The callers check first
 * that it may go in (`canInsert`: not there already, as when undo is pressed
 * twice, and the list not full).
 */
export function insertItem<T extends { id: string }>(items: readonly T[], item: T, position: number): T[] {
  const next = [...items];
  next.splice(Math.max(0, Math.min(position, next.length)), 0, item);
  return next;
}

function canInsert(items: readonly { id: string }[] | undefined, id: string): boolean {
  return items !== undefined && !isFull(items) && !items.some((item) => item.id === id);
}

export function updatePhase(
  plan: Plan,
  index: number,
  fields: Partial<Pick<Phase, 'theme' | 'review'>>,
  now: number,
): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, ...fields }), now);
}

/** Adds a goal at the end of a phase; a full phase is left as it is. */
export function addGoal(plan: Plan, index: number, goal: Goal, now: number): Plan {
  return insertGoal(plan, index, goal, MAX_PLAN_ITEMS, now);
}

export function updateGoal(
  plan: Plan,
  index: number,
  goalId: string,
  fields: Partial<Omit<Goal, 'id' | 'actions'>>,
  now: number,
): Plan {
  return withGoal(plan, index, goalId, (goal) => ({ ...goal, ...fields }), now);
}

/** `items` without the one with `id`. */
const without = <T extends { id: string }>(items: readonly T[], id: string): T[] =>
  items.filter((item) => item.id !== id);

export function removeGoal(plan: Plan, index: number, goalId: string, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, goals: without(phase.goals, goalId) }), now);
}

/** Puts a removed goal, with its actions, back at `position` (see insertItem); the same plan when it cannot. */
export function insertGoal(plan: Plan, index: number, goal: Goal, position: number, now: number): Plan {
  if (!canInsert(plan.phases[index]?.goals, goal.id)) return plan;
  return withPhase(plan, index, (phase) => ({ ...phase, goals: insertItem(phase.goals, goal, position) }), now);
}

export function moveGoal(plan: Plan, index: number, goalId: string, delta: number, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, goals: moveItem(phase.goals, goalId, delta) }), now);
}

function withGoal(plan: Plan, index: number, goalId: string, change: (goal: Goal) => Goal, now: number): Plan {
  return withPhase(
    plan,
    index,
    (phase) => ({ ...phase, goals: phase.goals.map((goal) => (goal.id === goalId ? change(goal) : goal)) }),
    now,
  );
}

function goalOf(plan: Plan, index: number, goalId: string): Goal | undefined {
  return plan.phases[index]?.goals.find((goal) => goal.id === goalId);
}

/** Adds an action at the end of a goal; a full goal is left as it is. */
export function addAction(plan: Plan, index: number, goalId: string, action: Action, now: number): Plan {
  return insertAction(plan, index, goalId, action, MAX_PLAN_ITEMS, now);
}

export function updateAction(
  plan: Plan,
  index: number,
  goalId: string,
  actionId: string,
  fields: Partial<Omit<Action, 'id'>>,
  now: number,
): Plan {
  return withGoal(
    plan,
    index,
    goalId,
    (goal) => ({
      ...goal,
      actions: goal.actions.map((action) => (action.id === actionId ? patched(action, fields, 'due') : action)),
    }),
    now,
  );
}

export function removeAction(plan: Plan, index: number, goalId: string, actionId: string, now: number): Plan {
  return withGoal(plan, index, goalId, (goal) => ({ ...goal, actions: without(goal.actions, actionId) }), now);
}

/** Puts a removed action back under its goal at `position`; the same plan when it cannot (goal gone, goal full). */
export function insertAction(
  plan: Plan,
  index: number,
  goalId: string,
  action: Action,
  position: number,
  now: number,
): Plan {
  if (!canInsert(goalOf(plan, index, goalId)?.actions, action.id)) return plan;
  return withGoal(
    plan,
    index,
    goalId,
    (goal) => ({ ...goal, actions: insertItem(goal.actions, action, position) }),
    now,
  );
}

export function moveAction(
  plan: Plan,
  index: number,
  goalId: string,
  actionId: string,
  delta: number,
  now: number,
): Plan {
  return withGoal(plan, index, goalId, (goal) => ({ ...goal, actions: moveItem(goal.actions, actionId, delta) }), now);
}

/** Adds a person at the end of a phase; a full phase is left as it is. */
export function addPerson(plan: Plan, index: number, person: Person, now: number): Plan {
  return insertPerson(plan, index, person, MAX_PLAN_ITEMS, now);
}

export function updatePerson(
  plan: Plan,
  index: number,
  personId: string,
  fields: Partial<Omit<Person, 'id'>>,
  now: number,
): Plan {
  return withPhase(
    plan,
    index,
    (phase) => ({
      ...phase,
      people: phase.people.map((person) => (person.id === personId ? patched(person, fields, 'byDay') : person)),
    }),
    now,
  );
}

export function removePerson(plan: Plan, index: number, personId: string, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, people: without(phase.people, personId) }), now);
}

/** Puts a removed person back at `position` (see insertItem); the same plan when it cannot. */
export function insertPerson(plan: Plan, index: number, person: Person, position: number, now: number): Plan {
  if (!canInsert(plan.phases[index]?.people, person.id)) return plan;
  return withPhase(plan, index, (phase) => ({ ...phase, people: insertItem(phase.people, person, position) }), now);
}

export function movePerson(plan: Plan, index: number, personId: string, delta: number, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, people: moveItem(phase.people, personId, delta) }), now);
}

/** Plans newest first, for the plan list. */
export function sortPlans(plans: Iterable<Plan>): Plan[] {
  return [...plans].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}
