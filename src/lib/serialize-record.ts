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

/**
 * The raw value to store for `value` (`null`: remove the key), or none: what its own reader would refuse is never
 * written. (Why is not said: the fields' limits stop the reader before it, and the schema's reason is a developer's,
 * or a code. Said in the reader's words by issue-words.ts, loaded at the refusal, it weighed 56 to 66 bytes gzip on
 * every planner page, over three budgets: docs/performance-log.md, December 7, later.)
 */
export function serializeRecord<T>(
  kind: RecordSerializer<T>,
  value: T | undefined,
  id: string,
): { raw: string | null } | undefined {
  if (value === undefined || kind.isEmpty?.(value, id)) return { raw: null };
  const raw = JSON.stringify(value);
  return kind.read(raw).kind === 'ok' ? { raw } : undefined;
}
