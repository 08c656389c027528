import { sameContent } from './stable-json';

/*
 * Two tabs' copies of a record without change stamps (a checklist task, a program's settings, a piece of
 * evidence), merged against the copy both started from. Such a record is saved whole, so a tab that saves before
 * it hears of the other's save would write over the fields the other changed; knowing what it started from, it
 * can tell which fields it changed itself. The record store keeps, for each record, the stored value this tab's copy is based on
 * (src/stores/record-store.ts, `takeInStored`).
 */

/**
 * `stored` (another tab's save) with the `fields` this tab changed since `base` taken from `local`. A field both
 * changed is this tab's: its write is the one being made now (the reader is told when that wrote over the other
 * tab's words: src/lib/text-clashes.ts).
 */
export function mergeSince<T extends object>(base: T, local: T, stored: T, fields: readonly (keyof T)[]): T {
  const merged = { ...stored };
  // Compared as stored: a list (a piece of evidence's tags) is a new array in each copy.
  for (const field of fields) if (!sameContent(local[field], base[field])) merged[field] = local[field];
  return merged;
}

/** A kind's fields a reader edits, and the record that stands for none stored (the record store's `fieldsSince`). */
export interface FieldsSince<T> {
  fields: readonly (keyof T)[];
  blank?: T;
}

/**
 * `mergeSince` for a kind's fields: `theirs` with the fields `local` changed since `base`, where no base (nothing
 * stored) is the kind's blank record. A kind that names no fields takes `theirs` whole.
 */
export function mergeFieldsSince<T>(since: FieldsSince<T> | undefined, base: T | undefined, local: T, theirs: T): T {
  // Records are objects; the store's type leaves T open.
  type Fields = T & object;
  return mergeSince<Fields>(
    (base ?? since?.blank ?? {}) as Fields,
    local as Fields,
    theirs as Fields,
    since?.fields ?? [],
  );
}
