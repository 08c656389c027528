import { atom, map } from 'nanostores';
import { onPageBack, onPageLeave } from '../browser/page-lifecycle';
import type { StorageChange } from '../browser/storage';
import { t } from '../i18n/ui';
import { mergeFieldsSince } from '../lib/merge-since';
import { ownRecord, putBack, snapshotOf } from '../lib/record-undo';
import { serializeRecord } from '../lib/serialize-record';
import { sameContent } from '../lib/stable-json';
import { announce } from './announcer';
import { recordKeys } from './record-keys';
import type { RecordKind } from './record-store/kind';
import {
  $storageStatus,
  isLocked,
  isPending,
  type KeyRead,
  listKeys,
  lockedKeysWith,
  lockReason,
  onExternalChange,
  onWaitingWrite,
  type PersistResult,
  persist,
  readKey,
  setAside,
} from './storage-session';

/*
 * One record store for every kind of planner data (task records, program
 * settings, plans, the meta record). Each record lives under its own key
 * (`prefix + id`). The store owns the rules, so every kind keeps them alike:
 * - reads go through the kind's versioned reader (validated, migrated);
 * - a write is validated by that same reader first: nothing is written that
 *   would be refused on read;
 * - records from a newer version, and keys the browser would not read, are
 *   never written over (the session locks them);
 * - another tab's change is merged (kinds with a merge) or taken, except that
 *   this tab's unsaved change wins until it is saved; a kind that merges also
 *   merges what is stored just before each write (a change that waited for
 *   room too, `waited`), so a save another tab made unheard (that tab closed
 *   or reloaded before its event came) is kept, and
 *   merges a save this tab's write went over in the same moment once it hears
 *   of it, and writes again (`applyExternal`);
 * - undo brings back what a change took, beside what was done since, and keeps aside what it cannot.
 *
 * Where each part is. What a kind tells the store: `record-store/kind.ts`. Starting a page's family of stores:
 * `record-store/store-group.ts`. The arithmetic that needs no storage, in src/lib/: what a write stores
 * (`serialize-record.ts`), the field merge since a base (`merge-since.ts`), Undo's snapshot and what it puts
 * back (`record-undo.ts`), comparing by content (`stable-json.ts`). The store itself is the one closure below,
 * its functions in the order of its jobs, each headed by a comment: reading each key and what is known of each
 * id; another tab's change; saving and the autosave pause; starting; Undo; a restore; and tests' reset.
 *
 * Why the closure stays one: its jobs share every piece of its state (what each copy is based on, the ids read,
 * the autosave timers) and call one another both ways (a save takes in another tab's change, which may save).
 * Split into a file for each job, the parts passed that state to one another as an object's properties, which
 * the minifier cannot shorten: 0.4 KB gzip more on every planner page (December 7, docs/performance-log.md).
 */

/**
 * The pause after the last keystroke in a text field before it is saved (plans,
 * notes, evidence): typing is not a write per key, and leaving the page saves
 * whatever is still waiting (see `start`). One pause for every kind.
 */
export const AUTOSAVE_MS = 500;

/** This tab's copy of a record and another tab's, each changed since `base` (what this tab's was based on), and their merge. */
export interface BothChanged<T> {
  base: T | undefined;
  mine: T;
  theirs: T;
  merged: T;
}

export type SaveState = 'saved' | 'saving' | 'failed';

/** Undo data for a change to some records: what they were, and what the change left. */
export interface UndoSnapshot<T> {
  before: Map<string, T | undefined>;
  after: Map<string, T | undefined>;
}

