import { atom, map } from 'nanostores';
import type { PlannerData } from '../lib/backup';
import { type KeyValueStorage, keyPrefixes, openStorage, storageKeys, type WriteResult } from '../lib/storage';
import { type ReadResult, readPlannerMeta, readProgramSettings, readTaskRecord } from '../lib/stored-records';
import type { Role } from '../schemas/program';
import {
  MAX_NOTE_LENGTH,
  type PlannerMeta,
  type ProgramSettings,
  type TaskRecord,
  type TaskState,
} from '../schemas/stored';

/*
 * Planner state for every island on a page. Each task is stored under its own
 * key, so two tabs ticking different tasks never overwrite each other, and a
 * change made in another tab arrives through the `storage` event.
 */

export interface StorageStatus {
  /** `unavailable`: storage is blocked; everything works for this visit only. */
  mode: 'ok' | 'unavailable';
  /** Changes waiting for room in a full storage. */
  unsaved: number;
  /** Keys whose unreadable values were kept aside (never deleted). */
  recovered: string[];
  /** Keys written by a newer version of the site, left untouched. */
  newer: string[];
  /** The last save: `saved`, `failed`, or nothing yet. */
  lastSave: 'none' | 'saved' | 'failed';
}

export interface Announcement {
  /** Increases with each announcement, so the same text is announced again. */
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** An action offered with the message, such as Undo. */
  action?: { label: string; run: () => void };
}

export const $tasks = map<Record<string, TaskRecord>>({});
export const $programSettings = map<Record<string, ProgramSettings>>({});
export const $plannerMeta = atom<PlannerMeta>({ v: 1 });
export const $storageStatus = atom<StorageStatus>({
  mode: 'ok',
  unsaved: 0,
  recovered: [],
  newer: [],
  lastSave: 'none',
});
/** Task ids whose stored record comes from a newer version: shown, not changed. */
export const $lockedTasks = atom<ReadonlySet<string>>(new Set());
export const $announcement = atom<Announcement | null>(null);
/** True once stored data has been read (islands render stored state only after this). */
export const $plannerReady = atom(false);

let storage: KeyValueStorage | undefined;
let announcementId = 0;
const pending = new Map<string, string | null>();
const lockedKeys = new Set<string>();

export function announce(text: string, tone: Announcement['tone'] = 'info', action?: Announcement['action']): void {
  announcementId += 1;
  $announcement.set({ id: announcementId, text, tone, ...(action ? { action } : {}) });
}

function patchStatus(patch: Partial<StorageStatus>): void {
  $storageStatus.set({ ...$storageStatus.get(), ...patch });
}

function addToList(list: 'recovered' | 'newer', key: string): void {
  const current = $storageStatus.get()[list];
  if (!current.includes(key)) patchStatus({ [list]: [...current, key] });
}

/** Reads one key: valid values are returned, newer ones locked, unreadable ones kept aside. */
function load<T>(key: string, read: (raw: string) => ReadResult<T>): T | undefined {
  const raw = storage?.read(key) ?? null;
  if (raw === null) return undefined;
  const result = read(raw);
  if (result.kind === 'ok') return result.value;
  if (result.kind === 'newer') {
    lockedKeys.add(key);
    addToList('newer', key);
    return undefined;
  }
  // Unreadable: copy the raw text aside before anything else may overwrite the key.
  const aside = storageKeys.recovered(key, new Date().toISOString());
  if (storage?.write(aside, raw) === 'saved') storage.remove(key);
  else lockedKeys.add(key); // could not copy it: leave it where it is, untouched
  addToList('recovered', key);
  return undefined;
}

function taskIdOf(key: string): string {
  return key.slice(keyPrefixes.task.length);
}

function programIdOf(key: string): string {
  return key.slice(keyPrefixes.program.length);
}

function syncLocked(): void {
  $lockedTasks.set(
    new Set([...lockedKeys].filter((key) => key.startsWith(keyPrefixes.task)).map((key) => taskIdOf(key))),
  );
}

