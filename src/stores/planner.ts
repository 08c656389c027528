import { atom, map } from 'nanostores';
import type { ChecklistData } from '../lib/backup';
import { type KeyValueStorage, keyPrefixes, openStorage, storageKeys } from '../lib/storage';
import { readPlannerMeta, readProgramSettings, readTaskRecord } from '../lib/stored-records';
import type { Role } from '../schemas/program';
import {
  MAX_NOTE_LENGTH,
  type PlannerMeta,
  type ProgramSettings,
  type TaskRecord,
  type TaskState,
} from '../schemas/stored';
import { announce } from './announcer';
import {
  closeSessionForTests,
  isLocked,
  isPending,
  loadKey,
  lockedKeysWith,
  onExternalChange,
  openSession,
  pendingEntries,
  persist,
  storedKeys,
} from './storage-session';

export type { StorageStatus } from './storage-session';
export { $storageStatus, retryPendingWrites } from './storage-session';

/*
 * Checklist state for every island on a page. Each task is stored under its
 * own key, so two tabs ticking different tasks never overwrite each other, and
 * a change made in another tab arrives through the `storage` event.
 */

export const $tasks = map<Record<string, TaskRecord>>({});
export const $programSettings = map<Record<string, ProgramSettings>>({});
export const $plannerMeta = atom<PlannerMeta>({ v: 1 });
/** Task ids whose stored record comes from a newer version: shown, not changed. */
export const $lockedTasks = atom<ReadonlySet<string>>(new Set());
/** True once stored data has been read (islands render stored state only after this). */
export const $plannerReady = atom(false);

let started = false;

function taskIdOf(key: string): string {
  return key.slice(keyPrefixes.task.length);
}

function programIdOf(key: string): string {
  return key.slice(keyPrefixes.program.length);
}

function syncLocked(): void {
  $lockedTasks.set(new Set(lockedKeysWith(keyPrefixes.task).map((key) => taskIdOf(key))));
}

function loadAll(): void {
  const tasks: Record<string, TaskRecord> = {};
  for (const key of storedKeys(keyPrefixes.task)) {
    const record = loadKey(key, readTaskRecord);
    if (record) tasks[taskIdOf(key)] = record;
  }
  const programs: Record<string, ProgramSettings> = {};
  for (const key of storedKeys(keyPrefixes.program)) {
    const settings = loadKey(key, readProgramSettings);
    if (settings) programs[programIdOf(key)] = settings;
  }
  // Keep changes that are still waiting to be saved.
  for (const [key, value] of pendingEntries()) {
    if (key.startsWith(keyPrefixes.task)) {
      if (value === null) delete tasks[taskIdOf(key)];
      else {
        const result = readTaskRecord(value);
        if (result.kind === 'ok') tasks[taskIdOf(key)] = result.value;
      }
    }
  }
  $tasks.set(tasks);
  $programSettings.set(programs);
  $plannerMeta.set(loadKey(storageKeys.meta, readPlannerMeta) ?? { v: 1 });
  syncLocked();
}

/** Applies a change another tab made to one key. */
function applyExternalChange(key: string | null): void {
  if (key === null) {
    loadAll();
    return;
  }
  if (isPending(key)) return; // our own unsaved change wins until it is saved
  if (key.startsWith(keyPrefixes.task)) {
    const id = taskIdOf(key);
    const record = loadKey(key, readTaskRecord);
    if (record) $tasks.setKey(id, record);
    else if (!isLocked(key)) {
      const { [id]: _removed, ...rest } = $tasks.get();
      $tasks.set(rest);
    }
    syncLocked();
  } else if (key.startsWith(keyPrefixes.program)) {
    const id = programIdOf(key);
    const settings = loadKey(key, readProgramSettings);
    if (settings) $programSettings.setKey(id, settings);
    else {
      const { [id]: _removed, ...rest } = $programSettings.get();
      $programSettings.set(rest);
    }
  } else if (key === storageKeys.meta) {
    $plannerMeta.set(loadKey(key, readPlannerMeta) ?? { v: 1 });
  }
}

/** Starts the planner once per page: reads stored data and listens to other tabs. */
export function startPlanner(open: () => KeyValueStorage = () => openStorage()): void {
  if (started) return;
  started = true;
  openSession(open);
  loadAll();
  onExternalChange(applyExternalChange);
  $plannerReady.set(true);
}

