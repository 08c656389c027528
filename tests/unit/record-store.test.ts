// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { makeStamp, stampChanges } from '../../src/lib/plan-clock';
import { addGoal, createPlan, updatePlanFields } from '../../src/lib/plan-model';
import { readPlan } from '../../src/lib/plan-records';
import type { Plan } from '../../src/schemas/plan';
import { restoreAll } from '../../src/stores/all-data';
import { $announcement } from '../../src/stores/announcer';
import {
  $plannerMeta,
  $programSettings,
  $tasks,
  markBackupMade,
  resetProgram,
  setProgramSettings,
  setTaskNote,
  startPlanner,
  stopPlannerForTests,
  toggleTask,
} from '../../src/stores/planner';
import {
  $currentPlan,
  $planSaveState,
  $plans,
  deletePlan,
  editPlan,
  flushPlanSaves,
  startPlans,
  stopPlansForTests,
} from '../../src/stores/plans';
import { createRecordStore } from '../../src/stores/record-store';
import { $storageStatus, retryPendingWrites } from '../../src/stores/storage-session';
import { FakeStorage, otherTabChanged } from '../support/fake-storage';

/*
 * The data safety issue's losses, each reproduced against the stores as a
 * reader would cause it (the record store's rules, once for every kind).
 */

const TASK = 'csm-handbook:task:';
const PLAN = 'csm-handbook:plan:';
const PROGRAM = 'csm-handbook:program:';
const NEWER = '{"v":99,"whatever":true}';

function start(storage: FakeStorage, wantedId?: string): void {
  startPlanner(() => openStorage(() => storage));
  startPlans({ open: () => openStorage(() => storage), wantedId, createDraft: false });
}

function restart(storage: FakeStorage): void {
  stopPlannerForTests();
  stopPlansForTests();
  start(storage);
}

function storedPlan(storage: FakeStorage, id: string): Plan | undefined {
  const raw = storage.data.get(`${PLAN}${id}`);
  const read = raw ? readPlan(raw) : undefined;
  return read?.kind === 'ok' ? read.value : undefined;
}

function planWith(id: string, title: string): Plan {
  return { ...createPlan(id, 1000), title };
}

afterEach(() => {
  stopPlannerForTests();
  stopPlansForTests();
});

describe('item 1: nothing is written that would be refused on read', () => {
  it('keeps the plan when a 301-character title is typed, and says it was not saved', async () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'Mine'))]]));
    start(storage);
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'x'.repeat(301) }, now));
    flushPlanSaves();
    // Said once its words have come (src/stores/refused-merge.ts, loaded then: it is rare).
    await vi.waitFor(() =>
      expect($announcement.get()).toMatchObject({ tone: 'error', text: expect.stringMatching(/Not saved/) }),
    );
    restart(storage);
    expect($plans.get().p1?.title).toBe('Mine');
  });

  it('says a refused write in the reader’s words, without the validator’s terms or a check’s code', async () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'Mine'))]]));
    start(storage);
    const said = 'Not saved: this change does not fit what can be stored. It is still on screen.';
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'x'.repeat(301) }, now));
    flushPlanSaves();
    await vi.waitFor(() => expect($announcement.get()).toMatchObject({ tone: 'error', text: said }));
    $announcement.set(null);
    // A check of the plan's schema (two items under one id) names itself with a code, which is not words.
    const goal = { id: 'g1', text: 'A goal', category: 'learning' as const, measure: '', actions: [] };
    editPlan('p1', (plan, now) => addGoal(addGoal(plan, 0, goal, now), 0, goal, now));
    flushPlanSaves();
    await vi.waitFor(() => expect($announcement.get()).toMatchObject({ tone: 'error', text: said }));
  });

  it('keeps the plan when a 201st goal is added', () => {
    let plan = planWith('p1', 'Busy');
    for (let i = 0; i < 200; i += 1) {
      plan = addGoal(plan, 0, { id: `g${i}`, text: '', category: 'learning', measure: '', actions: [] }, 1);
    }
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(plan)]]));
    start(storage);
    editPlan('p1', (p, now) =>
      addGoal(p, 0, { id: 'g-extra', text: '', category: 'learning', measure: '', actions: [] }, now),
    );
    flushPlanSaves();
    restart(storage);
    expect($plans.get().p1?.phases[0].goals).toHaveLength(200);
  });
});

