import { atom } from 'nanostores';
import { isFramedByAnotherSite } from '../browser/frame';
import { askBeforeLeaving } from '../browser/leave-guard';
import { type KeyValueStorage, openStorage, type StorageChange, type WriteResult } from '../browser/storage';
import { t } from '../i18n/ui';
import type { ReadResult } from '../lib/stored-records';
import { announce, clearAnnouncementForTests } from './announcer';
import { RESET_KEY, recordKeys } from './record-keys';

/*
 * The page's one session with localStorage, shared by every record store: it
 * opens storage once, reads values safely (keeping unreadable ones aside,
 * leaving newer ones and unreadable keys alone), writes with a queue that
 * survives a full storage (each change waiting brought up to date by its record
 * store just before it is written), writes a group of keys all or nothing, and
 * reports its state for the reader. Only it uses the storage module.
 */

export interface StorageStatus {
  /**
   * `unavailable`: storage is blocked; everything works for this visit only.
   * `framed`: the page is inside another site's frame, where nothing is written (clickjacking).
   */
  mode: 'ok' | 'unavailable' | 'framed';
  /** Changes waiting for room in a full storage. */
  unsaved: number;
  /** Keys whose unreadable values were kept aside (never deleted). */
  recovered: string[];
  /** Keys written by a newer version of the site, left untouched. */
  newer: string[];
  /** Keys the browser would not read (`*`: it would not even list them): nothing is written over them. */
  unreadable: string[];
  /** True once another tab cleared this site's storage while this page was open. */
  cleared: boolean;
  /** The last save: `saved`, `failed`, or nothing yet. */
  lastSave: 'none' | 'saved' | 'failed';
}

/** What reading one key gave, after the session did what it must (set aside, lock). */
export type KeyRead<T> =
  | { kind: 'ok'; value: T; raw: string }
  | { kind: 'missing' }
  /** Written by a newer version: left alone, locked. */
  | { kind: 'newer' }
  /** Not readable as a record: copied aside (or locked if that failed). */
  | { kind: 'invalid' }
  /** The browser threw: unknown, never "empty"; locked until a read succeeds. */
  | { kind: 'failed' };

/** A write the session refused: the key is locked (newer or unreadable data). */
export type PersistResult = WriteResult | 'refused';

const INITIAL_STATUS: StorageStatus = {
  mode: 'ok',
  unsaved: 0,
  recovered: [],
  newer: [],
  unreadable: [],
  cleared: false,
  lastSave: 'none',
};

/** Stands in `unreadable` for "the browser would not list the keys". */
export const UNLISTABLE = '*';

export const $storageStatus = atom<StorageStatus>(INITIAL_STATUS);

let storage: KeyValueStorage | undefined;
/** Inside another site's frame: reads work, every write is refused. */
let framed = false;
const pending = new Map<string, string | null>();
/** Keys this version must not write: newer data, or data it could not read. */
const lockedKeys = new Map<string, 'newer' | 'unreadable'>();
const listeners = new Set<(key: string | null, change: StorageChange) => void>();

function patchStatus(patch: Partial<StorageStatus>): void {
  $storageStatus.set({ ...$storageStatus.get(), ...patch });
}

// Changes waiting for room are only on screen: while there are any, closing or reloading the page asks first.
$storageStatus.listen(({ unsaved }) => askBeforeLeaving($storageStatus, unsaved > 0));

function addToList(list: 'recovered' | 'newer' | 'unreadable', key: string): boolean {
  const current = $storageStatus.get()[list];
  if (current.includes(key)) return false;
  patchStatus({ [list]: [...current, key] });
  return true;
}

function removeFromList(list: 'newer' | 'unreadable', key: string): void {
  const current = $storageStatus.get()[list];
  if (current.includes(key)) patchStatus({ [list]: current.filter((entry) => entry !== key) });
}

function unlock(key: string): void {
  lockedKeys.delete(key);
  removeFromList('newer', key);
  removeFromList('unreadable', key);
}

function noteUnreadable(key: string): void {
  lockedKeys.set(key, 'unreadable');
  if (addToList('unreadable', key)) announce(t('storage.unreadable'), 'error');
}

/** Opens storage once per page; later calls return false and change nothing. */
export function openSession(open: () => KeyValueStorage = () => openStorage()): boolean {
  if (storage) return false;
  storage = open();
  framed = typeof window !== 'undefined' && isFramedByAnotherSite();
  patchStatus({ mode: framed ? 'framed' : storage.available ? 'ok' : 'unavailable' });
  storage.subscribe((changed, change) => {
    // Another tab cleared the site's data, or its planner data (Reset all, which writes its time under this key
    // last, after removing each record: src/stores/all-data.ts): every store reads storage again, and the reader is
    // told once.
    const key = changed === RESET_KEY ? null : changed;
    if (key === null) {
      pending.clear();
      patchStatus({ cleared: true, unsaved: 0 });
      announce(t('storage.cleared'), 'error');
    } else if (key.startsWith(`${RESET_KEY}:`))
      // A program's Reset…, written last after its removals (src/stores/planner.ts): told once, on every planner page.
      announce(t('storage.resetThere', { title: key.slice(RESET_KEY.length + 1) }), 'error');
    for (const listener of listeners) listener(key, change);
  });
  return true;
}

