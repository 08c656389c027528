import { computed } from 'nanostores';
import { askToKeepStorage } from '../browser/persistent-storage';
import { cst } from '../i18n/checklist-store-ui';
import { t } from '../i18n/ui';
import { readPlannerMeta, readProgramSettings, readTaskRecord } from '../lib/stored-records';
import type { ItemState } from '../lib/task-progress';
import type { Role } from '../schemas/program';
import { isRecordId } from '../schemas/roles';
import {
  MAX_NOTE_LENGTH,
  type PlannerMeta,
  type ProgramSettings,
  type TaskRecord,
  type TaskState,
} from '../schemas/stored';
import { announce } from './announcer';
import { RESET_KEY, recordKeys } from './record-keys';
import { createRecordStore, type UndoSnapshot } from './record-store';
import { storeGroup } from './record-store/store-group';
import { $storageStatus, listKeys, lockReason, persist, UNLISTABLE } from './storage-session';

/*
 * Checklist state for every island on a page: task records (one key per
 * task, so two tabs ticking different tasks never overwrite each other),
 * program settings and the meta record, each a record store with the
 * common rules (src/stores/record-store.ts).
 */

/** A task with nothing recorded: what an untouched task's record stands for. */
const OPEN_TASK: TaskRecord = { v: 2, state: 'open', note: '', updatedAt: 0 };

const TASK_PREFIX = recordKeys.task('');

const taskStore = createRecordStore<TaskRecord>({
  prefix: TASK_PREFIX,
  read: readTaskRecord,
  isValidId: isRecordId,
  // A task whose record was kept aside keeps its record once the reader sets it, emptied too: the key is what tells
  // a later visit that the reader set it since (`$taskStates`).
  isEmpty: (record, id) => record.state === 'open' && record.note === '' && !aside.has(id),
  // Saved whole, without stamps: two tabs' copies merge field by field against what each started from.
  fieldsSince: { fields: ['state', 'note', 'updatedAt'], blank: OPEN_TASK },
  // A note one tab wrote over another's is told and offered back (a tick or N/A both changed is not: one click
  // sets it again, where a note is the reader's words).
  words: { keys: ['note'], edit: (id, change) => setTaskNote(id, change($tasks.get()[id] ?? OPEN_TASK).note) },
  lockedMessage: cst('storage.lockedTask'),
});

const programStore = createRecordStore<ProgramSettings>({
  prefix: recordKeys.program(''),
  read: readProgramSettings,
  isValidId: isRecordId,
  isEmpty: (settings) => !settings.startDate && !settings.role && !settings.hideDone,
  fieldsSince: { fields: ['startDate', 'role', 'hideDone'], blank: { v: 1 } },
  lockedMessage: cst('storage.lockedProgram'),
});

/** The meta record is one key: an empty id after its prefix. */
const META_ID = '';
const metaStore = createRecordStore<PlannerMeta>({
  prefix: recordKeys.meta,
  read: readPlannerMeta,
  isValidId: (id) => id === META_ID,
  lockedMessage: cst('storage.lockedMeta'),
});

export const checklistStores = { tasks: taskStore, programs: programStore } as const;

export const $tasks = taskStore.$records;
/** Task ids whose stored record comes from a newer version (or could not be read): left as they are, not changed. */
export const $lockedTasks = taskStore.$locked;

/** A task's record as the lists and their counts read it, or what stands for one this page did not read. */
export type TaskView = Omit<TaskRecord, 'state'> & { state: ItemState };

/** One record for each state not known here, so a list's records keep their identity (see `tasksOf`). */
const UNKNOWN: Partial<Record<ItemState, TaskView>> = {};
const unknownTask = (state: ItemState) => (UNKNOWN[state] ??= { ...OPEN_TASK, state });

/**
 * Tasks whose record was kept aside as not a record, in this visit or an earlier one: their kept-aside keys
 * (`csm-handbook:recovered:<time>:csm-handbook:task:<id>`) say so for as long as they are stored, since the
 * task's own key was emptied when its value went aside.
 */
const aside = new Set<string | undefined>();
/**
 * Adds the tasks among `keys` (task keys, or kept-aside keys that end with one) to `aside`. What Undo kept aside
 * was read, and its key says so after the task's (`…:csm-handbook:task:<id>:undo`, src/stores/undo-all.ts): the
 * id it gives here, `<id>:undo`, is no task's.
 */
function noteAside(keys: readonly string[] | undefined): void {
  keys?.map((key) => aside.add(key.split(TASK_PREFIX)[1]));
}

/**
 * Every task's state as the lists, their counts, My progress and the progress summary read it: the stored
 * records, and for a record this page did not read, why, never "open" (PRODUCT.md: a failed read is "unknown",
 * never "empty"). Saved by a newer version, or one the browser would not read: left as it is. Not a record, and
 * kept aside: not known until the reader sets the task again, which leaves a record (`isEmpty` above), open and
 * empty too (a reset of its program clears it: what was kept aside is then all there is of it). When the
 * browser would not list what is stored, any task this page has not read is not known either, and the reader's to
 * set (each key is read before it is first written, `set` in record-store.ts). A task not known only so,
 * or because it was kept aside, is not one of the object's own keys: it holds nothing of the reader's to back up
 * or count as kept.
 */
