import { describe, expect, it } from 'vitest';
import {
  addAction,
  addGoal,
  addPerson,
  createPlan,
  insertAction,
  insertGoal,
  insertItem,
  insertPerson,
  isFull,
  removeAction,
  removeGoal,
  removePerson,
} from '../../src/lib/plan-model';
import { readPlan } from '../../src/lib/plan-records';
import { addSuggestion, type SuggestionIdea, suggestionBlocked } from '../../src/lib/plan-suggestions';
import { quoted } from '../../src/lib/quoted';
import { formatCount, reachedLimit, showsCounter } from '../../src/lib/text-limit';
import { type Goal, MAX_PLAN_ITEMS, type Plan } from '../../src/schemas/plan';

const goal = (id: string, actions: string[] = []): Goal => ({
  id,
  text: `Goal ${id}`,
  category: 'learning',
  measure: '',
  actions: actions.map((a) => ({ id: a, text: `Action ${a}`, owner: 'self', status: 'todo' })),
});

/** A plan whose first phase holds goals g1, g2 (with actions a1, a2, a3) and g3, and people p1, p2. */
function samplePlan(): Plan {
  let plan = createPlan('plan-1', 1000);
  for (const g of [goal('g1'), goal('g2', ['a1', 'a2', 'a3']), goal('g3')]) plan = addGoal(plan, 0, g, 1000);
  for (const p of ['p1', 'p2']) plan = addPerson(plan, 0, { id: p, name: p, why: '', met: false }, 1000);
  return plan;
}

function fullPhasePlan(): Plan {
  let plan = createPlan('plan-1', 1000);
  for (let i = 0; i < MAX_PLAN_ITEMS; i += 1) plan = addGoal(plan, 0, goal(`g${i}`), 1000);
  return plan;
}

const ids = (items: readonly { id: string }[] | undefined) => items?.map((item) => item.id);

