// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { createPlan } from '../../src/lib/plan-model';
import { addIdea } from '../../src/stores/idea-actions';
import {
  appendAction,
  appendGoal,
  appendPerson,
  moveActionBy,
  moveGoalBy,
  movePersonBy,
  setActionFields,
  setGoalFields,
  setPersonFields,
  setPhaseFields,
  setPlanFields,
  setReviewField,
} from '../../src/stores/plan-actions';
import { $plans, flushPlanSaves, startPlans, stopPlansForTests } from '../../src/stores/plans';
import { FakeStorage } from '../support/fake-storage';

afterEach(() => stopPlansForTests());

describe('plan builder actions', () => {
  it('edit a plan by name, each change stamped and saved', () => {
    const storage = new FakeStorage(new Map([['csm-handbook:plan:p1', JSON.stringify(createPlan('p1', 1))]]));
    startPlans({ open: () => openStorage(() => storage), createDraft: false });
    setPlanFields('p1', { title: 'Named', startDate: '2027-01-04' });
    setPhaseFields('p1', 0, { theme: 'Listen' });
    setReviewField('p1', 0, 'why', 'Because');
    setReviewField('p1', 0, 'next', 'Then');
    appendGoal('p1', 0, { id: 'g1', text: '', category: 'learning', measure: '', actions: [] });
    appendGoal('p1', 0, { id: 'g2', text: '', category: 'learning', measure: '', actions: [] });
    setGoalFields('p1', 0, 'g1', { text: 'Know the team' });
    moveGoalBy('p1', 0, 'g2', -1);
    appendAction('p1', 0, 'g1', { id: 'a1', text: 'One', owner: 'self', status: 'todo' });
    appendAction('p1', 0, 'g1', { id: 'a2', text: 'Two', owner: 'self', status: 'todo' });
    setActionFields('p1', 0, 'g1', 'a1', { status: 'done' });
    moveActionBy('p1', 0, 'g1', 'a2', -1);
    appendPerson('p1', 1, { id: 'x1', name: '', why: '', met: false });
    appendPerson('p1', 1, { id: 'x2', name: 'Sam', why: '', met: false });
    setPersonFields('p1', 1, 'x1', { name: 'Ana', byDay: 10 });
    movePersonBy('p1', 1, 'x2', -1);
    addIdea(
      'p1',
      { id: 'sug-x', kind: 'goal', category: 'team', text: 'From the handbook', source: { href: '/a/#b', label: 'B' } },
      2,
    );
    flushPlanSaves();
    const plan = $plans.get().p1;
    expect(plan?.title).toBe('Named');
    expect(plan?.phases[0].theme).toBe('Listen');
    expect(plan?.phases[0].review).toEqual({ happened: '', why: 'Because', next: 'Then' });
    expect(plan?.phases[0].goals.map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(plan?.phases[0].goals[1]?.actions.map((a) => [a.id, a.status])).toEqual([
      ['a2', 'todo'],
      ['a1', 'done'],
    ]);
    expect(plan?.phases[1].people.map((p) => p.name)).toEqual(['Sam', 'Ana']);
    expect(plan?.phases[2].goals.map((g) => g.text)).toEqual(['From the handbook']);
    expect(Object.keys(plan?.clock ?? {}).length).toBeGreaterThan(10);
    expect(storage.data.get('csm-handbook:plan:p1')).toContain('From the handbook');
  });
});
