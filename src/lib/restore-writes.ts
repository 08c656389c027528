import { type RecordSerializer, serializeRecord } from './serialize-record';
import { stableStringify } from './stable-json';

/*
 * The writes a restore (or Reset all) makes for one kind of record, all or nothing with every other kind's
 * (src/stores/all-data.ts, src/stores/storage-transaction.ts). Apart from the record store, which every planner
 * page loads, since only My progress restores: in the store's closure it went to every planner page (moved out
 * December 7 to pay for the waiting writes' merge, docs/performance-log.md).
 */

/** What restoreWrites needs of a record store (src/stores/record-store.ts): its kind, its records, what waits. */
interface RestoringStore<T> {
  kind: RecordSerializer<T> & { prefix: string };
  $records: { get(): Readonly<Record<string, T>> };
  /** What some ids hold (looked up as the store looks up any one of its records). */
  snapshot: (ids: Iterable<string>) => Map<string, T | undefined>;
  unsaved: (id: string) => boolean;
}

/**
 * The writes that make storage hold exactly `next` for the store's kind: each key whose record changes, or has a
 * change of this tab's not yet stored, with what to store (`null`: remove it); `invalid`, the ids of records the
 * kind's reader would refuse, which are never written.
 */
export function restoreWrites<T>(
  store: RestoringStore<T>,
  next: Readonly<Record<string, T>>,
): { entries: [string, string | null][]; invalid: string[] } {
  const entries: [string, string | null][] = [];
  const invalid: string[] = [];
  const current = store.snapshot(new Set([...Object.keys(store.$records.get()), ...Object.keys(next)]));
  for (const [id, record] of current) {
    // `sameContent` written out: `stableStringify` is already shared with My progress's files, `sameContent` is not.
    if (stableStringify(record) === stableStringify(next[id]) && !store.unsaved(id)) continue;
    const serialized = serializeRecord(store.kind, next[id], id);
    if (serialized) entries.push([`${store.kind.prefix}${id}`, serialized.raw]);
    else invalid.push(id);
  }
  return { entries, invalid };
}