export const $taskStates = computed(
  [$tasks, $lockedTasks, $storageStatus],
  (tasks, locked, { recovered, unreadable }): Readonly<Record<string, TaskView>> => {
    noteAside(recovered); // kept aside in this visit
    // Not `then`: an object with one is taken for a promise (by nanostores' computed, by `await`).
    return new Proxy(tasks, {
      get: (all, id: string) =>
        locked.has(id)
          ? unknownTask(lockReason(TASK_PREFIX + id) === 'unreadable' ? 'unread' : 'newer')
          : (all[id] ??
            (id !== 'then' && (unreadable.includes(UNLISTABLE) || aside.has(id)) ? unknownTask('aside') : undefined)),
    });
  },
);
export const $programSettings = programStore.$records;
export const $plannerMeta = computed(metaStore.$records, (records) => records[META_ID] ?? { v: 1 as const });
/**
 * The records of some tasks only (a checklist section's): a store that tells
 * its listeners only when one of those records changes, so a tick re-renders
 * its own list, not every list of the page. (Records of untouched tasks keep
 * their identity in $taskStates, which is what makes the comparison cheap.)
 */
export function tasksOf(ids: readonly string[]) {
  let last: Readonly<Record<string, TaskView>> = {};
  return computed($taskStates, (all) => {
    if (ids.every((id) => all[id] === last[id])) return last;
    last = Object.fromEntries(ids.flatMap((id) => (all[id] ? [[id, all[id]]] : [])));
    return last;
  });
}
/** True once stored data has been read (islands render stored state only after this). */
// Kept aside by an earlier visit: read before the tasks, so they are never counted open.
const planner = storeGroup([
  // The kept-aside keys' common start: the key of one kept aside at no time for no key, less its last colon.
  { start: () => noteAside(listKeys(recordKeys.recovered('', '').slice(0, -1))) },
  taskStore,
  programStore,
  metaStore,
]);

/** True once the planner's records are read. */
export const $plannerReady = planner.$ready;

/** Starts the planner once per page: reads stored data and listens to other tabs. */
export const startPlanner = planner.start;

/** Only for tests: forgets everything so startPlanner can run again. */
export function stopPlannerForTests(): void {
  planner.stopForTests?.();
  aside.clear();
}

function changeMeta(change: Partial<PlannerMeta>): void {
  metaStore.set(META_ID, { ...$plannerMeta.get(), ...change });
}

/** Once, after the reader's first saved edit of a task, asks the browser to keep the site's storage (the meta record remembers it was asked). */
function askForPersistentStorage(): void {
  if (!$plannerMeta.get().persistRequested && askToKeepStorage()) changeMeta({ persistRequested: true });
}

function updateTask(id: string, change: Partial<Pick<TaskRecord, 'state' | 'note'>>): void {
  const current = $tasks.get()[id] ?? OPEN_TASK;
  const next: TaskRecord = { ...current, ...change, v: 2, updatedAt: Date.now() };
  if (taskStore.set(id, next) === 'saved') askForPersistentStorage();
}

export function setTaskState(id: string, state: TaskState): void {
  updateTask(id, { state });
}

/** Ticks an open task, unticks a done one. */
export function toggleTask(id: string): void {
  setTaskState(id, $tasks.get()[id]?.state === 'done' ? 'open' : 'done');
}

export function setTaskNote(id: string, note: string): void {
  updateTask(id, { note: note.slice(0, MAX_NOTE_LENGTH) });
}

export function setProgramSettings(
  programId: string,
  change: { startDate?: string | undefined; role?: Role | undefined; hideDone?: boolean | undefined },
): void {
  // A field the change names, `undefined` too, replaces the stored one; what is left empty is not stored.
  const { startDate, role, hideDone } = { ...$programSettings.get()[programId], ...change };
  const next: ProgramSettings = { v: 1 };
  if (startDate) next.startDate = startDate;
  if (role) next.role = role;
  if (hideDone) next.hideDone = true;
  programStore.set(programId, next);
}

/** Clears a program's ticks, notes and settings; offers Undo right after (which keeps what was done since too). */
export function resetProgram(programId: string, itemIds: readonly string[], title: string): void {
  const locked = $lockedTasks.get();
  const taskIds = itemIds.filter((id) => $tasks.get()[id] && !locked.has(id));
  const tasksBefore = taskStore.snapshot(taskIds);
  const programBefore = programStore.snapshot([programId]);
  for (const id of taskIds) taskStore.set(id, undefined);
  programStore.set(programId, undefined);
  // Its records are removed one key at a time, which other tabs take in one by one: its title and time, written
  // last, tell them once (storage-session.ts), as Reset all's `RESET_KEY` does.
  persist(`${RESET_KEY}:${title}`, Date());
  const undo = { tasks: taskStore.undoSnapshot(tasksBefore), program: programStore.undoSnapshot(programBefore) };
  const keptNewer = itemIds.filter((id) => locked.has(id)).length;
  announce(
    keptNewer > 0 ? cst('planner.resetKeptNewer', { title, count: keptNewer }) : cst('planner.resetDone', { title }),
    'info',
    { label: t('planner.undo'), run: () => undoReset(title, undo) },
  );
}

function undoReset(
  title: string,
  undo: { tasks: UndoSnapshot<TaskRecord>; program: UndoSnapshot<ProgramSettings> },
): void {
  // Each store tells the reader what it could not put back or save.
  if (![taskStore.undo(undo.tasks), programStore.undo(undo.program)].includes(true))
    announce(cst('planner.undone', { title }));
}

/** Records that the reader downloaded a backup now. */
export function markBackupMade(now: Date): void {
  changeMeta({ lastBackupAt: now.toISOString() });
}
