import { type FieldsSince, mergeFieldsSince } from './merge-since';
import { sameContent } from './stable-json';

/*
 * The arithmetic of the record store's Undo (`snapshot` and `undo` in src/stores/record-store.ts): what some
 * records held (looked up as the store looks up any one of its records), and what to put back in a record that
 * may have changed since.
 */

/** The record under `id` in `records`, never something inherited from Object.prototype. */
export function ownRecord<T>(records: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(records, id) ? records[id] : undefined;
}

/** What `ids` hold in `records` now (none: `undefined`). */
export function snapshotOf<T>(records: Readonly<Record<string, T>>, ids: Iterable<string>): Map<string, T | undefined> {
  return new Map([...ids].map((id) => [id, ownRecord(records, id)]));
}

/** How a kind merges two copies of a record (src/stores/record-store/kind.ts). */
interface RecordMerges<T> {
  merge?: (local: T, remote: T) => T;
  fieldsSince?: FieldsSince<T>;
}

/**
 * What Undo writes for a record that held `current` when the change left `after`, to put `back` what the change
 * took. Nothing changed since: `back` as it is. Changed since: `back` beside what was done since, through the kind's
 * merge, or field by field against `after` (a field only changed since keeps its newer value); a record made since
 * from nothing the change left stays as it is.
 */
export function putBack<T>(kind: RecordMerges<T>, current: T | undefined, after: T | undefined, back: T | undefined) {
  if (!current || sameContent(current, after)) return back;
  return back ? (kind.merge?.(current, back) ?? mergeFieldsSince(kind.fieldsSince, after, back, current)) : current;
}