function loadAll(): void {
  if (!storage) return;
  const tasks: Record<string, TaskRecord> = {};
  for (const key of storage.keys(keyPrefixes.task)) {
    const record = load(key, readTaskRecord);
    if (record) tasks[taskIdOf(key)] = record;
  }
  const programs: Record<string, ProgramSettings> = {};
  for (const key of storage.keys(keyPrefixes.program)) {
    const settings = load(key, readProgramSettings);
    if (settings) programs[programIdOf(key)] = settings;
  }
  // Keep changes that are still waiting to be saved.
  for (const [key, value] of pending) {
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
  $plannerMeta.set(load(storageKeys.meta, readPlannerMeta) ?? { v: 1 });
  syncLocked();
}

/** Applies a change another tab made to one key. */
function onExternalChange(key: string | null): void {
  if (!storage) return;
  if (key === null) {
    loadAll();
    return;
  }
  if (pending.has(key)) return; // our own unsaved change wins until it is saved
  if (key.startsWith(keyPrefixes.task)) {
    const id = taskIdOf(key);
    const record = load(key, readTaskRecord);
    if (record) $tasks.setKey(id, record);
    else if (!lockedKeys.has(key)) {
      const { [id]: _removed, ...rest } = $tasks.get();
      $tasks.set(rest);
    }
    syncLocked();
  } else if (key.startsWith(keyPrefixes.program)) {
    const id = programIdOf(key);
    const settings = load(key, readProgramSettings);
    if (settings) $programSettings.setKey(id, settings);
    else {
      const { [id]: _removed, ...rest } = $programSettings.get();
      $programSettings.set(rest);
    }
  } else if (key === storageKeys.meta) {
    $plannerMeta.set(load(key, readPlannerMeta) ?? { v: 1 });
  }
}

/** Starts the planner once per page: reads stored data and listens to other tabs. */
export function startPlanner(open: () => KeyValueStorage = () => openStorage()): void {
  if (storage) return;
  storage = open();
  patchStatus({ mode: storage.available ? 'ok' : 'unavailable' });
  loadAll();
  storage.subscribe(onExternalChange);
  $plannerReady.set(true);
}

/** Only for tests: forgets the storage so startPlanner can run again. */
export function stopPlannerForTests(): void {
  storage = undefined;
  pending.clear();
  lockedKeys.clear();
  $tasks.set({});
  $programSettings.set({});
  $plannerMeta.set({ v: 1 });
  $lockedTasks.set(new Set());
  $announcement.set(null);
  $plannerReady.set(false);
  $storageStatus.set({ mode: 'ok', unsaved: 0, recovered: [], newer: [], lastSave: 'none' });
}

/** Writes (or removes, with `null`) one key; a full storage keeps the change pending. */
function persist(key: string, value: string | null): WriteResult {
  if (!storage || !storage.available) {
    patchStatus({ lastSave: 'failed' });
    return 'unavailable';
  }
  pending.set(key, value);
  let result: WriteResult = 'saved';
  // Oldest first, so an earlier change cannot overwrite a later one.
  for (const [pendingKey, pendingValue] of pending) {
    const outcome: WriteResult =
      pendingValue === null
        ? storage.remove(pendingKey)
          ? 'saved'
          : 'unavailable'
        : storage.write(pendingKey, pendingValue);
    if (outcome === 'saved') pending.delete(pendingKey);
    else result = outcome;
  }
  const wasFull = $storageStatus.get().unsaved > 0;
  patchStatus({ unsaved: pending.size, lastSave: result === 'saved' ? 'saved' : 'failed' });
  if (result === 'full' && !wasFull) {
    announce('Storage is full: your last change is shown but could not be saved in this browser.', 'error');
  } else if (result === 'saved' && wasFull) {
    announce('Saved: there is room again and all your changes are stored.');
  }
  return result;
}

/** Tries again to save changes waiting for room. */
export function retryPendingWrites(): void {
  const [first] = pending.keys();
  if (first !== undefined) persist(first, pending.get(first) ?? null);
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
  if (lockedKeys.has(key)) {
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

/** Current planner data, for backups and undo. */
export function plannerSnapshot(): PlannerData {
  return { tasks: { ...$tasks.get() }, programs: { ...$programSettings.get() } };
}

/** Replaces the records of the given task ids (and programs) with `data`: used by reset, undo and restore. */
function replaceRecords(taskIds: Iterable<string>, programIds: Iterable<string>, data: PlannerData): void {
  for (const id of taskIds) {
    if (lockedKeys.has(storageKeys.task(id))) continue;
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
  const before = plannerSnapshot();
  const touched = itemIds.filter((id) => before.tasks[id]);
  replaceRecords(touched, [programId], { tasks: {}, programs: {} });
  announce(`${title} was reset.`, 'info', {
    label: 'Undo',
    run: () => {
      replaceRecords(touched, [programId], before);
      announce(`${title} is back as it was.`);
    },
  });
}

/** Replaces all planner data with a backup's (or with nothing, to start over); offers Undo right after. */
export function restorePlannerData(data: PlannerData, resetLabel?: string): void {
  const before = plannerSnapshot();
  const taskIds = new Set([...Object.keys(before.tasks), ...Object.keys(data.tasks)]);
  const programIds = new Set([...Object.keys(before.programs), ...Object.keys(data.programs)]);
  replaceRecords(taskIds, programIds, data);
  announce(resetLabel ? `${resetLabel} was reset.` : 'Your backup was restored.', 'info', {
    label: 'Undo',
    run: () => {
      replaceRecords(taskIds, programIds, before);
      announce('Undone: your data is back as it was.');
    },
  });
}

/** Records that the reader downloaded a backup now. */
export function markBackupMade(now: Date): void {
  const next: PlannerMeta = { ...$plannerMeta.get(), lastBackupAt: now.toISOString() };
  $plannerMeta.set(next);
  persist(storageKeys.meta, JSON.stringify(next));
}
