import { describe, expect, it } from 'vitest';
import { createStampClock, makeStamp, mergePlans, stampChanges } from '../../src/lib/plan-clock';
import {
  addAction,
  addGoal,
  createPlan,
  moveGoal,
  removeGoal,
  updateGoal,
  updatePlanFields,
} from '../../src/lib/plan-model';
import { withPathValue } from '../../src/lib/plan-path-value';
import { readPlan } from '../../src/lib/plan-records';
import { stableStringify } from '../../src/lib/stable-json';
import type { Goal, Plan } from '../../src/schemas/plan';

/*
 * Two tabs, A and B, edit one plan. Each edit is stamped by its tab; merging
 * needs no common ancestor (the data safety issue, item 3).
 */

const goal = (id: string, text: string): Goal => ({ id, text, category: 'learning', measure: '', actions: [] });

/** An edit made in tab `tab` at time `ms`. */
function edit(plan: Plan, tab: string, ms: number, change: (plan: Plan) => Plan): Plan {
  return stampChanges(plan, change(plan), makeStamp(ms, tab));
}

function base(): Plan {
  let plan = createPlan('plan-1', 1000, 'Start');
  plan = edit(plan, 'a', 1000, (p) => addGoal(p, 0, goal('g1', 'First goal'), 1000));
  plan = edit(plan, 'a', 1001, (p) => addGoal(p, 0, goal('g2', 'Second goal'), 1001));
  return plan;
}

function mergeBothWays(a: Plan, b: Plan) {
  const inA = mergePlans(a, b, 'a');
  const inB = mergePlans(b, a, 'b');
  expect(stableStringify(inA.value)).toBe(stableStringify(inB.value));
  return { value: inA.value, lostInA: inA.lost, lostInB: inB.lost };
}

describe('plan change stamps and merge', () => {
  it('keeps Title typed in one tab and Context typed in the other, in every timing', () => {
    const start = base();
    const a = edit(start, 'a', 2000, (p) => updatePlanFields(p, { title: 'Title from A' }, 2000));
    const b = edit(start, 'b', 2000, (p) => updatePlanFields(p, { context: 'Context from B' }, 2000));
    const { value, lostInA, lostInB } = mergeBothWays(a, b);
    expect(value.title).toBe('Title from A');
    expect(value.context).toBe('Context from B');
    expect(lostInA).toEqual([]);
    expect(lostInB).toEqual([]);
    // B saved over A before seeing it; A merges B's record and writes the union back; B converges on it.
    const written = mergePlans(a, b, 'a').value;
    expect(stableStringify(mergePlans(b, written, 'b').value)).toBe(stableStringify(written));
  });

  it('keeps the newer text when both tabs typed in one field, and tells only the tab that lost', () => {
    const start = base();
    const a = edit(start, 'a', 2000, (p) => updatePlanFields(p, { title: 'Mine' }, 2000));
    const b = edit(start, 'b', 2001, (p) => updatePlanFields(p, { title: 'Theirs' }, 2001));
    const { value, lostInA, lostInB } = mergeBothWays(a, b);
    expect(value.title).toBe('Theirs');
    expect(lostInA).toEqual([{ path: 'title', value: 'Mine' }]);
    expect(lostInB).toEqual([]);
  });

  it('does not call it lost when the other tab saw the text and changed it', () => {
    const a = edit(base(), 'a', 2000, (p) => updatePlanFields(p, { title: 'Draft' }, 2000));
    // B received A's plan, then typed two keystrokes over it.
    let b = mergePlans(base(), a, 'b').value;
    b = edit(b, 'b', 3000, (p) => updatePlanFields(p, { title: 'Draft 2' }, 3000));
    b = edit(b, 'b', 3001, (p) => updatePlanFields(p, { title: 'Draft 22' }, 3001));
    const { value, lostInA } = mergeBothWays(a, b);
    expect(value.title).toBe('Draft 22');
    expect(lostInA).toEqual([]);
  });

  it('merges list edits: an item added in each tab, a move, and a removal', () => {
    const start = base();
    const a = edit(
      edit(start, 'a', 2000, (p) => addGoal(p, 0, goal('ga', 'From A'), 2000)),
      'a',
      2001,
      (p) => moveGoal(p, 0, 'g2', -1, 2001),
    );
    const b = edit(
      edit(start, 'b', 2002, (p) => addGoal(p, 0, goal('gb', 'From B'), 2002)),
      'b',
      2003,
      (p) => removeGoal(p, 0, 'g1', 2003),
    );
    const { value } = mergeBothWays(a, b);
    expect(value.phases[0].goals.map((g) => g.id)).toEqual(['g2', 'ga', 'gb']);
  });

  it('brings back an item the other tab changed after it was removed, and one put back by Undo', () => {
    const start = base();
    const removed = edit(start, 'a', 2000, (p) => removeGoal(p, 0, 'g1', 2000));
    const editedLater = edit(start, 'b', 2001, (p) => updateGoal(p, 0, 'g1', { text: 'Still needed' }, 2001));
    expect(mergeBothWays(removed, editedLater).value.phases[0].goals.map((g) => g.text)).toContain('Still needed');

    const editedEarlier = edit(start, 'b', 1500, (p) => updateGoal(p, 0, 'g1', { text: 'Old edit' }, 1500));
    expect(mergeBothWays(removed, editedEarlier).value.phases[0].goals.map((g) => g.id)).toEqual(['g2']);

    const undone = edit(removed, 'a', 2500, (p) => addGoal(p, 0, start.phases[0].goals[0] as Goal, 2500));
    expect(mergeBothWays(undone, removed).value.phases[0].goals.map((g) => g.id)).toContain('g1');
  });

  it('merges actions inside a goal item by item', () => {
    const start = base();
    const a = edit(start, 'a', 2000, (p) =>
      addAction(p, 0, 'g1', { id: 'x1', text: 'A action', owner: 'self', status: 'todo' }, 2000),
    );
    const b = edit(start, 'b', 2001, (p) =>
      addAction(p, 0, 'g1', { id: 'x2', text: 'B action', owner: 'self', status: 'todo' }, 2001),
    );
    const { value } = mergeBothWays(a, b);
    expect(value.phases[0].goals[0]?.actions.map((action) => action.id).sort()).toEqual(['x1', 'x2']);
  });

  it('migrates a version 1 plan forward, with no stamps yet', () => {
    const { clock: _clock, removed: _removed, ...v1 } = { ...createPlan('old', 5), v: 1 };
    const read = readPlan(JSON.stringify(v1));
    expect(read).toMatchObject({ kind: 'ok', migrated: true, value: { v: 3, id: 'old', clock: {}, removed: {} } });
  });

  it('puts a lost text back by its path', () => {
    const plan = base();
    expect(withPathValue(plan, 'title', 'Back').title).toBe('Back');
    expect(withPathValue(plan, '#g2.text', 'Back').phases[0].goals[1]?.text).toBe('Back');
    expect(withPathValue(plan, 'phases.1.review.why', 'Because').phases[1].review.why).toBe('Because');
  });
});

