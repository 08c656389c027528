import { describe, expect, it } from 'vitest';
import {
  addAction,
  addGoal,
  addPerson,
  createPlan,
  duplicatePlan,
  removeGoal,
  updatePlanFields,
} from '../../src/lib/plan-model';
import { readPlan } from '../../src/lib/plan-records';
import { heldVersion, reviewCopy } from '../../src/lib/plan-versions';
import type { Plan } from '../../src/schemas/plan';

/*
 * December 7, late (a tester's report, R3): a review link of a plan the reader already has (their own, or the copy a
 * manager saved from it and sent back) gave only "Save a copy", and the copy took the original's title: two plans
 * in "Your plans" nobody could tell apart, and nothing said the link held a version of one of them.
 */

function original(): Plan {
  let plan = createPlan('alex-plan', 1_000, 'Alex’s 30-60-90; Q1, 2027');
  plan = addGoal(plan, 0, { id: 'g7k2', text: 'Know the team', category: 'team', measure: '', actions: [] }, 1_001);
  plan = addAction(plan, 0, 'g7k2', { id: 'a9x1', text: 'Meet each CSM', owner: 'self', status: 'todo' }, 1_002);
  return addPerson(plan, 1, { id: 'p3m8', name: 'My manager', why: '', met: false }, 1_003);
}

describe('a review link’s plan and the reader’s plans', () => {
  it('finds the reader’s plan the link holds a version of: the same plan, or a copy of it (its items’ ids)', () => {
    const mine = original();
    const other = createPlan('other-plan', 5_000, 'Another plan');
    expect(heldVersion(mine, [other, mine])?.plan).toBe(mine);
    // The manager saved a copy (a new id, the same items) and sent a link of it back.
    const managers = updatePlanFields(duplicatePlan(mine, 'manager-copy', 9_000), { reviewers: 'Sam' }, 9_500);
    expect(heldVersion(managers, [other, mine])?.plan).toBe(mine);
    // A plan with none of its items, and none of its id, is not a version of it.
    expect(heldVersion(other, [mine])).toBeUndefined();
    expect(heldVersion(createPlan('empty', 1, 'Alex’s 30-60-90; Q1, 2027'), [mine])).toBeUndefined();
  });

  it('says which was changed later, by the plans’ stamps, and takes the one changed last of several', () => {
    const mine = original();
    const later = updatePlanFields(duplicatePlan(mine, 'manager-copy', 9_000), { reviewers: 'Sam' }, 9_500);
    expect(heldVersion(later, [mine])?.newer).toBe('link');
    expect(heldVersion(mine, [later])?.newer).toBe('yours');
    expect(heldVersion(mine, [mine])?.newer).toBe('same');
    const older = { ...mine, id: 'older-copy', updatedAt: 500 };
    expect(heldVersion(later, [older, mine])?.plan).toBe(mine);
    expect(heldVersion(later, [mine, older])?.plan).toBe(mine);
    // The plan itself before any copy of it, however much later the copy was changed.
    expect(heldVersion(mine, [later, mine])).toEqual({ plan: mine, newer: 'same' });
  });

  // December 8 (left from the last stop): a reader who duplicated the plan they sent, and then worked in the
  // duplicate, was told the link held a version of the duplicate, the plan changed last, not of the one they sent.
  it('of several copies, takes the one the link’s title names, then the one sharing most of its items', () => {
    const mine = original();
    const reused = updatePlanFields(duplicatePlan(mine, 'my-duplicate', 8_000), { reviewers: 'Me' }, 12_000);
    const back = updatePlanFields(duplicatePlan(mine, 'manager-copy', 9_000), { title: mine.title }, 9_500);
    expect(heldVersion(back, [reused, mine])?.plan).toBe(mine);
    expect(heldVersion(back, [mine, reused])?.plan).toBe(mine);
    // No title alike: the plan that shares more of the link's items; of equals, the one changed last.
    const renamed = { ...mine, title: 'Renamed' };
    const trimmed = removeGoal(reused, 0, 'g7k2', 12_000);
    expect(heldVersion(back, [trimmed, renamed])?.plan).toBe(renamed);
    expect(heldVersion(back, [renamed, { ...reused, title: 'Other' }])?.plan.id).toBe('my-duplicate');
  });

  it('saves a copy under a new id with the link’s title, marked with the day it was saved, which is stored', () => {
    const shared = { ...original(), savedFromReview: '2026-11-30' };
    const copy = reviewCopy(shared, 'copy-id', 20_000, '2026-12-07');
    expect(copy).toMatchObject({
      id: 'copy-id',
      title: shared.title,
      savedFromReview: '2026-12-07',
      createdAt: 20_000,
    });
    expect(copy.phases).toEqual(shared.phases);
    const read = readPlan(JSON.stringify(copy));
    expect(read.kind === 'ok' && read.value.savedFromReview).toBe('2026-12-07');
    expect(readPlan(JSON.stringify({ ...copy, savedFromReview: '7 Dec' })).kind).toBe('invalid');
  });

  it('does not carry the mark into a plan duplicated from the copy: the duplicate was not saved from a link', () => {
    const copy = reviewCopy(original(), 'copy-id', 20_000, '2026-12-07');
    expect(duplicatePlan(copy, 'dup', 30_000)).not.toHaveProperty('savedFromReview');
  });
});