describe('item 2: a record from a newer version is never overwritten', () => {
  it('refuses to change newer program settings, meta and task records', () => {
    const storage = new FakeStorage(
      new Map([
        [`${PROGRAM}internship`, NEWER],
        ['csm-handbook:meta', NEWER],
        [`${TASK}int-a`, NEWER],
      ]),
    );
    start(storage);
    setProgramSettings('internship', { startDate: '2027-01-04' });
    markBackupMade(new Date());
    toggleTask('int-a');
    expect(storage.data.get(`${PROGRAM}internship`)).toBe(NEWER);
    expect(storage.data.get('csm-handbook:meta')).toBe(NEWER);
    expect(storage.data.get(`${TASK}int-a`)).toBe(NEWER);
    expect($announcement.get()?.tone).toBe('error');
  });

  it('refuses a restore that holds the id of a newer plan, as a whole, and Reset all leaves it alone', () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, NEWER]]));
    start(storage);
    toggleTask('int-a');
    const before = new Map(storage.data);
    const outcome = restoreAll({ tasks: {}, programs: {}, plans: { p1: planWith('p1', 'From backup') } });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/newer version.*plan p1/) });
    expect(storage.data).toEqual(before);
    expect(restoreAll({ tasks: {}, programs: {}, plans: {} }, 'All planner data').ok).toBe(true);
    expect(storage.data.get(`${PLAN}p1`)).toBe(NEWER);
    expect($announcement.get()?.text).toMatch(/newer version/);
  });
});

describe('item 3: two tabs on one plan lose nothing', () => {
  /**
   * Plan p1 ("Start") open in this tab, which types a Title; `saveContextFromB` then stores tab B's edit of the
   * same plan (its Context, stamped `laterMs` after now), made from the same base without hearing of the Title.
   */
  function titleHereContextThere() {
    const shared = new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'Start'))]]);
    const storage = new FakeStorage(shared);
    start(storage);
    const base = $plans.get().p1 as Plan;
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'Title from A' }, now));
    const saveContextFromB = (laterMs = 0) =>
      shared.set(
        `${PLAN}p1`,
        JSON.stringify(
          stampChanges(
            base,
            updatePlanFields(base, { context: 'Context from B' }, 2),
            makeStamp(Date.now() + laterMs, 'tabb'),
          ),
        ),
      );
    return { storage, saveContextFromB };
  }

  it('merges Title typed here with Context saved by another tab in the same autosave window', () => {
    const { storage, saveContextFromB } = titleHereContextThere();
    // Tab B saves its Context before A's autosave.
    saveContextFromB();
    otherTabChanged(storage, `${PLAN}p1`);
    flushPlanSaves();
    expect(storedPlan(storage, 'p1')).toMatchObject({ title: 'Title from A', context: 'Context from B' });
    expect($plans.get().p1).toMatchObject({ title: 'Title from A', context: 'Context from B' });
  });

  it('keeps Context another tab saved when this tab never hears of it (that tab was closed first)', () => {
    const { storage, saveContextFromB } = titleHereContextThere();
    // Saved by tab B, whose storage event never comes here.
    saveContextFromB();
    flushPlanSaves();
    expect(storedPlan(storage, 'p1')).toMatchObject({ title: 'Title from A', context: 'Context from B' });
  });

  it('writes this tab’s saved edit back when another tab overwrote it unseen', () => {
    const { storage, saveContextFromB } = titleHereContextThere();
    flushPlanSaves();
    saveContextFromB(5);
    otherTabChanged(storage, `${PLAN}p1`);
    expect(storedPlan(storage, 'p1')).toMatchObject({ title: 'Title from A', context: 'Context from B' });
  });
});

