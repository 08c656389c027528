import { computed } from 'nanostores';
import { cst } from '../i18n/checklist-store-ui';
import { t } from '../i18n/ui';
import { readPlannerMeta, readProgramSettings, readTaskRecord } from '../lib/stored-records';
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
import { recordKeys } from './record-keys';
import { createRecordStore, storeGroup, type UndoSnapshot } from './record-store';

/*
 * Checklist state for every island on a page: task records (one key per
 * task, so two tabs ticking different tasks never overwrite each other),
 * program settings and the meta record, each a record store with the
 * common rules (src/stores/record-store.ts).
 */

/** A task with nothing recorded: what an untouched task's record stands for. */
const OPEN_TASK: TaskRecord = { v: 2, state: 'open', note: '', updatedAt: 0 };

const taskStore = createRecordStore<TaskRecord>({
  prefix: recordKeys.task(''),
  read: readTaskRecord,
  isValidId: isRecordId,
  isEmpty: (record) => record.state === 'open' && record.note === '',
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
export const $programSettings = programStore.$records;
export const $plannerMeta = computed(metaStore.$records, (records) => records[META_ID] ?? { v: 1 as const });
/**
 * The records of some tasks only (a checklist section's): a store that tells
 * its listeners only when one of those records changes, so a tick re-renders
 * its own list, not every list of the page. (Records of untouched tasks keep
 * their identity in $tasks, which is what makes the comparison cheap.)
 */
export function tasksOf(ids: readonly string[]) {
  let last: Readonly<Record<string, TaskRecord>> = {};
  return computed($tasks, (all) => {
    if (ids.every((id) => all[id] === last[id])) return last;
    last = Object.fromEntries(ids.flatMap((id) => (all[id] ? [[id, all[id]]] : [])));
    return last;
  });
}
/** Task ids whose stored record comes from a newer version (or could not be read): shown, not changed. */
export const $lockedTasks = taskStore.$locked;
/** True once stored data has been read (islands render stored state only after this). */
const planner = storeGroup([taskStore, programStore, metaStore]);

/** True once the planner's records are read. */
export const $plannerReady = planner.$ready;

/** Starts the planner once per page: reads stored data and listens to other tabs. */
export const startPlanner = planner.start;

/** Only for tests: forgets everything so startPlanner can run again. */
export function stopPlannerForTests(): void {
  planner.stopForTests?.();
}

function changeMeta(change: Partial<PlannerMeta>): void {
  metaStore.set(META_ID, { ...$plannerMeta.get(), ...change });
}

function askForPersistentStorage(): void {
  if ($plannerMeta.get().persistRequested || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  changeMeta({ persistRequested: true });
  // The browser may grant or refuse silently; either way the data stays in localStorage.
  navigator.storage.persist().catch(() => {});
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
  const current = $programSettings.get()[programId] ?? { v: 1 };
  const next: ProgramSettings = { v: 1 };
  const startDate = 'startDate' in change ? change.startDate : current.startDate;
  const role = 'role' in change ? change.role : current.role;
  const hideDone = 'hideDone' in change ? change.hideDone : current.hideDone;
  if (startDate) next.startDate = startDate;
  if (role) next.role = role;
  if (hideDone) next.hideDone = true;
  programStore.set(programId, next);
}

/** Clears a program's ticks, notes and settings; offers Undo right after (which keeps anything changed since). */
export function resetProgram(programId: string, itemIds: readonly string[], title: string): void {
  const locked = $lockedTasks.get();
  const taskIds = itemIds.filter((id) => $tasks.get()[id] && !locked.has(id));
  const tasksBefore = taskStore.snapshot(taskIds);
  const programBefore = programStore.snapshot([programId]);
  for (const id of taskIds) taskStore.set(id, undefined);
  programStore.set(programId, undefined);
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
  const kept = taskStore.undo(undo.tasks) + programStore.undo(undo.program);
  announce(kept > 0 ? cst('planner.undoneKept', { title, count: kept }) : cst('planner.undone', { title }));
}

/** Records that the reader downloaded a backup now. */
export function markBackupMade(now: Date): void {
  changeMeta({ lastBackupAt: now.toISOString() });
}
