import { atom } from 'nanostores';
import { type KeyValueStorage, openStorage, storageKeys, type WriteResult } from '../lib/storage';
import type { ReadResult } from '../lib/stored-records';
import { announce, clearAnnouncementForTests } from './announcer';

/*
 * The page's one session with localStorage, shared by every store: it opens
 * storage once, reads values safely (keeping unreadable ones aside, leaving
 * newer ones alone), writes with a queue that survives a full storage, and
 * reports its state for the reader. Stores build on it; only it uses the
 * storage module.
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

const INITIAL_STATUS: StorageStatus = { mode: 'ok', unsaved: 0, recovered: [], newer: [], lastSave: 'none' };

export const $storageStatus = atom<StorageStatus>(INITIAL_STATUS);

let storage: KeyValueStorage | undefined;
const pending = new Map<string, string | null>();
const lockedKeys = new Set<string>();
const listeners = new Set<(key: string | null) => void>();

function patchStatus(patch: Partial<StorageStatus>): void {
  $storageStatus.set({ ...$storageStatus.get(), ...patch });
}

function addToList(list: 'recovered' | 'newer', key: string): void {
  const current = $storageStatus.get()[list];
  if (!current.includes(key)) patchStatus({ [list]: [...current, key] });
}

/** Opens storage once per page; later calls return false and change nothing. */
export function openSession(open: () => KeyValueStorage = () => openStorage()): boolean {
  if (storage) return false;
  storage = open();
  patchStatus({ mode: storage.available ? 'ok' : 'unavailable' });
  storage.subscribe((key) => {
    for (const listener of listeners) listener(key);
  });
  return true;
}

/** Calls `listener` when another tab changes one of our keys (`null`: storage was cleared). */
export function onExternalChange(listener: (key: string | null) => void): void {
  listeners.add(listener);
}

/** Keys starting with `prefix`. */
export function storedKeys(prefix: string): string[] {
  return storage?.keys(prefix) ?? [];
}

/** Whether a key holds data this version must not overwrite (newer, or unreadable and not yet kept aside). */
export function isLocked(key: string): boolean {
  return lockedKeys.has(key);
}

export function lockedKeysWith(prefix: string): string[] {
  return [...lockedKeys].filter((key) => key.startsWith(prefix));
}

/** Whether a change to `key` is still waiting to be saved. */
export function isPending(key: string): boolean {
  return pending.has(key);
}

/** Changes waiting to be saved, oldest first. */
export function pendingEntries(): [string, string | null][] {
  return [...pending];
}

/** Reads one key: valid values are returned, newer ones locked, unreadable ones kept aside. Never throws. */
export function loadKey<T>(key: string, read: (raw: string) => ReadResult<T>): T | undefined {
  const raw = storage?.read(key) ?? null;
  if (raw === null) return undefined;
  const result = read(raw);
  if (result.kind === 'ok') {
    lockedKeys.delete(key);
    return result.value;
  }
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

/** Writes (or removes, with `null`) one key; a full storage keeps the change pending. */
export function persist(key: string, value: string | null): WriteResult {
  if (!storage?.available) {
    patchStatus({ lastSave: 'failed' });
    return 'unavailable';
  }
  pending.delete(key); // re-insert at the end: the newest change to a key is written last
  pending.set(key, value);
  let result: WriteResult = 'saved';
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
  const [first] = pending;
  if (first) persist(first[0], first[1]);
}

/** Only for tests: forgets the session so it can be opened again. */
export function closeSessionForTests(): void {
  storage = undefined;
  pending.clear();
  lockedKeys.clear();
  listeners.clear();
  clearAnnouncementForTests();
  $storageStatus.set(INITIAL_STATUS);
}
