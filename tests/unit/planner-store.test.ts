// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { restoreAll } from '../../src/stores/all-data';
import { $announcement, clearAnnouncementForTests } from '../../src/stores/announcer';
import {
  $lockedTasks,
  $programSettings,
  $taskStates,
  $tasks,
  resetProgram,
  setProgramSettings,
  setTaskNote,
  setTaskState,
  startPlanner,
  stopPlannerForTests,
  tasksOf,
  toggleTask,
} from '../../src/stores/planner';
import { $storageStatus, retryPendingWrites } from '../../src/stores/storage-session';
import { FakeStorage, otherTabChanged } from '../support/fake-storage';

const TASK = 'csm-handbook:task:';

/** Whether closing or reloading the page now would ask first. */
function leavingAsks(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

function start(storage: FakeStorage) {
  startPlanner(() => openStorage(() => storage));
}

afterEach(() => stopPlannerForTests());

/** The states of tasks int-a, int-b and int-c as the lists read them (a task with none stored reads as open). */
const states = () =>
  Object.fromEntries(
    ['int-a', 'int-b', 'int-c'].flatMap((id) => {
      const task = $taskStates.get()[id];
      return task ? [[id, task.state]] : [];
    }),
  );

describe('planner store', () => {
  it('tells a list about its own tasks only, so a tick re-renders one list', () => {
    start(new FakeStorage());
    const $list = tasksOf(['int-a', 'int-a-sub']);
    const seen: string[][] = [];
    const stop = $list.listen((records) => seen.push(Object.keys(records)));
    toggleTask('int-b');
    setTaskNote('int-c', 'elsewhere');
    expect(seen).toEqual([]);
    toggleTask('int-a-sub');
    toggleTask('int-a');
    expect(seen).toEqual([['int-a-sub'], ['int-a', 'int-a-sub']]);
    expect($list.get()['int-a']?.state).toBe('done');
    stop();
  });

  it('ticks, notes and marks tasks, one key per task', () => {
    const storage = new FakeStorage();
    start(storage);
    toggleTask('int-a');
    setTaskNote('int-b', 'call on Monday');
    setTaskState('int-c', 'na');
    expect($tasks.get()['int-a']?.state).toBe('done');
    expect(JSON.parse(storage.data.get(`${TASK}int-a`) ?? '{}')).toMatchObject({ v: 2, state: 'done' });
    expect(JSON.parse(storage.data.get(`${TASK}int-b`) ?? '{}')).toMatchObject({
      state: 'open',
      note: 'call on Monday',
    });
    expect(JSON.parse(storage.data.get(`${TASK}int-c`) ?? '{}')).toMatchObject({ state: 'na' });
    toggleTask('int-a');
    expect(storage.data.has(`${TASK}int-a`)).toBe(false);
    expect($storageStatus.get().lastSave).toBe('saved');
  });

  it('remembers "hide finished tasks" beside the other settings, and forgets a program left at its defaults', () => {
    const storage = new FakeStorage();
    start(storage);
    setProgramSettings('onboarding', { role: 'new-csm' });
    setProgramSettings('onboarding', { hideDone: true });
    expect(JSON.parse(storage.data.get('csm-handbook:program:onboarding') ?? '{}')).toEqual({
      v: 1,
      role: 'new-csm',
      hideDone: true,
    });
    setProgramSettings('onboarding', { role: undefined, hideDone: false });
    expect(storage.data.has('csm-handbook:program:onboarding')).toBe(false);
  });

  it('loads stored progress and migrates old records', () => {
    const storage = new FakeStorage(new Map([[`${TASK}int-a`, '{"v":1,"done":true}']]));
    start(storage);
    expect($tasks.get()['int-a']).toEqual({ v: 2, state: 'done', note: '', updatedAt: 0 });
  });

  it('keeps unreadable data aside under a backup key and carries on', () => {
    const storage = new FakeStorage(
      new Map([
        [`${TASK}int-a`, '{not json'],
        [`${TASK}int-b`, '{"v":2,"state":"done","note":"","updatedAt":0}'],
      ]),
    );
    start(storage);
    expect($tasks.get()).toEqual({ 'int-b': { v: 2, state: 'done', note: '', updatedAt: 0 } });
    const aside = [...storage.data].find(([key]) => key.startsWith('csm-handbook:recovered:'));
    expect(aside?.[0]).toMatch(/:csm-handbook:task:int-a$/);
    expect(aside?.[1]).toBe('{not json');
    expect($storageStatus.get().recovered).toEqual([`${TASK}int-a`]);
  });

  it('leaves records of a newer version untouched and refuses to overwrite them', () => {
    const newer = '{"v":9,"status":"done"}';
    const storage = new FakeStorage(new Map([[`${TASK}int-a`, newer]]));
    start(storage);
    expect($storageStatus.get().newer).toEqual([`${TASK}int-a`]);
    expect($lockedTasks.get().has('int-a')).toBe(true);
    toggleTask('int-a');
    expect(storage.data.get(`${TASK}int-a`)).toBe(newer);
    expect($announcement.get()?.tone).toBe('error');
  });

  it('reads a task whose record it did not read as not known here, never open, until the reader sets one kept aside', () => {
    const storage = new FakeStorage(
      new Map([
        [`${TASK}int-a`, '{"v":9,"status":"done"}'],
        [`${TASK}int-b`, '{not json'],
        [`${TASK}int-c`, '{"v":2,"state":"done","note":"","updatedAt":0}'],
      ]),
    );
    start(storage);
    expect(states()).toEqual({ 'int-a': 'newer', 'int-b': 'aside', 'int-c': 'done' });
    // What stands for a record not read is never stored, nor in the records a backup or an export reads.
    expect(Object.keys($tasks.get())).toEqual(['int-c']);
    toggleTask('int-b');
    expect(states()).toEqual({ 'int-a': 'newer', 'int-b': 'done', 'int-c': 'done' });
    // Set by the reader, then reset: what the reader set is cleared, and what was kept aside is still not read.
    resetProgram('internship', ['int-a', 'int-b', 'int-c'], 'Internship');
    expect(states()).toEqual({ 'int-a': 'newer', 'int-b': 'aside' });
  });

  it('reads a task kept aside by an earlier visit as not known, until the reader sets it, and as set from then on', () => {
    const storage = new FakeStorage(new Map([[`${TASK}int-b`, '{not json']]));
    start(storage);
    stopPlannerForTests();
    // The next visit: the task's key is empty, its value kept aside.
    expect(storage.data.has(`${TASK}int-b`)).toBe(false);
    start(storage);
    expect(states()).toEqual({ 'int-b': 'aside' });
    expect(Object.keys($taskStates.get())).toEqual([]);
    expect($storageStatus.get().recovered).toEqual([]);
    toggleTask('int-b');
    toggleTask('int-b');
    // Open by the reader's choice: a record says so to the next visit, where an untouched task has none.
    expect(JSON.parse(storage.data.get(`${TASK}int-b`) ?? '{}').state).toBe('open');
    stopPlannerForTests();
    start(storage);
    expect(states()).toEqual({ 'int-b': 'open' });
    const kept = [...storage.data].filter(([key]) => key.startsWith('csm-handbook:recovered:'));
    expect(kept.map(([, raw]) => raw)).toEqual(['{not json']);
  });

  it('reads a task whose older record Undo kept aside as what it holds now, open once cleared: nothing failed to read', () => {
    const storage = new FakeStorage(
      new Map([
        [
          'csm-handbook:recovered:2026-12-06T19:00:00.000Z:csm-handbook:task:int-a:undo',
          '{"v":2,"state":"open","note":"n","updatedAt":1}',
        ],
        ['csm-handbook:recovered:2026-12-06T19:00:00.000Z:csm-handbook:task:int-b', '{not json'],
      ]),
    );
    start(storage);
    expect(states()).toEqual({ 'int-b': 'aside' });
    toggleTask('int-a');
    toggleTask('int-a');
    // Cleared by the reader, a task with nothing but Undo's kept-aside key has no record left, and is open.
    expect(storage.data.has(`${TASK}int-a`)).toBe(false);
    stopPlannerForTests();
    start(storage);
    expect(states()).toEqual({ 'int-b': 'aside' });
  });

  it('reads every task not read yet as not known when the browser will not list what is stored; a tick still saves', () => {
    const done = '{"v":2,"state":"done","note":"x","updatedAt":1}';
    const storage = new FakeStorage(new Map([[`${TASK}int-c`, done]]));
    storage.key = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    start(storage);
    expect(states()).toEqual({ 'int-a': 'aside', 'int-b': 'aside', 'int-c': 'aside' });
    // Nothing of the reader's is known of them: nothing to back up, nor to count as kept on My progress.
    expect(Object.keys($taskStates.get())).toEqual([]);
    toggleTask('int-a');
    expect($taskStates.get()['int-a']?.state).toBe('done');
    expect(JSON.parse(storage.data.get(`${TASK}int-a`) ?? '{}').state).toBe('done');
    // A tick on a task that holds a record this page never listed keeps its note.
    setTaskState('int-c', 'na');
    expect(JSON.parse(storage.data.get(`${TASK}int-c`) ?? '{}')).toMatchObject({ state: 'na', note: 'x' });
  });

  it('refuses a tick on a task a newer version saved, when the browser will not list what is stored', () => {
    const newer = '{"v":99,"state":"done"}';
    const storage = new FakeStorage(new Map([[`${TASK}int-c`, newer]]));
    storage.key = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    start(storage);
    toggleTask('int-c');
    expect(storage.data.get(`${TASK}int-c`)).toBe(newer);
    expect($announcement.get()?.text).toMatch(/newer version/);
    expect($taskStates.get()['int-c']?.state).toBe('newer');
  });

  it('works for the visit when storage is blocked, and says so', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    start(storage);
    expect($storageStatus.get().mode).toBe('unavailable');
    toggleTask('int-a');
    expect($tasks.get()['int-a']?.state).toBe('done');
    expect($storageStatus.get().lastSave).toBe('failed');
  });

  it('keeps changes on screen when storage is full and saves them once there is room', () => {
    const storage = new FakeStorage();
    start(storage);
    storage.quotaBytes = 10;
    toggleTask('int-a');
    expect($tasks.get()['int-a']?.state).toBe('done');
    expect($storageStatus.get().unsaved).toBe(1);
    expect($announcement.get()?.text).toMatch(/full/);
    // The tick is only on screen: closing or reloading the page asks first, until it is saved.
    expect(leavingAsks()).toBe(true);
    toggleTask('int-b');
    storage.quotaBytes = Number.POSITIVE_INFINITY;
    retryPendingWrites();
    expect($storageStatus.get().unsaved).toBe(0);
    expect(storage.data.has(`${TASK}int-a`)).toBe(true);
    expect(leavingAsks()).toBe(false);
  });

  it('an untick after a tick that waited for room is kept: the waiting write is this tab’s own, not news', () => {
    const storage = new FakeStorage();
    start(storage);
    storage.quotaBytes = 10;
    toggleTask('int-a');
    storage.quotaBytes = Number.POSITIVE_INFINITY;
    retryPendingWrites();
    toggleTask('int-a');
    expect($tasks.get()['int-a']?.state).toBe('open');
    expect(storage.data.has(`${TASK}int-a`)).toBe(false);
  });

  it('takes changes from another tab, key by key', () => {
    const shared = new Map<string, string>();
    const storage = new FakeStorage(shared);
    start(storage);
    toggleTask('int-a');
    // Another tab ticks a different task at the same moment.
    shared.set(`${TASK}int-b`, '{"v":2,"state":"done","note":"","updatedAt":1}');
    otherTabChanged(storage, `${TASK}int-b`);
    expect(Object.keys($tasks.get()).sort()).toEqual(['int-a', 'int-b']);
    // And unticks one.
    shared.delete(`${TASK}int-a`);
    otherTabChanged(storage, `${TASK}int-a`);
    expect(Object.keys($tasks.get())).toEqual(['int-b']);
  });

  it('keeps a note another tab saved on a task this tab then unticks without hearing of it', () => {
    const shared = new Map<string, string>();
    start(new FakeStorage(shared));
    toggleTask('int-a');
    // Another tab, which had heard of the tick, saves a note; its storage event never comes (it was closed).
    shared.set(`${TASK}int-a`, '{"v":2,"state":"done","note":"Met Ana","updatedAt":5}');
    toggleTask('int-a');
    expect(JSON.parse(shared.get(`${TASK}int-a`) ?? 'null')).toMatchObject({ state: 'open', note: 'Met Ana' });
    expect($tasks.get()['int-a']).toMatchObject({ state: 'open', note: 'Met Ana' });
  });

  it('keeps an untick another tab saved when this tab writes a note without hearing of it', () => {
    const shared = new Map<string, string>();
    start(new FakeStorage(shared));
    toggleTask('int-a');
    // Another tab unticks the task (a task with no note is removed), unheard here.
    shared.delete(`${TASK}int-a`);
    setTaskNote('int-a', 'Met Ana');
    expect(JSON.parse(shared.get(`${TASK}int-a`) ?? 'null')).toMatchObject({ state: 'open', note: 'Met Ana' });
  });

  it('tells the reader when its note was saved over another tab’s, unheard, and offers the other note', async () => {
    const shared = new Map<string, string>();
    start(new FakeStorage(shared));
    clearAnnouncementForTests();
    setTaskNote('int-a', 'first words');
    // Another tab, which had read "first words", saves its own note; its storage event has not come yet.
    const theirs = `Ask Ana about the demo, ${'and more '.repeat(20)}`;
    shared.set(`${TASK}int-a`, JSON.stringify({ v: 2, state: 'open', note: theirs, updatedAt: 5 }));
    setTaskNote('int-a', 'Book the 1:1 room');
    expect(JSON.parse(shared.get(`${TASK}int-a`) ?? 'null')).toMatchObject({ note: 'Book the 1:1 room' });
    expect($announcement.get()).toBeNull();
    // The message's code loads when it is needed.
    await vi.dynamicImportSettled();
    const told = $announcement.get();
    expect(told?.text).toMatch(/^Another tab saved different text at the same moment: “Ask Ana about the demo, and/);
    // The message quotes the start of the other note only.
    expect(told?.text).toContain('…”');
    expect(told?.actions.map((action) => action.label)).toEqual(['Use that text', 'Copy that text']);
    // A browser that refuses the clipboard: the reader is pointed to the other way to keep it.
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('no')) },
      configurable: true,
    });
    told?.actions[1]?.run();
    await vi.waitFor(() =>
      expect($announcement.get()?.text).toBe('Could not copy that text: choose Use that text to keep it instead.'),
    );
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: async (text: string) => {
          copied = text;
        },
      },
      configurable: true,
    });
    told?.actions[1]?.run();
    await vi.waitFor(() => expect($announcement.get()?.text).toBe('Copied the other tab’s text.'));
    expect(copied).toBe(theirs);
    told?.actions[0]?.run();
    expect($tasks.get()['int-a']?.note).toBe(theirs);
    expect(JSON.parse(shared.get(`${TASK}int-a`) ?? 'null')).toMatchObject({ note: theirs });
    expect($announcement.get()?.text).toBe('The other tab’s text is in place of yours.');
  });

  it('says nothing when only this tab changed the note, or both wrote the same', async () => {
    const shared = new Map<string, string>();
    start(new FakeStorage(shared));
    clearAnnouncementForTests();
    setTaskNote('int-a', 'first words');
    // Another tab ticks the task and leaves the note as it was: nothing of its is written over.
    shared.set(`${TASK}int-a`, JSON.stringify({ v: 2, state: 'done', note: 'first words', updatedAt: 5 }));
    setTaskNote('int-a', 'Book the room');
    // And then writes the very note this tab writes.
    shared.set(`${TASK}int-a`, JSON.stringify({ v: 2, state: 'done', note: 'Same words', updatedAt: 7 }));
    setTaskNote('int-a', 'Same words');
    // The message's code loads when it is needed.
    await vi.dynamicImportSettled();
    expect($announcement.get()).toBeNull();
    expect($tasks.get()['int-a']).toMatchObject({ state: 'done', note: 'Same words' });
  });

  it('keeps a role another tab chose when this tab sets the start date without hearing of it', () => {
    const shared = new Map<string, string>();
    start(new FakeStorage(shared));
    setProgramSettings('onboarding', { startDate: '2027-01-04' });
    shared.set('csm-handbook:program:onboarding', '{"v":1,"startDate":"2027-01-04","role":"manager"}');
    setProgramSettings('onboarding', { hideDone: true });
    expect(JSON.parse(shared.get('csm-handbook:program:onboarding') ?? 'null')).toEqual({
      v: 1,
      startDate: '2027-01-04',
      role: 'manager',
      hideDone: true,
    });
  });

  it('resets a program and undoes the reset', () => {
    const storage = new FakeStorage();
    start(storage);
    toggleTask('int-a');
    setTaskNote('int-b', 'keep me');
    toggleTask('onb-a');
    setProgramSettings('internship', { startDate: '2027-01-04' });
    resetProgram('internship', ['int-a', 'int-b'], 'Internship');
    expect(Object.keys($tasks.get())).toEqual(['onb-a']);
    expect($programSettings.get().internship).toBeUndefined();
    $announcement.get()?.actions[0]?.run();
    expect($tasks.get()['int-b']?.note).toBe('keep me');
    expect($programSettings.get().internship?.startDate).toBe('2027-01-04');
    expect(storage.data.has(`${TASK}int-a`)).toBe(true);
  });

  it('writes a mark last when a program is reset, and tells a reset made in another tab once, by its mark', () => {
    const shared = new Map([[`${TASK}int-a`, '{"v":2,"state":"done","note":"","updatedAt":1}']]);
    const storage = new FakeStorage(shared);
    start(storage);
    resetProgram('internship', ['int-a'], 'Internship');
    expect(shared.has(`${TASK}int-a`)).toBe(false);
    expect(Date.parse(shared.get('csm-handbook:reset:Internship') ?? '')).not.toBeNaN();
    clearAnnouncementForTests();
    // Another tab's removals say nothing; its mark, written after them, says it once.
    otherTabChanged(storage, `${TASK}int-a`);
    expect($announcement.get()).toBeNull();
    otherTabChanged(storage, 'csm-handbook:reset:Internship');
    expect($announcement.get()?.text).toBe(
      'Internship was reset in another tab or window, with any note you were writing.',
    );
  });

  it('asks the browser once to keep its storage, after the first saved tick, and a refusal changes nothing', async () => {
    const persist = vi.fn(() => Promise.reject(new Error('refused')));
    vi.stubGlobal('navigator', { storage: { persist } });
    try {
      const storage = new FakeStorage();
      start(storage);
      storage.quotaBytes = 10;
      toggleTask('int-a');
      // Not saved (the storage is full): not asked yet.
      expect(persist).not.toHaveBeenCalled();
      storage.quotaBytes = Number.POSITIVE_INFINITY;
      retryPendingWrites();
      toggleTask('int-b');
      setTaskNote('int-c', 'call on Monday');
      expect(persist).toHaveBeenCalledTimes(1);
      await Promise.resolve();
      expect(states()).toEqual({ 'int-a': 'done', 'int-b': 'done', 'int-c': 'open' });
      expect(JSON.parse(storage.data.get('csm-handbook:meta') ?? '{}')).toMatchObject({ persistRequested: true });
      // A later visit remembers it asked.
      stopPlannerForTests();
      start(storage);
      toggleTask('int-a');
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('saves ticks as ever in a browser that cannot be asked to keep its storage, and asks none', () => {
    vi.stubGlobal('navigator', {});
    try {
      const storage = new FakeStorage();
      start(storage);
      toggleTask('int-a');
      expect(storage.data.has(`${TASK}int-a`)).toBe(true);
      expect(storage.data.has('csm-handbook:meta')).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('restores a backup over everything, with undo', async () => {
    const storage = new FakeStorage();
    start(storage);
    toggleTask('int-a');
    restoreAll({ tasks: { 'int-z': { v: 2, state: 'done', note: '', updatedAt: 1 } }, programs: {}, plans: {} });
    expect(Object.keys($tasks.get())).toEqual(['int-z']);
    expect(storage.data.has(`${TASK}int-a`)).toBe(false);
    $announcement.get()?.actions[0]?.run();
    // Undo's code is loaded when the restore is done.
    await vi.waitFor(() => expect(Object.keys($tasks.get())).toEqual(['int-a']));
  });
});
