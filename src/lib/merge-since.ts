/*
 * Two tabs' copies of a record without change stamps (a checklist task, a program's settings), merged against
 * the copy both started from. Such a record is saved whole, so a tab that saves before it hears of the other's
 * save would write over the fields the other changed; knowing what it started from, it can tell which fields
 * it changed itself. The record store keeps, for each record, the stored value this tab's copy is based on
 * (src/stores/record-store.ts, `takeInStored`).
 */

/**
 * `stored` (another tab's save) with the `fields` this tab changed since `base` taken from `local`. A field both
 * changed is this tab's: its write is the one being made now. `lost` names the fields both changed to different
 * values, whose value in `stored` the merge writes over: the reader can be told (stores/planner.ts).
 */
export function mergeSince<T extends object>(
  base: T,
  local: T,
  stored: T,
  fields: readonly (keyof T)[],
): { merged: T; lost: (keyof T)[] } {
  const merged = { ...stored };
  const lost: (keyof T)[] = [];
  for (const field of fields) {
    if (Object.is(local[field], base[field])) continue;
    merged[field] = local[field];
    if (!Object.is(stored[field], base[field]) && !Object.is(stored[field], local[field])) lost.push(field);
  }
  return { merged, lost };
}
