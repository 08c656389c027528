// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { makeStamp, stampChanges } from '../../src/lib/plan-clock';
import {
  addAction,
  addGoal,
  addPerson,
  createPlan,
  movePerson,
  removeAction,
  removePerson,
  updateAction,
  updatePerson,
  updatePlanFields,
} from '../../src/lib/plan-model';
import type { Plan } from '../../src/schemas/plan';
import { $announcement } from '../../src/stores/announcer';
import { followPlansElsewhere } from '../../src/stores/plan-elsewhere';
import {
  $currentPlan,
  $plans,
  deletePlan,
  duplicateCurrentPlan,
  editPlan,
  flushPlanSaves,
  newPlan,
  selectPlan,
  startPlans,
  stopPlansForTests,
} from '../../src/stores/plans';
import { FakeStorage, otherTabChanged } from '../support/fake-storage';

const PLAN = 'csm-handbook:plan:';

afterEach(() => stopPlansForTests());

describe('plan store actions', () => {
  it('opens an unsaved draft on a first visit, saved at the first edit', () => {
    const storage = new FakeStorage();
    startPlans({ open: () => openStorage(() => storage) });
    const draft = $currentPlan.get();
    expect(draft?.title).toBe('My 30-60-90 day plan');
    expect(storage.data.size).toBe(0);
    editPlan(draft?.id ?? '', (plan, now) => updatePlanFields(plan, { role: 'CSM Manager' }, now));
    flushPlanSaves();
    expect([...storage.data.keys()]).toEqual([`${PLAN}${draft?.id}`]);
  });

  it('creates, duplicates and selects plans', () => {
    const storage = new FakeStorage();
    startPlans({ open: () => openStorage(() => storage), createDraft: false });
    const first = newPlan(createPlan('first', 1000), 'New plan.');
    editPlan(first, (plan, now) => updatePlanFields(plan, { title: 'Original' }, now));
    duplicateCurrentPlan();
    expect($currentPlan.get()?.title).toBe('Copy of Original');
    expect(Object.keys($plans.get())).toHaveLength(2);
    selectPlan(first);
    expect($currentPlan.get()?.id).toBe(first);
    selectPlan('constructor');
    expect($currentPlan.get()?.id).toBe(first);
    expect(storage.data.size).toBe(2);
  });

  it('puts a lost edit back when the reader asks', async () => {
    const base = createPlan('p1', 1000);
    const shared = new Map([[`${PLAN}p1`, JSON.stringify(base)]]);
    const storage = new FakeStorage(shared);
    startPlans({ open: () => openStorage(() => storage), createDraft: false });
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'Mine' }, now));
    flushPlanSaves();
    // Another tab typed over the same field without having seen this tab's text.
    const theirs = stampChanges(
      base,
      updatePlanFields(base, { title: 'Theirs' }, 2),
      makeStamp(Date.now() + 1_000, 'other'),
    );
    shared.set(`${PLAN}p1`, JSON.stringify(theirs));
    otherTabChanged(storage, `${PLAN}p1`);
    expect($plans.get().p1?.title).toBe('Theirs');
    // The offer is announced after the merge, once its code has loaded.
    await vi.dynamicImportSettled();
    const message = $announcement.get();
    expect(message?.text).toBe(
      'Another tab saved different text at the same moment, and its text is kept. Yours is not lost: “Mine”.',
    );
    message?.actions.find((action) => action.label === 'Put mine back')?.run();
    expect($plans.get().p1?.title).toBe('Mine');
  });

  it('copies a lost edit to the clipboard when asked', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const base = createPlan('p1', 1000);
    const shared = new Map([[`${PLAN}p1`, JSON.stringify(base)]]);
    const storage = new FakeStorage(shared);
    startPlans({ open: () => openStorage(() => storage), createDraft: false });
    editPlan('p1', (plan, now) => updatePlanFields(plan, { context: 'My context' }, now));
    flushPlanSaves();
    const theirs = stampChanges(
      base,
      updatePlanFields(base, { context: 'Their context' }, 2),
      makeStamp(Date.now() + 1_000, 'other'),
    );
    shared.set(`${PLAN}p1`, JSON.stringify(theirs));
    otherTabChanged(storage, `${PLAN}p1`);
    await vi.dynamicImportSettled();
    $announcement
      .get()
      ?.actions.find((action) => action.label === 'Copy mine')
      ?.run();
    await vi.waitFor(() => expect($announcement.get()?.text).toBe('Copied your text.'));
    expect(writeText).toHaveBeenCalledWith('My context');
  });
});

