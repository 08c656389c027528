import { type Action, type Goal, MAX_PLAN_SHORT_TEXT, type Person, type Phase, type Plan } from '../schemas/plan';

/*
 * Pure edits of a 30-60-90 plan: each returns a new plan and leaves the
 * original untouched, so stores can keep the version last saved for merging.
 */

export const DEFAULT_THEMES = ['Learn', 'Plan', 'Act'] as const;

/** A random id for plans and their items. */
export function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

function emptyPhase(theme: string): Phase {
  return { theme, goals: [], people: [], review: { happened: '', why: '', next: '' } };
}

/** A fresh plan, ready to type into. */
export function createPlan(id: string, now: number, title = 'My 30-60-90 day plan'): Plan {
  return {
    v: 2,
    id,
    title,
    role: '',
    reviewers: '',
    context: '',
    phases: [emptyPhase(DEFAULT_THEMES[0]), emptyPhase(DEFAULT_THEMES[1]), emptyPhase(DEFAULT_THEMES[2])],
    createdAt: now,
    updatedAt: now,
    clock: {},
    removed: {},
  };
}

/** A copy of a plan under a new id. */
export function duplicatePlan(plan: Plan, id: string, now: number): Plan {
  // A copy starts its own history: no stamps or removals carried over from the original.
  return {
    ...structuredClone(plan),
    id,
    title: `Copy of ${plan.title}`.slice(0, MAX_PLAN_SHORT_TEXT),
    createdAt: now,
    updatedAt: now,
    clock: {},
    removed: {},
  };
}

export type PlanFields = Partial<Pick<Plan, 'title' | 'role' | 'reviewers' | 'context'>> & {
  startDate?: string | undefined;
};

export function updatePlanFields(plan: Plan, fields: PlanFields, now: number): Plan {
  const next: Plan = { ...plan, ...fields, updatedAt: now } as Plan;
  if ('startDate' in fields && !fields.startDate) delete next.startDate;
  return next;
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

export function updatePhase(
  plan: Plan,
  index: number,
  fields: Partial<Pick<Phase, 'theme' | 'review'>>,
  now: number,
): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, ...fields }), now);
}

export function addGoal(plan: Plan, index: number, goal: Goal, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, goals: [...phase.goals, goal] }), now);
}

export function updateGoal(
  plan: Plan,
  index: number,
  goalId: string,
  fields: Partial<Omit<Goal, 'id' | 'actions'>>,
  now: number,
): Plan {
  return withPhase(
    plan,
    index,
    (phase) => ({ ...phase, goals: phase.goals.map((goal) => (goal.id === goalId ? { ...goal, ...fields } : goal)) }),
    now,
  );
}

export function removeGoal(plan: Plan, index: number, goalId: string, now: number): Plan {
  return withPhase(
    plan,
    index,
    (phase) => ({ ...phase, goals: phase.goals.filter((goal) => goal.id !== goalId) }),
    now,
  );
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

export function addAction(plan: Plan, index: number, goalId: string, action: Action, now: number): Plan {
  return withGoal(plan, index, goalId, (goal) => ({ ...goal, actions: [...goal.actions, action] }), now);
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
      actions: goal.actions.map((action) => {
        if (action.id !== actionId) return action;
        const next = { ...action, ...fields };
        if ('due' in fields && !fields.due) delete next.due;
        return next;
      }),
    }),
    now,
  );
}

export function removeAction(plan: Plan, index: number, goalId: string, actionId: string, now: number): Plan {
  return withGoal(
    plan,
    index,
    goalId,
    (goal) => ({ ...goal, actions: goal.actions.filter((a) => a.id !== actionId) }),
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

export function addPerson(plan: Plan, index: number, person: Person, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, people: [...phase.people, person] }), now);
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
      people: phase.people.map((person) => {
        if (person.id !== personId) return person;
        const next = { ...person, ...fields };
        if ('byDay' in fields && fields.byDay === undefined) delete next.byDay;
        return next;
      }),
    }),
    now,
  );
}

export function removePerson(plan: Plan, index: number, personId: string, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, people: phase.people.filter((p) => p.id !== personId) }), now);
}

export function movePerson(plan: Plan, index: number, personId: string, delta: number, now: number): Plan {
  return withPhase(plan, index, (phase) => ({ ...phase, people: moveItem(phase.people, personId, delta) }), now);
}

/** Plans newest first, for the plan list. */
export function sortPlans(plans: Iterable<Plan>): Plan[] {
  return [...plans].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}