describe('item 4: a failed read is unknown, never empty', () => {
  it('tells the reader and writes nothing over a note it could not read', () => {
    const note = '{"v":2,"state":"open","note":"my 1:1 notes","updatedAt":1}';
    const storage = new FakeStorage(new Map([[`${TASK}int-a`, note]]));
    storage.failReads = true;
    start(storage);
    expect($storageStatus.get().unreadable.length).toBeGreaterThan(0);
    toggleTask('int-a');
    setTaskNote('int-a', 'overwritten?');
    expect(storage.data.get(`${TASK}int-a`)).toBe(note);
    expect($announcement.get()?.tone).toBe('error');
  });
});

describe('item 5: a stored record with an impossible id', () => {
  it('is set aside and reported, and backups still work', () => {
    const storage = new FakeStorage(
      new Map([[`${TASK}constructor`, '{"v":2,"state":"done","note":"","updatedAt":0}']]),
    );
    start(storage);
    expect(Object.hasOwn($tasks.get(), 'constructor')).toBe(false);
    expect($storageStatus.get().recovered).toEqual([`${TASK}constructor`]);
    expect([...storage.data.keys()].some((key) => key.endsWith(`:${TASK}constructor`))).toBe(true);
  });
});

describe('item 6: impossible stored dates are set aside', () => {
  it.each(['9999-99-99', '2027-02-31', '0001-01-01'])('does not use a start date of %s', (date) => {
    const storage = new FakeStorage(new Map([[`${PROGRAM}internship`, JSON.stringify({ v: 1, startDate: date })]]));
    start(storage);
    expect($programSettings.get().internship).toBeUndefined();
    expect($storageStatus.get().recovered).toEqual([`${PROGRAM}internship`]);
  });
});

describe('item 7: the builder always settles on a plan or on none', () => {
  it('moves to another plan, or to none, when the current plan is deleted in another tab', () => {
    const shared = new Map([
      [`${PLAN}p1`, JSON.stringify(planWith('p1', 'One'))],
      [`${PLAN}p2`, JSON.stringify({ ...planWith('p2', 'Two'), updatedAt: 2000 })],
    ]);
    const storage = new FakeStorage(shared);
    start(storage, 'p1');
    expect($currentPlan.get()?.id).toBe('p1');
    shared.delete(`${PLAN}p1`);
    otherTabChanged(storage, `${PLAN}p1`);
    expect($currentPlan.get()?.id).toBe('p2');
    shared.clear();
    otherTabChanged(storage, null);
    expect($currentPlan.get()).toBeUndefined();
  });

  it('ignores ?plan=constructor and sets aside a plan stored under another id', () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(planWith('other', 'Misfiled'))]]));
    start(storage, 'constructor');
    expect($currentPlan.get()).toBeUndefined();
    expect($storageStatus.get().recovered).toEqual([`${PLAN}p1`]);
  });

  it('offers Undo after delete, which brings the plan back', () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'One'))]]));
    start(storage);
    deletePlan('p1');
    expect($currentPlan.get()).toBeUndefined();
    $announcement.get()?.actions[0]?.run();
    expect(storedPlan(storage, 'p1')?.title).toBe('One');
  });
});

describe('item 8: Undo of a reset keeps what was written since', () => {
  it('keeps the note another tab added after the reset, beside the tick it puts back', () => {
    const shared = new Map<string, string>();
    const storage = new FakeStorage(shared);
    start(storage);
    toggleTask('int-a');
    setTaskNote('int-b', 'before the reset');
    resetProgram('internship', ['int-a', 'int-b'], 'Internship');
    const undo = $announcement.get()?.actions[0];
    const fromB = '{"v":2,"state":"open","note":"added in tab B","updatedAt":99}';
    shared.set(`${TASK}int-a`, fromB);
    otherTabChanged(storage, `${TASK}int-a`);
    undo?.run();
    expect(JSON.parse(shared.get(`${TASK}int-a`) ?? '{}')).toMatchObject({ state: 'done', note: 'added in tab B' });
    expect($tasks.get()['int-b']?.note).toBe('before the reset');
    expect($announcement.get()?.text).toBe('Internship is back.');
  });
});

