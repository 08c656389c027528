import type { ReadResult } from './stored-records';

/*
 * What a kind of record stores for a record: its JSON, checked by the kind's own reader first, so nothing is
 * written that would be refused on read (the record store's rule, src/stores/record-store.ts).
 */

/** What serializing needs of a kind (src/stores/record-store/kind.ts). */
export interface RecordSerializer<T> {
  read: (raw: string) => ReadResult<T>;
  isEmpty?: (value: T, id: string) => boolean;
}

/** The raw value to store for `value` (`null`: remove the key), or a reason it must not be stored. */
export function serializeRecord<T>(
  kind: RecordSerializer<T>,
  value: T | undefined,
  id: string,
): { ok: true; raw: string | null } | { ok: false; reason: string } {
  if (value === undefined || kind.isEmpty?.(value, id)) return { ok: true, raw: null };
  const raw = JSON.stringify(value);
  const check = kind.read(raw);
  return check.kind === 'ok'
    ? { ok: true, raw }
    : { ok: false, reason: check.kind === 'invalid' ? check.reason : 'newer' };
}
