import { describe, expect, it } from 'vitest';
import { addAction, addGoal, addPerson, createPlan, updatePlanFields } from '../../src/lib/plan-model';
import { dayPosition, planTimeline } from '../../src/lib/plan-timeline';
import type { Action, Plan } from '../../src/schemas/plan';

const action = (id: string, fields: Partial<Action>): Action => ({
  id,
  text: `Action ${id}`,
  owner: 'self',
  status: 'todo',
  ...fields,
});

function samplePlan(startDate?: string): Plan {
  let plan = createPlan('p1', 1);
  if (startDate) plan = updatePlanFields(plan, { startDate }, 2);
  plan = addGoal(plan, 0, { id: 'g1', text: 'Goal', category: 'team', measure: '', actions: [] }, 3);
  plan = addAction(plan, 0, 'g1', action('a1', { due: { kind: 'day', day: 10 } }), 4);
  plan = addAction(plan, 0, 'g1', action('a2', { due: { kind: 'day', day: 45 }, status: 'done' }), 5);
  plan = addAction(plan, 0, 'g1', action('a3', { due: { kind: 'date', date: '2027-01-08' } }), 6);
  plan = addAction(plan, 0, 'g1', action('a4', { status: 'na' }), 7);
  plan = addPerson(plan, 0, { id: 'p1', name: 'Director', why: '', byDay: 5, met: false }, 8);
  plan = addPerson(plan, 2, { id: 'p2', name: 'Peer', why: '', byDay: 70, met: true }, 9);
  return addPerson(plan, 1, { id: 'p3', name: 'Someday', why: '', met: false }, 10);
}

describe('plan timeline', () => {
  it('places dated actions and people on the day axis by their day, and counts progress per phase', () => {
    const timeline = planTimeline(samplePlan('2027-01-04'), '2027-01-24');
    expect(timeline.today).toBe(21);
    expect(timeline.phases.map((phase) => phase.marks.map((mark) => [mark.fieldId, mark.day]))).toEqual([
      [
        ['action-a3-text', 5],
        ['person-p1-name', 5],
        ['action-a1-text', 10],
      ],
      [['action-a2-text', 45]],
      [['person-p2-name', 70]],
    ]);
    // Progress comes from the actions typed in each phase, not applicable ones left out.
    expect(timeline.phases.map((phase) => [phase.done, phase.total])).toEqual([
      [1, 3],
      [0, 0],
      [0, 0],
    ]);
    expect(timeline.phases[0]?.range).toEqual({ start: '2027-01-04', end: '2027-02-02' });
    expect(timeline.undated).toBe(2);
  });

  it('marks open items whose day has passed as overdue, never done or met ones', () => {
    const marks = planTimeline(samplePlan('2027-01-04'), '2027-01-24').phases.flatMap((phase) => phase.marks);
    const overdue = Object.fromEntries(marks.map((mark) => [mark.fieldId, mark.overdue]));
    expect(overdue).toEqual({
      'action-a3-text': true,
      'person-p1-name': true,
      'action-a1-text': true,
      'action-a2-text': false,
      'person-p2-name': false,
    });
    expect(marks.find((mark) => mark.fieldId === 'person-p2-name')?.status).toBe('done');
  });

  it('without a start date places items by their day only, with no today', () => {
    const timeline = planTimeline(samplePlan(), '2027-01-24');
    expect(timeline.today).toBeUndefined();
    expect(timeline.phases[0]?.marks.map((mark) => mark.fieldId)).toEqual(['person-p1-name', 'action-a1-text']);
    // The calendar date cannot be placed without day 1.
    expect(timeline.undated).toBe(3);
    expect(timeline.phases.flatMap((phase) => phase.marks).every((mark) => !mark.overdue && !mark.date)).toBe(true);
  });

  it('keeps marks on the axis, days outside the 90 at its ends', () => {
    expect(dayPosition(1)).toBeCloseTo(0.56, 1);
    expect(dayPosition(90)).toBeCloseTo(99.44, 1);
    expect(dayPosition(-5)).toBe(dayPosition(1));
    expect(dayPosition(200)).toBe(dayPosition(90));
  });
});