describe('Undo loses nothing', () => {
  it('undo of a record changed since brings back what the change took, beside what was done since', () => {
    const storage = new FakeStorage();
    start(storage);
    setProgramSettings('onboarding', { startDate: '2026-12-01' });
    resetProgram('onboarding', [], 'Onboarding');
    const undo = $announcement.get()?.actions[0];
    setProgramSettings('onboarding', { hideDone: true });
    undo?.run();
    expect(JSON.parse(storage.data.get(`${PROGRAM}onboarding`) ?? '{}')).toEqual({
      v: 1,
      startDate: '2026-12-01',
      hideDone: true,
    });
    expect($announcement.get()?.text).toBe('Onboarding is back.');
  });

  it('undo of a record changed since keeps what it cannot put back aside, and says so', () => {
    const shared = new Map<string, string>();
    const storage = new FakeStorage(shared);
    start(storage);
    setProgramSettings('onboarding', { startDate: '2026-12-01' });
    resetProgram('onboarding', [], 'Onboarding');
    const undo = $announcement.get()?.actions[0];
    // A newer version of the site, in another tab, saves these settings since: they are never written over.
    shared.set(`${PROGRAM}onboarding`, NEWER);
    otherTabChanged(storage, `${PROGRAM}onboarding`);
    undo?.run();
    expect(shared.get(`${PROGRAM}onboarding`)).toBe(NEWER);
    const aside = [...shared].filter(([key]) => key.endsWith(`${PROGRAM}onboarding:undo`));
    expect(aside.map(([, raw]) => JSON.parse(raw))).toEqual([{ v: 1, startDate: '2026-12-01' }]);
    expect($announcement.get()).toMatchObject({
      tone: 'error',
      text: 'These settings were saved by a newer version of the site and cannot be changed here.',
    });
  });

  it('undo while storage is full says it is shown but not saved', () => {
    const storage = new FakeStorage();
    start(storage);
    setProgramSettings('onboarding', { startDate: '2026-12-01' });
    resetProgram('onboarding', [], 'Onboarding');
    const undo = $announcement.get()?.actions[0];
    storage.quotaBytes = 0;
    undo?.run();
    expect($programSettings.get().onboarding?.startDate).toBe('2026-12-01');
    expect($announcement.get()?.text).toMatch(/shown but could not be saved/);
  });
});