describe('a plan deleted in another tab', () => {
  function twoTabsOnePlan() {
    const plan = { ...createPlan('p1', 1000), title: 'Plan one' };
    const shared = new Map([[`${PLAN}p1`, JSON.stringify(plan)]]);
    const storage = new FakeStorage(shared);
    const focusList = vi.fn();
    followPlansElsewhere(focusList);
    startPlans({ open: () => openStorage(() => storage), createDraft: false });
    const deleteThere = () => {
      shared.delete(`${PLAN}p1`);
      otherTabChanged(storage, `${PLAN}p1`);
    };
    return { shared, storage, focusList, deleteThere };
  }

  it('goes here too, said, with the focus moved to the list, and comes back from this tab when asked', async () => {
    const { shared, focusList, deleteThere } = twoTabsOnePlan();
    deleteThere();
    expect($plans.get().p1).toBeUndefined();
    expect(focusList).toHaveBeenCalledOnce();
    await vi.dynamicImportSettled();
    const message = $announcement.get();
    expect(message?.text).toBe('“Plan one” was deleted in another tab or window.');
    message?.actions.find((action) => action.label === 'Bring it back')?.run();
    expect($currentPlan.get()?.title).toBe('Plan one');
    expect(JSON.parse(shared.get(`${PLAN}p1`) ?? '{}').title).toBe('Plan one');
    expect($announcement.get()?.text).toBe('“Plan one” is back.');
  });

  it('stays while this tab types in it, saved again by its autosave, said, and goes when let go', async () => {
    const { shared, focusList, deleteThere } = twoTabsOnePlan();
    editPlan('p1', (plan, now) => updatePlanFields(plan, { context: 'Still typing' }, now));
    deleteThere();
    await vi.dynamicImportSettled();
    expect($plans.get().p1?.context).toBe('Still typing');
    expect(focusList).not.toHaveBeenCalled();
    const message = $announcement.get();
    expect(message?.text).toBe(
      '“Plan one” was deleted in another tab or window while you were typing in it: it is kept here, with your words.',
    );
    flushPlanSaves();
    expect(JSON.parse(shared.get(`${PLAN}p1`) ?? '{}').context).toBe('Still typing');
    message?.actions.find((action) => action.label === 'Delete it')?.run();
    expect(shared.has(`${PLAN}p1`)).toBe(false);
    expect(focusList).toHaveBeenCalled();
  });

  it('deleted here, is said to be back when another tab writes it again', async () => {
    const { shared, storage } = twoTabsOnePlan();
    const stored = shared.get(`${PLAN}p1`) ?? '';
    deletePlan('p1');
    shared.set(`${PLAN}p1`, stored);
    otherTabChanged(storage, `${PLAN}p1`);
    await vi.dynamicImportSettled();
    expect($announcement.get()?.text).toBe('“Plan one” is back: another tab or window kept it.');
    expect($plans.get().p1?.title).toBe('Plan one');
  });
});