/** Only for tests: forgets everything so startPlanner can run again. */
export function stopPlannerForTests(): void {
  started = false;
  closeSessionForTests();
  $tasks.set({});
  $programSettings.set({});
  $plannerMeta.set({ v: 1 });
  $lockedTasks.set(new Set());
  $plannerReady.set(false);
}

function askForPersistentStorage(): void {
  const meta = $plannerMeta.get();
  if (meta.persistRequested || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  const next: PlannerMeta = { ...meta, persistRequested: true };
  $plannerMeta.set(next);
  persist(storageKeys.meta, JSON.stringify(next));
  // The browser may grant or refuse silently; either way the data stays in localStorage.
  navigator.storage.persist().catch(() => {});
}

function writeTask(id: string, record: TaskRecord | undefined): void {
  const key = storageKeys.task(id);
  if (isLocked(key)) {
    announce('This task was saved by a newer version of the site and cannot be changed here.', 'error');
    return;
  }
  if (record) $tasks.setKey(id, record);
  else {
    const { [id]: _removed, ...rest } = $tasks.get();
    $tasks.set(rest);
  }
  persist(key, record ? JSON.stringify(record) : null);
  askForPersistentStorage();
}

function isEmpty(record: TaskRecord): boolean {
  return record.state === 'open' && record.note === '';
}

function updateTask(id: string, change: Partial<Pick<TaskRecord, 'state' | 'note'>>): void {
  const current = $tasks.get()[id] ?? { v: 2, state: 'open', note: '', updatedAt: 0 };
  const next: TaskRecord = { ...current, ...change, v: 2, updatedAt: Date.now() };
  // An untouched task needs no stored record.
  writeTask(id, isEmpty(next) ? undefined : next);
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
  change: { startDate?: string | undefined; role?: Role | undefined },
): void {
  const current = $programSettings.get()[programId] ?? { v: 1 };
  const next: ProgramSettings = { v: 1 };
  const startDate = 'startDate' in change ? change.startDate : current.startDate;
  const role = 'role' in change ? change.role : current.role;
  if (startDate) next.startDate = startDate;
  if (role) next.role = role;
  const key = storageKeys.program(programId);
  if (!next.startDate && !next.role) {
    const { [programId]: _removed, ...rest } = $programSettings.get();
    $programSettings.set(rest);
    persist(key, null);
  } else {
    $programSettings.setKey(programId, next);
    persist(key, JSON.stringify(next));
  }
}

/** Current checklist data, for backups and undo. */
export function checklistSnapshot(): ChecklistData {
  return { tasks: { ...$tasks.get() }, programs: { ...$programSettings.get() } };
}

/** Replaces the records of the given task ids (and programs) with `data`: used by reset, undo and restore. */
export function replaceChecklistRecords(
  taskIds: Iterable<string>,
  programIds: Iterable<string>,
  data: ChecklistData,
): void {
  for (const id of taskIds) {
    if (isLocked(storageKeys.task(id))) continue;
    const record = data.tasks[id];
    const tasks = { ...$tasks.get() };
    if (record) tasks[id] = record;
    else delete tasks[id];
    $tasks.set(tasks);
    persist(storageKeys.task(id), record ? JSON.stringify(record) : null);
  }
  for (const id of programIds) {
    const settings = data.programs[id];
    const programs = { ...$programSettings.get() };
    if (settings) programs[id] = settings;
    else delete programs[id];
    $programSettings.set(programs);
    persist(storageKeys.program(id), settings ? JSON.stringify(settings) : null);
  }
}

/** Clears a program's ticks, notes and settings; offers Undo right after. */
export function resetProgram(programId: string, itemIds: readonly string[], title: string): void {
  const before = checklistSnapshot();
  const touched = itemIds.filter((id) => before.tasks[id]);
  replaceChecklistRecords(touched, [programId], { tasks: {}, programs: {} });
  announce(`${title} was reset.`, 'info', {
    label: 'Undo',
    run: () => {
      replaceChecklistRecords(touched, [programId], before);
      announce(`${title} is back as it was.`);
    },
  });
}

/** Records that the reader downloaded a backup now. */
export function markBackupMade(now: Date): void {
  const next: PlannerMeta = { ...$plannerMeta.get(), lastBackupAt: now.toISOString() };
  $plannerMeta.set(next);
  persist(storageKeys.meta, JSON.stringify(next));
}