describe('putting a removed item back', () => {
  it('inserts at the old position, clamped to the list', () => {
    const items = [{ id: 'a' }, { id: 'c' }];
    expect(ids(insertItem(items, { id: 'b' }, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(insertItem(items, { id: 'b' }, 0))).toEqual(['b', 'a', 'c']);
    expect(ids(insertItem(items, { id: 'b' }, 9))).toEqual(['a', 'c', 'b']);
    expect(ids(insertItem(items, { id: 'b' }, -1))).toEqual(['b', 'a', 'c']);
  });

  it('brings a goal back where it was, the same object with all its actions', () => {
    const plan = samplePlan();
    const removed = plan.phases[0].goals[1] as Goal;
    const without = removeGoal(plan, 0, 'g2', 2000);
    expect(ids(without.phases[0].goals)).toEqual(['g1', 'g3']);
    const back = insertGoal(without, 0, removed, 1, 3000);
    expect(ids(back.phases[0].goals)).toEqual(['g1', 'g2', 'g3']);
    expect(back.phases[0].goals[1]).toBe(removed);
    expect(ids(back.phases[0].goals[1]?.actions)).toEqual(['a1', 'a2', 'a3']);
    expect(back.updatedAt).toBe(3000);
    expect(readPlan(JSON.stringify(back)).kind).toBe('ok');
  });

  it('brings an action back under its goal, and a person back in the phase', () => {
    const plan = samplePlan();
    const action = plan.phases[0].goals[1]?.actions[0];
    if (!action) throw new Error('sample plan has no action');
    const withoutAction = removeAction(plan, 0, 'g2', 'a1', 2000);
    expect(ids(insertAction(withoutAction, 0, 'g2', action, 0, 3000).phases[0].goals[1]?.actions)).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
    const person = plan.phases[0].people[1];
    if (!person) throw new Error('sample plan has no person');
    const withoutPerson = removePerson(plan, 0, 'p2', 2000);
    expect(ids(insertPerson(withoutPerson, 0, person, 1, 3000).phases[0].people)).toEqual(['p1', 'p2']);
  });

  it('leaves the plan as it is when the item cannot go back', () => {
    const plan = samplePlan();
    const existing = plan.phases[0].goals[0] as Goal;
    expect(insertGoal(plan, 0, existing, 0, 2000)).toBe(plan);
    const action = plan.phases[0].goals[1]?.actions[0];
    if (!action) throw new Error('sample plan has no action');
    // Its goal was removed meanwhile.
    const noGoal = removeGoal(removeAction(plan, 0, 'g2', 'a1', 2000), 0, 'g2', 2001);
    expect(insertAction(noGoal, 0, 'g2', action, 0, 3000)).toBe(noGoal);
    const full = fullPhasePlan();
    expect(insertGoal(full, 0, goal('extra'), 0, 2000)).toBe(full);
  });
});

describe('list limits', () => {
  it('counts a list as full at the stored limit', () => {
    expect(isFull(Array.from({ length: MAX_PLAN_ITEMS - 1 }))).toBe(false);
    expect(isFull(Array.from({ length: MAX_PLAN_ITEMS }))).toBe(true);
  });

  it('adds no goal, action or person past the limit, so the plan stays readable', () => {
    const full = fullPhasePlan();
    expect(addGoal(full, 0, goal('extra'), 2000)).toBe(full);
    expect(readPlan(JSON.stringify(full)).kind).toBe('ok');

    let plan = addGoal(createPlan('plan-1', 1000), 0, goal('g1'), 1000);
    for (let i = 0; i < MAX_PLAN_ITEMS; i += 1) {
      plan = addAction(plan, 0, 'g1', { id: `a${i}`, text: '', owner: 'self', status: 'todo' }, 1000);
      plan = addPerson(plan, 0, { id: `p${i}`, name: '', why: '', met: false }, 1000);
    }
    expect(addAction(plan, 0, 'g1', { id: 'extra', text: '', owner: 'self', status: 'todo' }, 2000)).toBe(plan);
    expect(addPerson(plan, 0, { id: 'extra', name: '', why: '', met: false }, 2000)).toBe(plan);
  });

  it('tells which list keeps an idea out: the goals, the people, or the chosen goal’s actions', () => {
    const source = { href: '/handbook/x/#y', label: 'A section' };
    const goalIdea: SuggestionIdea = { id: 'sug-a', kind: 'goal', category: 'learning', text: 'An idea', source };
    const actionIdea: SuggestionIdea = { id: 'sug-b', kind: 'action', category: 'learning', text: 'A step', source };
    const full = fullPhasePlan();
    expect(suggestionBlocked(full, goalIdea, 0)).toEqual({ list: 'goals' });
    // Under a chosen goal with room, an action fits; without one it needs a new goal, and there is no room.
    expect(suggestionBlocked(full, actionIdea, 0, full.phases[0].goals[0]?.id)).toBeUndefined();
    expect(suggestionBlocked(full, actionIdea, 0)).toEqual({ list: 'goals' });
    expect(suggestionBlocked(full, goalIdea, 1)).toBeUndefined();
    expect(addSuggestion(full, goalIdea, 0, 2000)).toBe(full);

    let busy = addGoal(createPlan('plan-1', 1000), 0, goal('g1'), 1000);
    for (let i = 0; i < MAX_PLAN_ITEMS; i += 1) {
      busy = addAction(busy, 0, 'g1', { id: `a${i}`, text: '', owner: 'self', status: 'todo' }, 1000);
    }
    expect(suggestionBlocked(busy, actionIdea, 0, 'g1')).toEqual({
      list: 'actions',
      goal: busy.phases[0].goals[0],
      number: 1,
    });
    expect(suggestionBlocked(busy, goalIdea, 0)).toBeUndefined();
  });
});

describe('length counter', () => {
  it('shows from 80 % of the limit', () => {
    expect(showsCounter(3_999, 5_000)).toBe(false);
    expect(showsCounter(4_000, 5_000)).toBe(true);
    expect(showsCounter(239, 300)).toBe(false);
    expect(showsCounter(240, 300)).toBe(true);
  });

  it('says the limit is reached once, on the edit that reaches it', () => {
    expect(reachedLimit(299, 300, 300)).toBe(true);
    expect(reachedLimit(0, 300, 300)).toBe(true);
    expect(reachedLimit(300, 300, 300)).toBe(false);
    expect(reachedLimit(298, 299, 300)).toBe(false);
  });

  it('formats counts and quotes long names short', () => {
    expect(formatCount(4_100)).toBe('4,100');
    expect(quoted('  Know   the team ')).toBe('Know the team');
    expect(quoted('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