describe('a change that waited for room', () => {
  // Until December 7 the plan still said "Not saved" after "Try saving again" had saved it.
  it('is said saved once the session writes it, and the next change keeps it', () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'Mine'))]]));
    start(storage);
    storage.quotaBytes = 0;
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'Waited' }, now));
    flushPlanSaves();
    expect($planSaveState.get()).toBe('failed');
    storage.quotaBytes = Number.POSITIVE_INFINITY;
    retryPendingWrites();
    expect(storedPlan(storage, 'p1')?.title).toBe('Waited');
    expect($planSaveState.get()).toBe('saved');
    // The next change keeps what waited (the title) beside its own (the role).
    editPlan('p1', (plan, now) => updatePlanFields(plan, { role: 'CSM' }, now));
    flushPlanSaves();
    expect(storedPlan(storage, 'p1')).toMatchObject({ title: 'Waited', role: 'CSM' });
  });

  // A review (December 7): a key locked while its change waited stopped the others being taken in, and the next
  // status change then said "Saved" of a change never written; and a retry whose first waiting key was locked wrote
  // nothing.
  it('is not said saved when its key was locked meanwhile, and the other changes waiting are still written', () => {
    const shared = new Map([
      [`${PLAN}p1`, JSON.stringify(planWith('p1', 'One'))],
      [`${PLAN}p2`, JSON.stringify(planWith('p2', 'Two'))],
    ]);
    const storage = new FakeStorage(shared);
    start(storage, 'p1');
    storage.quotaBytes = 0;
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'One waited' }, now));
    editPlan('p2', (plan, now) => updatePlanFields(plan, { title: 'Two waited' }, now));
    flushPlanSaves();
    shared.set(`${PLAN}p1`, NEWER);
    otherTabChanged(storage, `${PLAN}p1`);
    storage.quotaBytes = Number.POSITIVE_INFINITY;
    retryPendingWrites();
    expect(shared.get(`${PLAN}p1`)).toBe(NEWER);
    expect(storedPlan(storage, 'p2')?.title).toBe('Two waited');
    expect($planSaveState.get()).toBe('failed');
    retryPendingWrites();
    expect($planSaveState.get()).toBe('failed');
  });

  it('leaves no notice of a change waiting once the only one waiting was dropped with its locked key', () => {
    const shared = new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'One'))]]);
    const storage = new FakeStorage(shared);
    start(storage, 'p1');
    storage.quotaBytes = 0;
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'One waited' }, now));
    flushPlanSaves();
    expect($storageStatus.get().unsaved).toBe(1);
    shared.set(`${PLAN}p1`, NEWER);
    otherTabChanged(storage, `${PLAN}p1`);
    storage.quotaBytes = Number.POSITIVE_INFINITY;
    retryPendingWrites();
    expect(shared.get(`${PLAN}p1`)).toBe(NEWER);
    expect($storageStatus.get().unsaved).toBe(0);
    expect($planSaveState.get()).toBe('failed');
  });

  // A review (December 7): a restore that failed part-way had dropped the change waiting in a key it wrote and put
  // back, so the next status change said it saved, and the next save merged the old value back in.
  it('still waits after a restore that failed part-way, and is said saved only once written', () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'Mine'))]]));
    start(storage);
    // Room for what is stored, not a byte more.
    storage.quotaBytes = [...storage.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'Waited' }, now));
    flushPlanSaves();
    expect($planSaveState.get()).toBe('failed');
    // The restore removes p1 first (a removal needs no room), then finds no room for its task, and puts p1 back.
    const task = { v: 2 as const, state: 'done' as const, note: 'n'.repeat(2000), updatedAt: 1 };
    expect(restoreAll({ tasks: { t1: task }, programs: {}, plans: {} })).toMatchObject({ ok: false });
    expect(storedPlan(storage, 'p1')?.title).toBe('Mine');
    setTaskNote('other', 'x'); // any status change
    expect($planSaveState.get()).toBe('failed');
    storage.quotaBytes = Number.POSITIVE_INFINITY;
    retryPendingWrites();
    expect(storedPlan(storage, 'p1')?.title).toBe('Waited');
    expect($planSaveState.get()).toBe('saved');
  });
});

describe('item 9: a restore is all or nothing', () => {
  it('changes nothing when storage fills up part-way, and says so', () => {
    const storage = new FakeStorage();
    start(storage);
    for (let i = 0; i < 5; i += 1) setTaskNote(`old-${i}`, 'o'.repeat(100));
    const before = new Map(storage.data);
    storage.quotaBytes = [...storage.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0) + 400;
    const tasks = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `new-${i}`,
        { v: 2 as const, state: 'done' as const, note: 'n'.repeat(50), updatedAt: 1 },
      ]),
    );
    const outcome = restoreAll({ tasks, programs: {}, plans: {} });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/Nothing was changed.*no room/) });
    expect(storage.data).toEqual(before);
    expect(Object.keys($tasks.get()).sort()).toEqual(['old-0', 'old-1', 'old-2', 'old-3', 'old-4']);
  });
});