/** Calls `listener` when another tab changes one of our keys (`null`: storage was cleared), with the browser's event. */
export function onExternalChange(listener: (key: string | null, change: StorageChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keys starting with `prefix`; `undefined` (and the reader told) when the browser would not list them. */
export function listKeys(prefix: string): string[] | undefined {
  if (!storage) return [];
  const keys = storage.keys(prefix);
  if (keys === undefined) noteUnreadable(UNLISTABLE);
  else removeFromList('unreadable', UNLISTABLE);
  return keys;
}

/** Whether a key holds data this version must not overwrite (newer, or not readable). */
export function isLocked(key: string): boolean {
  return lockedKeys.has(key);
}

/** Why a key is locked: data from a newer version, or data the browser would not read. */
export function lockReason(key: string): 'newer' | 'unreadable' | undefined {
  return lockedKeys.get(key);
}

export function lockedKeysWith(prefix: string): string[] {
  return [...lockedKeys.keys()].filter((key) => key.startsWith(prefix));
}

/** Whether a change to `key` is still waiting to be saved. */
export function isPending(key: string): boolean {
  return pending.has(key);
}

/** Reads one key: valid values are returned, newer ones locked, unreadable ones kept aside. Never throws. */
export function readKey<T>(key: string, read: (raw: string) => ReadResult<T>): KeyRead<T> {
  if (!storage) return { kind: 'missing' };
  const got = storage.read(key);
  if (!got.ok) {
    noteUnreadable(key);
    return { kind: 'failed' };
  }
  const raw = got.value;
  if (raw === null) {
    unlock(key);
    return { kind: 'missing' };
  }
  const result = read(raw);
  if (result.kind === 'ok') {
    unlock(key);
    return { kind: 'ok', value: result.value, raw };
  }
  if (result.kind === 'newer') {
    lockedKeys.set(key, 'newer');
    addToList('newer', key);
    return { kind: 'newer' };
  }
  setAside(key, raw);
  return { kind: 'invalid' };
}

/** Copies a value this version cannot use aside before anything may overwrite its key; never drops it. */
export function setAside(key: string, raw?: string): void {
  let value = raw;
  if (value === undefined) {
    const got = storage?.read(key);
    if (!got?.ok || got.value === null) return;
    value = got.value;
  }
  const aside = recordKeys.recovered(key, new Date().toISOString());
  if (storage?.write(aside, value) === 'saved' && storage.remove(key)) unlock(key);
  else lockedKeys.set(key, 'unreadable'); // could not copy it: leave it where it is, untouched
  addToList('recovered', key);
}

function writeNow(key: string, value: string | null): WriteResult {
  if (!storage) return 'unavailable';
  if (value !== null) return storage.write(key, value);
  return storage.remove(key) ? 'saved' : 'unavailable';
}

/**
 * Each record store's way to bring a change that waited for room up to date just before it is written: with what
 * another tab saved meanwhile (`waited` in src/stores/record-store.ts).
 */
const freshen = new Set<(key: string, value: string | null) => string | null>();

/** Calls `fresh` with each change that waited for room before it is written; it gives the value to write. */
export function onWaitingWrite(fresh: (key: string, value: string | null) => string | null): void {
  freshen.add(fresh);
}

/**
 * Writes (or removes, with `null`) one key, and every change waiting for room with it (no `value`: only those); a
 * full storage keeps the change pending. Locked keys are refused.
 */
export function persist(key: string, value?: string | null): PersistResult {
  if (lockedKeys.has(key)) {
    pending.delete(key);
    return 'refused';
  }
  if (!storage?.available || framed) {
    patchStatus({ lastSave: 'failed' });
    return 'unavailable';
  }
  // A change that waited goes in with what another tab saved since (until December 7 it went in as it waited, over
  // that save, which both tabs then lost).
  for (const [waitingKey] of pending)
    for (const fresh of freshen) pending.set(waitingKey, fresh(waitingKey, pending.get(waitingKey) as string | null));
  if (value !== undefined) {
    pending.delete(key); // re-insert at the end: the newest change to a key is written last
    pending.set(key, value);
  }
  let result: WriteResult = 'saved';
  for (const [pendingKey, pendingValue] of pending) {
    if (lockedKeys.has(pendingKey)) {
      pending.delete(pendingKey);
      continue;
    }
    const outcome = writeNow(pendingKey, pendingValue);
    if (outcome === 'saved') pending.delete(pendingKey);
    else result = outcome;
  }
  const wasFull = $storageStatus.get().unsaved > 0;
  patchStatus({ unsaved: pending.size, lastSave: result === 'saved' ? 'saved' : 'failed' });
  if (result === 'full' && !wasFull) announce(t('storage.fullNow'), 'error');
  else if (result === 'saved' && wasFull) announce(t('storage.roomAgain'));
  return result;
}

/** Tries again to save changes waiting for room. */
export function retryPendingWrites(): void {
  // One write writes every change waiting; a key locked since its change began to wait is refused (and dropped) on
  // its own, without the others, so the retry goes on to the next.
  for (const [key] of pending) if (persist(key) !== 'refused') return;
  // Every change waiting was in a locked key, dropped: nothing waits, and the notice of full storage goes.
  patchStatus({ unsaved: 0 });
}

/**
 * What the all-or-nothing write of a restore or Reset all needs of the session (src/stores/storage-transaction.ts):
 * it lives in My progress's code, so the file every planner page loads does not carry it. No storage inside
 * another site's frame, as `persist` refuses there.
 */
export const sessionParts = () => ({
  storage: framed ? undefined : storage,
  pending,
  lockedKeys,
  writeNow,
  noteUnreadable,
  patchStatus,
});

/** Only for tests: forgets the session so it can be opened again. */
export function closeSessionForTests(): void {
  storage = undefined;
  framed = false;
  pending.clear();
  lockedKeys.clear();
  listeners.clear();
  freshen.clear();
  clearAnnouncementForTests();
  $storageStatus.set(INITIAL_STATUS);
}