export function createRecordStore<T>(kind: RecordKind<T>) {
  const $records = map<Record<string, T>>({});
  /** Ids whose stored record must not be changed here (newer version, or not readable). */
  const $locked = atom<ReadonlySet<string>>(new Set());
  const $saveState = atom<SaveState>('saved');
  /** Ids with edits waiting for their autosave pause. */
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Ids read (or written) at least once, so known not to hide a record we could not read. */
  const known = new Set<string>();
  /** False when the browser would not list keys: each id is read before it is first written. */
  let listed = true;
  let started = false;

  const keyOf = (id: string) => `${kind.prefix}${id}`;
  /** The record under `id`, never something inherited from Object.prototype. */
  const recordOf = (id: string): T | undefined => ownRecord($records.get(), id);
  const idOf = (key: string) => key.slice(kind.prefix.length);
  /** Forgets the autosave waiting for `id` (clearTimeout ignores none). */
  const stop = (id: string): void => {
    clearTimeout(timers.get(id));
    timers.delete(id);
  };
  const stopAll = (): void => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  };

  /**
   * The stored value (as stored) this tab's copy of each record is based on: set when the copy takes in what is
   * stored and when this tab writes, kept while the copy has changes of its own not yet saved. A different value
   * in storage at the next save is another tab's save (`takeInStored`).
   */
  const seen = new Map<string, string>();
  /** A write of this tab's that waits for room (storage full): once the session gets it in, it is no news either. */
  const waiting = new Map<string, string>();
  /**
   * The stored value (`null`: none) this tab's last write of each record was based on, kept until the copy takes in
   * what is stored: with the browser's event, it tells another tab's save that write went over unread
   * (`applyExternal`).
   */
  const wroteOn = new Map<string, string | null>();
  /** The copy of `id` is now based on what `read` found (nothing read: no record). */
  const rebase = (id: string, read?: KeyRead<T>): void => {
    wroteOn.delete(id);
    if (read?.kind === 'ok') seen.set(id, read.raw);
    else seen.delete(id);
  };

  // Reading: each key through the kind's reader, and what is known of each id (locked, unsaved).
  /** Reads the record under `id`; one whose own id says otherwise is kept aside like any unreadable value. */
  function readRecord(id: string): KeyRead<T> {
    const result = readKey(keyOf(id), kind.read);
    if (result.kind === 'ok' && kind.idOf && kind.idOf(result.value) !== id) {
      setAside(keyOf(id), result.raw);
      return { kind: 'invalid' };
    }
    return result;
  }

  function syncLocked(): void {
    const next = lockedKeysWith(kind.prefix).map(idOf);
    const current = $locked.get();
    if (next.length !== current.size || next.some((id) => !current.has(id))) $locked.set(new Set(next));
  }

  function setRecord(id: string, value: T | undefined): void {
    if (value === undefined) {
      if (!(id in $records.get())) return;
      const { [id]: _removed, ...rest } = $records.get();
      $records.set(rest);
    } else {
      $records.setKey(id, value);
    }
  }

  /** Whether this tab has a change to `id` that storage does not have yet. */
  function unsaved(id: string): boolean {
    return timers.has(id) || isPending(keyOf(id));
  }

  /** Reads every stored record of this kind; this tab's unsaved changes stay (merged where the kind merges). */
  function load(): void {
    const merge = kind.merge;
    const keys = listKeys(kind.prefix);
    listed = keys !== undefined;
    const current = $records.get();
    const next: Record<string, T> = {};
    const reads = new Map<string, KeyRead<T>>();
    for (const key of keys ?? []) {
      const id = idOf(key);
      if (!kind.isValidId(id)) {
        setAside(key);
        continue;
      }
      known.add(id);
      const result = readRecord(id);
      reads.set(id, result);
      if (result.kind === 'ok') next[id] = result.value;
    }
    for (const id of new Set([...Object.keys(current), ...reads.keys()])) {
      const local = current[id];
      if (local !== undefined && unsaved(id)) {
        // A copy with changes of its own keeps its base, unless it merges with what is stored now.
        const stored = next[id];
        next[id] = stored !== undefined && merge ? merge(local, stored) : local;
        if (!merge) continue;
      }
      rebase(id, reads.get(id));
    }
    $records.set(next);
    syncLocked();
  }

  // Another tab's change: heard (`applyExternal`), or found in storage just before a write (`takeInStored`).

  /** The record a stored value holds: none for no value (`null` or `undefined`), or one this version cannot read. */
  function recordIn(raw: string | null | undefined): T | undefined {
    const read = raw == null ? undefined : kind.read(raw);
    return read?.kind === 'ok' ? read.value : undefined;
  }

  /**
   * This tab's copy `mine`, based on the stored record `base`, was merged with another tab's `theirs`, both changed
   * since: once the merge is in place (the reader may answer by changing the record again), a kind with words
   * looks for the reader's text that one tab wrote over the other's. Loaded then: it is rare. If its file cannot
   * come (offline), nothing is said; what was written stays written.
   */
  function bothChanged(id: string, base: T | undefined, mine: T, theirs: T): void {
    const words = kind.words;
    if (!words) return;
    queueMicrotask(() => {
      const merged = recordOf(id);
      if (merged === undefined) return;
      import('./text-clash').then(
        (clash) => clash.offerClashes(id, { base, mine, theirs, merged }, words),
        () => {},
      );
    });
  }

  /** Applies another tab's change to one key; `change`, the browser's event, says what that tab wrote over what. */
  function applyExternal(key: string | null, change: StorageChange): void {
    if (key === null) {
      // With no change waiting here (the session dropped those waiting for room), what is stored is all there is.
      stopAll();
      load();
      return;
    }
    if (!key.startsWith(kind.prefix)) return;
    const id = idOf(key);
    if (!kind.isValidId(id)) return;
    const result = readRecord(id);
    const local = recordOf(id);
    const base = wroteOn.get(id);
    // (The browser's event gives `null` for no value, never `undefined`.)
    if (change.oldValue === base && (result as { raw?: string }).raw === seen.get(id)) {
      // This tab's last write went over that tab's save unread: each tab read the same stored value, that tab
      // wrote first, and this one's write, already on its way, landed after it (localStorage offers no
      // compare-and-set; a tab reads its own copy of storage, which hears of another tab's write a moment later).
      // What is stored is this tab's write, so that tab takes it in and its change is lost in both, unless this
      // tab takes that save in now, as it would have had it read it before writing, and writes both. That tab
      // then takes the result in and writes nothing back, so the two stop.
      const theirs = change.newValue;
      takeInStored(
        id,
        base,
        theirs === null ? { kind: 'missing' } : ({ ...kind.read(theirs), raw: theirs } as KeyRead<T>),
      );
      // Based on what is stored (this tab's write), and written now with that tab's save in it (an autosave
      // waiting too).
      rebase(id, result);
      save(id);
    } else if (result.kind === 'newer') {
      stop(id);
      setRecord(id, undefined);
    } else if (result.kind === 'ok') {
      known.add(id);
      if (local === undefined) {
        setRecord(id, result.value);
        rebase(id, result);
      } else if (kind.merge) {
        const merged = kind.merge(local, result.value);
        if (unsaved(id)) bothChanged(id, recordIn(seen.get(id)), local, result.value);
        setRecord(id, merged);
        rebase(id, result);
        // Storage lacks some of this tab's changes: write them back (unless the autosave will).
        if (!sameContent(merged, result.value) && !timers.has(id)) save(id);
      } else if (!unsaved(id)) {
        setRecord(id, result.value);
        rebase(id, result);
      }
    } else if (result.kind !== 'failed' && !unsaved(id)) {
      setRecord(id, undefined);
      rebase(id, result);
    }
    syncLocked();
  }

  /**
   * Another tab may have saved this record since this tab's copy was read or written: its storage event comes
   * later, or never, when that tab was closed or reloaded first. So before a write, a kind that merges (stamps,
   * or fields against the copy's base) takes in what is stored, and the write keeps both tabs' changes. (A
   * record this tab removed stays removed: the reader asked.)
   */
  function takeInStored(id: string, before: string | null | undefined, given?: KeyRead<T>): void {
    const local = recordOf(id);
    const since = kind.fieldsSince;
    if (local === undefined || (!kind.merge && !since)) return;
    const stored = given ?? readRecord(id);
    let theirs: T;
    if (stored.kind === 'ok') {
      // What the copy is based on is no news (merging with this tab's own write could undo an edit made since, or
      // in the same millisecond): its own write that waited for room is that too once it is in (`tookInWaiting`).
      if (stored.raw === before) {
        rebase(id, stored);
        return;
      }
      theirs = stored.value;
    } else if (stored.kind === 'missing' && before != null && since?.blank) {
      // Removed by another tab since (a task unticked with no note, a program reset): the blank record's fields.
      theirs = since.blank;
    } else return;
    const base = recordIn(before);
    const merged = kind.merge ? kind.merge(local, theirs) : mergeFieldsSince(since, base, local, theirs);
    bothChanged(id, base, local, theirs);
    rebase(id, stored);
    if (!sameContent(merged, local)) setRecord(id, merged);
  }

  // Saving: at once or after the autosave pause, refused where storage holds what this tab must not write over.

  /** The reader's message for a refused write to `id`. */
  function lockedMessageFor(id: string): string {
    return lockReason(keyOf(id)) === 'newer' ? kind.lockedMessage : t('storage.unreadableWrite');
  }

  function refuse(message: string): 'refused' {
    announce(message, 'error');
    return 'refused';
  }

  /**
   * A copy its own reader would refuse is never written. The fields' and lists' limits stop the reader before that,
   * so for a kind that merges it is this tab's change merged with another tab's: together more than a list holds
   * (two tabs each adding goals to one phase). The page then shows what is stored, and the reader is told which list
   * and offered this tab's copy back: src/stores/refused-merge.ts, loaded then (it is rare); if its file cannot come
   * (offline), this tab's copy stays on screen and the save state says it is not saved. Until December 7 the page
   * said only that the change did not fit, and kept showing both tabs' items, one tab's stored nowhere.
   */
  function refused(id: string): 'refused' {
    import('./refused-merge').then(
      (said) => said.sayRefused(store, id),
      () => {},
    );
    return 'refused';
  }

  /** Writes the record `id` as it is in memory now, with what another tab stored meanwhile (`takeInStored`). */
  function save(id: string): PersistResult {
    stop(id);
    takeInStored(id, seen.get(id));
    const before = seen.get(id) ?? null;
    const serialized = serializeRecord(kind, recordOf(id), id);
    let result: PersistResult;
    if (!serialized) {
      result = refused(id);
    } else {
      result = persist(keyOf(id), serialized.raw);
      if (result === 'refused') refuse(lockedMessageFor(id));
      else known.add(id);
      waiting.delete(id);
      if (result === 'saved') {
        if (serialized.raw) seen.set(id, serialized.raw);
        else seen.delete(id);
        wroteOn.set(id, before);
      } else if (result === 'full' && serialized.raw) waiting.set(id, serialized.raw);
    }
    $saveState.set(result !== 'saved' ? 'failed' : timers.size > 0 ? 'saving' : 'saved');
    syncLocked();
    return result;
  }

  /**
   * Changes a record (`undefined` removes it). Shown at once; saved at once,
   * or after `delayMs` without further changes (autosave while typing).
   * Refused, with a message, for records this version must not change.
   */
  function set(id: string, value: T | undefined, delayMs = 0): PersistResult | 'scheduled' {
    if (!kind.isValidId(id)) return 'refused';
    // The first write to an id this page never read (the browser would not list keys) reads it first: a record
    // from a newer version, or one the browser would not read, is then locked, and nothing unread is written over
    // (what it holds is merged with the write by `takeInStored`, as any save another tab made unheard is).
    if (!listed && !known.has(id)) readRecord(id);
    if (isLocked(keyOf(id))) {
      syncLocked();
      return refuse(lockedMessageFor(id));
    }
    setRecord(id, value);
    if (delayMs <= 0) return save(id);
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => save(id), delayMs),
    );
    $saveState.set('saving');
    return 'scheduled';
  }

  /**
   * A change that waited for room may have been written since (the reader's "Try saving again", or another save
   * once there was room), or dropped (its key locked by another tab meanwhile, storage cleared): what is stored says
   * which. Written, it is what this copy is based on, and once none waits the save
   * state says saved (until December 7 it said "Not saved" until the next change); dropped, it stays listed as
   * waiting, so the state stays "Not saved" until this record's next save says otherwise.
   */
  function tookInWaiting(): void {
    if (!waiting.size) return;
    for (const [id, raw] of waiting) {
      // Stored as it waited: written (while it waits, what is stored is the value before it). Like any write of
      // this tab's, it is remembered as based on what the copy had taken in just before it (`waited`), so a save
      // of another tab's it went over in the same moment is mended when this tab hears of it (`applyExternal`).
      if ((readRecord(id) as { raw?: string }).raw === raw) {
        waiting.delete(id);
        wroteOn.set(id, seen.get(id) ?? null);
        seen.set(id, raw);
      }
    }
    if (!waiting.size && $saveState.get() === 'failed') $saveState.set(timers.size > 0 ? 'saving' : 'saved');
  }

  /**
   * A change to `key` that waited for room is about to be written (the session writes every change waiting at each
   * write, and at "Try saving again"): another tab may have saved the record since, its event heard or not, so the
   * record takes that in first, as a save does (`takeInStored`), and what is written keeps both (until December 7
   * the change went in as it waited, over that save). Returns what to write: this tab's copy now.
   */
  function waited(key: string, raw: string | null): string | null {
    const id = idOf(key);
    if (key.startsWith(kind.prefix)) {
      takeInStored(id, seen.get(id));
      // (A copy the kind's reader would refuse is said at its next save: what waited is written meanwhile.)
      raw = serializeRecord(kind, recordOf(id), id)?.raw ?? raw;
      if (raw) waiting.set(id, raw);
    }
    return raw;
  }

  /** Saves every change still waiting for its autosave pause. */
  function flush(): void {
    for (const id of [...timers.keys()]) save(id);
  }

  // Starting: the jobs above put to work once a page opens the store.

  /**
   * Starts the store once: reads stored records and follows other tabs. Edits
   * still waiting for their autosave pause are saved when the reader leaves the
   * page, and the records are read again when the page comes back from the
   * back/forward cache (other tabs may have stored changes meanwhile).
   */
  function start(): void {
    if (started) return;
    started = true;
    load();
    // Storage blocked (or the page framed by another site): nothing is saved, whatever the reader does, so the
    // save state says so from the start rather than "saved".
    if ($storageStatus.get().mode !== 'ok') $saveState.set('failed');
    $storageStatus.listen(tookInWaiting);
    onExternalChange(applyExternal);
    onWaitingWrite(waited);
    onPageLeave(flush);
    onPageBack(load);
  }

  // Undo: what some records held before a change, put back beside what was done since.

  /** What `ids` hold now, to undo a change to them later. */
  function snapshot(ids: Iterable<string>): Map<string, T | undefined> {
    return snapshotOf($records.get(), ids);
  }

  /** Undo data: `before` from `snapshot` taken before the change; what the change left is read now. */
  function undoSnapshot(before: Map<string, T | undefined>): UndoSnapshot<T> {
    return { before, after: snapshot(before.keys()) };
  }

  /**
   * Puts back what a change replaced, record by record, as the reader's newest change. A record changed since (here
   * or in another tab) gets back what the change took, beside what was done since: through the kind's merge, or
   * field by field against what the change left (a field only changed since keeps its newer value). A write refused
   * (a record now saved by a newer version, or that the browser would not read) is said as any refused change is,
   * and what the record held before is kept aside, read (`:undo`); one that waits for room says so. Returns whether
   * the reader was told either (the caller then says nothing more).
   */
  function undo(
    snapshotData: UndoSnapshot<T>,
    prepare: (current: T | undefined, next: T | undefined) => T | undefined = (_c, next) => next,
  ): boolean {
    let told = false;
    // Read storage afresh: another tab may have written since, and its event may not have arrived yet.
    load();
    for (const [id, value] of snapshotData.before) {
      const after = snapshotData.after.get(id);
      const result = set(id, putBack(kind, recordOf(id), after, prepare(after, value)));
      if (result === 'full') announce(t('storage.fullNow'), 'error');
      else if (result !== 'refused') continue;
      else if (value)
        persist(`${recordKeys.recovered(keyOf(id), new Date().toISOString())}:undo`, JSON.stringify(value));
      told = true;
    }
    return told;
  }

  // A restore (or Reset all): taking in the set it wrote (its writes are `restoreWrites`, src/lib/restore-writes.ts,
  // loaded by My progress only).

  /** After a restore's writes of `next` (`restoreWrites`, src/lib/restore-writes.ts): show `next` and forget pending autosaves. */
  function adopt(next: Readonly<Record<string, T>>): void {
    stopAll();
    wroteOn.clear();
    // What was just written (or removed) is what each copy is now based on.
    for (const id of new Set([...Object.keys($records.get()), ...Object.keys(next)])) {
      known.add(id);
      const serialized = serializeRecord(kind, next[id], id);
      if (serialized?.raw) seen.set(id, serialized.raw);
      else seen.delete(id);
    }
    $records.set({ ...next });
    $saveState.set('saved');
    syncLocked();
  }

  const methods = {
    $records,
    $locked,
    $saveState,
    keyOf,
    start,
    load,
    set,
    save,
    flush,
    snapshot,
    undoSnapshot,
    undo,
    kind,
    adopt,
    unsaved,
  };

  /** Only for tests. */
  function resetForTests(): void {
    stopAll();
    known.clear();
    seen.clear();
    waiting.clear();
    wroteOn.clear();
    listed = true;
    started = false;
    $records.set({});
    $locked.set(new Set());
    $saveState.set('saved');
  }

  const store: {
    /** Unit tests only (see below). */
    resetForTests?: () => void;
  } & typeof methods = methods;
  // Unit tests only: the build replaces MODE with "production", and the minifier drops the function and what
  // only it calls, so readers do not download it.
  if (import.meta.env.MODE === 'test') store.resetForTests = resetForTests;
  return store;
}