describe('a plan saved in another tab while this tab shows its untouched draft', () => {
  function draftTab() {
    const shared = new Map<string, string>();
    const storage = new FakeStorage(shared);
    followPlansElsewhere(vi.fn());
    startPlans({ open: () => openStorage(() => storage) });
    const draft = $currentPlan.get() as Plan;
    const saveThere = (plan: Plan) => {
      shared.set(`${PLAN}${plan.id}`, JSON.stringify(plan));
      otherTabChanged(storage, `${PLAN}${plan.id}`);
    };
    return { shared, draft, saveThere };
  }

  it('opens that plan in place of the draft, said, and the next edit here edits it', async () => {
    const { shared, draft, saveThere } = draftTab();
    saveThere({ ...createPlan('p1', 1000), title: 'Plan one' });
    await vi.dynamicImportSettled();
    expect($currentPlan.get()?.id).toBe('p1');
    expect(Object.keys($plans.get())).toEqual(['p1']);
    expect($announcement.get()?.text).toBe(
      '“Plan one” was started in another tab or window: it is open here, in place of the new plan no one had typed in.',
    );
    editPlan('p1', (plan, now) => updatePlanFields(plan, { context: 'Here' }, now));
    flushPlanSaves();
    expect([...shared.keys()]).toEqual([`${PLAN}p1`]);
    expect(shared.has(`${PLAN}${draft.id}`)).toBe(false);
  });

  it('opens a plan made from a template there the same way', async () => {
    const { saveThere } = draftTab();
    const fromTemplate = addGoal(
      createPlan('tpl', 1000, 'Interview mock'),
      0,
      {
        id: 'g1',
        text: 'Listen',
        category: 'learning',
        measure: '',
        actions: [],
      },
      1000,
    );
    saveThere(fromTemplate);
    await vi.dynamicImportSettled();
    expect($currentPlan.get()?.title).toBe('Interview mock');
    expect(Object.keys($plans.get())).toEqual(['tpl']);
  });

  it('keeps a draft typed in here beside it: both are plans, nothing said of it', async () => {
    const { shared, draft, saveThere } = draftTab();
    editPlan(draft.id, (plan, now) => updatePlanFields(plan, { context: 'Mine' }, now));
    saveThere({ ...createPlan('p1', 1000), title: 'Plan one' });
    await vi.dynamicImportSettled();
    expect($currentPlan.get()?.id).toBe(draft.id);
    expect(Object.keys($plans.get()).sort()).toEqual([draft.id, 'p1'].sort());
    expect($announcement.get()?.text ?? '').not.toContain('Plan one');
    flushPlanSaves();
    expect(shared.size).toBe(2);
  });
});

describe('plan model edits', () => {
  it('adds, updates, moves and removes actions and people', () => {
    let plan: Plan = createPlan('p', 1);
    plan = addGoal(plan, 0, { id: 'g', text: 'Goal', category: 'learning', measure: '', actions: [] }, 2);
    plan = addAction(
      plan,
      0,
      'g',
      { id: 'a', text: 'Act', owner: 'self', status: 'todo', due: { kind: 'day', day: 3 } },
      3,
    );
    plan = updateAction(plan, 0, 'g', 'a', { status: 'done', due: undefined }, 4);
    expect(plan.phases[0].goals[0]?.actions[0]).toEqual({ id: 'a', text: 'Act', owner: 'self', status: 'done' });
    plan = removeAction(plan, 0, 'g', 'a', 5);
    expect(plan.phases[0].goals[0]?.actions).toEqual([]);
    plan = addPerson(plan, 1, { id: 'x', name: 'Ana', why: '', byDay: 5, met: false }, 6);
    plan = addPerson(plan, 1, { id: 'y', name: 'Sam', why: '', met: false }, 7);
    plan = updatePerson(plan, 1, 'x', { byDay: undefined, met: true }, 8);
    expect(plan.phases[1].people[0]).toEqual({ id: 'x', name: 'Ana', why: '', met: true });
    plan = movePerson(plan, 1, 'y', -1, 9);
    expect(plan.phases[1].people.map((p) => p.id)).toEqual(['y', 'x']);
    plan = removePerson(plan, 1, 'y', 10);
    expect(plan.phases[1].people.map((p) => p.id)).toEqual(['x']);
    expect(plan.updatedAt).toBe(10);
  });
});