describe('item 10: storage cleared by another tab', () => {
  it('tells the reader', () => {
    const shared = new Map<string, string>();
    const storage = new FakeStorage(shared);
    start(storage);
    toggleTask('int-a');
    shared.clear();
    otherTabChanged(storage, null);
    expect($storageStatus.get().cleared).toBe(true);
    expect($announcement.get()?.text).toMatch(/cleared in another tab/);
    expect($tasks.get()).toEqual({});
    expect($plannerMeta.get()).toEqual({ v: 1 });
  });

  it('Reset all in another tab is told once, when its time is written after the removals', () => {
    const shared = new Map<string, string>();
    const storage = new FakeStorage(shared);
    start(storage);
    toggleTask('int-a');
    toggleTask('int-b');
    // Tab A's Reset all, as this tab hears it: each removal, then its time.
    for (const id of ['int-a', 'int-b']) {
      shared.delete(`${TASK}${id}`);
      otherTabChanged(storage, `${TASK}${id}`);
    }
    expect($tasks.get()).toEqual({});
    expect($announcement.get()).toBeNull();
    shared.set('csm-handbook:reset', '2026-12-06T19:00:00.000Z');
    otherTabChanged(storage, 'csm-handbook:reset');
    expect($storageStatus.get().cleared).toBe(true);
    expect($announcement.get()?.text).toBe(
      'Your progress was cleared in another tab or window, and here too, with any note you were writing.',
    );
    expect($tasks.get()).toEqual({});
  });

  it('Reset all writes its time, after the removals; a restore does not', () => {
    const storage = new FakeStorage();
    start(storage);
    toggleTask('int-a');
    const backup = {
      tasks: { 'int-b': { v: 2 as const, state: 'done' as const, note: '', updatedAt: 1 } },
      programs: {},
      plans: {},
    };
    expect(restoreAll(backup).ok).toBe(true);
    expect(storage.data.has('csm-handbook:reset')).toBe(false);
    const written: string[] = [];
    const hear = (event: Event) => written.push((event as CustomEvent<string>).detail);
    addEventListener('csm-handbook:changed', hear);
    expect(restoreAll({ tasks: {}, programs: {}, plans: {} }, 'All planner data').ok).toBe(true);
    removeEventListener('csm-handbook:changed', hear);
    expect(written).toEqual([`${TASK}int-b`, 'csm-handbook:reset']);
    expect(Date.parse(storage.data.get('csm-handbook:reset') ?? '')).not.toBeNaN();
  });
});

describe('inside another site’s frame', () => {
  it('writes nothing (the frame guard hides the controls; this closes the gap before it runs)', () => {
    const storage = new FakeStorage();
    const parent = { origin: 'https://evil.example', parent: null };
    Object.defineProperty(window, 'parent', { value: parent, configurable: true });
    try {
      start(storage);
      expect($storageStatus.get().mode).toBe('framed');
      toggleTask('int-a');
      expect(storage.data.size).toBe(0);
    } finally {
      Object.defineProperty(window, 'parent', { value: window, configurable: true });
    }
  });
});

describe('leaving the page and coming back', () => {
  /** A kind of record as simple as can be, so the rule is the store's, not any one kind's. */
  const noteStore = () =>
    createRecordStore<{ text: string }>({
      prefix: 'csm-handbook:test-note:',
      read: (raw) => ({ kind: 'ok', value: JSON.parse(raw) as { text: string }, migrated: false }),
      isValidId: (id) => /^[a-z]+$/.test(id),
      lockedMessage: 'locked',
    });

  it('saves every edit still waiting for its autosave pause when the reader leaves (a reload, a link, closing the tab)', () => {
    const storage = new FakeStorage(new Map([[`${PLAN}p1`, JSON.stringify(planWith('p1', 'Mine'))]]));
    start(storage);
    const notes = noteStore();
    notes.start();
    notes.set('a', { text: 'typed just now' }, 500);
    editPlan('p1', (plan, now) => updatePlanFields(plan, { title: 'Renamed just now' }, now));
    expect(storage.data.has('csm-handbook:test-note:a')).toBe(false);
    expect(storedPlan(storage, 'p1')?.title).toBe('Mine');

    window.dispatchEvent(new Event('pagehide'));

    expect(storage.data.get('csm-handbook:test-note:a')).toBe('{"text":"typed just now"}');
    expect(storedPlan(storage, 'p1')?.title).toBe('Renamed just now');
  });

  it('saves them too when the page is hidden (a phone may discard a tab in the background without another event)', () => {
    const storage = new FakeStorage(new Map());
    start(storage);
    const notes = noteStore();
    notes.start();
    notes.set('c', { text: 'typed before switching apps' }, 500);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      hidden.mockRestore();
    }
    expect(storage.data.get('csm-handbook:test-note:c')).toBe('{"text":"typed before switching apps"}');
  });

  it('reads the records again when the page comes back from the back/forward cache', () => {
    const storage = new FakeStorage(new Map());
    start(storage);
    const notes = noteStore();
    notes.start();
    // Another tab wrote while this page was frozen: no storage event reached it.
    storage.data.set('csm-handbook:test-note:b', '{"text":"from the other tab"}');
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect(notes.$records.get()).toEqual({});
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(notes.$records.get()).toEqual({ b: { text: 'from the other tab' } });
  });
});