describe('a plan stamped ahead of this browser’s clock', () => {
  const HOUR_AHEAD = 2000 + 3_600_000;
  /** The plan as a browser whose clock is an hour fast saved it: its title, and a goal it removed. */
  const fast = () => {
    let plan = edit(base(), 'fast', HOUR_AHEAD, (p) => updatePlanFields(p, { title: 'Fast clock title' }, HOUR_AHEAD));
    plan = edit(plan, 'fast', HOUR_AHEAD + 1, (p) => removeGoal(p, 0, 'g2', HOUR_AHEAD + 1));
    return plan;
  };

  it('stamps the next change here later than every stamp of the plan, so it wins in both tabs and is lost to none', () => {
    const stored = fast();
    const nextStamp = createStampClock('a', () => 2000);
    const typed = updatePlanFields(stored, { title: 'Fast clock title and more words' }, 2000);
    const mine = stampChanges(stored, typed, nextStamp(stored, typed));
    expect(mine.clock.title?.s).toBe(makeStamp(HOUR_AHEAD + 2, 'a'));
    const { value, lostInA, lostInB } = mergeBothWays(mine, stored);
    expect(value.title).toBe('Fast clock title and more words');
    expect(lostInA).toEqual([]);
    expect(lostInB).toEqual([]);
  });

  it('stamps several changes in one millisecond in order, each later than the last', () => {
    const nextStamp = createStampClock('a', () => 2000);
    let plan = fast();
    const stamps: string[] = [];
    for (const title of ['One', 'Two', 'Three']) {
      const typed = updatePlanFields(plan, { title }, 2000);
      plan = stampChanges(plan, typed, nextStamp(plan, typed));
      stamps.push(plan.clock.title?.s ?? '');
    }
    expect(stamps).toEqual([2, 3, 4].map((n) => makeStamp(HOUR_AHEAD + n, 'a')));
  });

  it('stays at the latest stamp a plan can hold rather than write one its reader refuses', () => {
    const last = { ...base(), clock: { title: { s: 'zzzzzzzzz-hostile' } } };
    const stamp = createStampClock('a', () => 2000)(last);
    expect(stamp).toBe('zzzzzzzzz-a');
    expect(readPlan(JSON.stringify(stampChanges(last, { ...last, title: 'Mine' }, stamp))).kind).toBe('ok');
  });
});
