import { MAX_MANAGER_ITEMS, MAX_MANAGER_REMOVED } from '../../schemas/manager-limits';
import { stableStringify } from '../stable-json';

/*
 * Two tabs' copies of one manager record (a roster, a tally, a review
 * session; the career ladder's rating of an item follows the same rules, with
 * stamped fields only), merged so both tabs converge on the union of their changes,
 * whichever merges first: localStorage has no compare-and-set, so two tabs
 * can both save before either hears of the other.
 *
 * Each edit stamps the fields it changed, in the record and in each entry of
 * it (`at`, ms since epoch); a merge takes, field by field, the newer value.
 * List entries (team members, CSMs) are kept from both copies, in the order
 * they were added (`added`); an entry removed in one tab is remembered
 * (`removed`) and stays removed, even if a tab that had not heard of the
 * removal changes it meanwhile. Undo of a removal adds the entry back as a
 * new one (a new id), so the removal of the old one still holds everywhere.
 */

type Stamps = Record<string, number>;
type Entry = { [key: string]: unknown; at?: Stamps };

/** Keys that name, order or keep the books of a record or an entry: never merged or stamped as fields. */
const FIXED = new Set(['v', 'kind', 'id', 'review', 'week', 'added', 'at', 'removed', 'updatedAt']);
/** Entries keyed by item (review and agenda items): never removed. */
const MAPS = new Set(['items']);
/** Lists of entries with an id (team members, CSMs; removable) or a week (call reviews: a count of 0 is kept). */
const LISTS = new Set(['members', 'csms', 'weeks']);
/** Objects whose fields are stamped on their own (the tally's choices). */
const NESTED = 'choices';

const keysOf = (...objects: (object | undefined)[]) => new Set(objects.flatMap((o) => (o ? Object.keys(o) : [])));
const own = <T>(object: Record<string, T> | undefined, key: string): T | undefined =>
  object && Object.hasOwn(object, key) ? object[key] : undefined;
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A list entry's key: its id, or its week. */
const keyOf = (entry: Entry) => String(entry.id ?? entry.week);
/**
 * The value as compared for a change: nothing, `false` and `''` are one (an
 * item first ticked in a tab starts from "no note", not from a note it sets).
 */
const asChanged = (value: unknown) =>
  value === undefined || value === false || value === '' ? '' : stableStringify(value);

/** The newest `MAX_MANAGER_REMOVED` removals of both copies (the newer time where both have one). */
function mergeRemoved(a: Stamps = {}, b: Stamps = {}): Stamps {
  const all: Stamps = {};
  for (const id of keysOf(a, b)) all[id] = Math.max(own(a, id) ?? 0, own(b, id) ?? 0);
  const entries = Object.entries(all);
  if (entries.length <= MAX_MANAGER_REMOVED) return all;
  entries.sort(([x, s], [y, t]) => t - s || byKey(x, y));
  return Object.fromEntries(entries.slice(0, MAX_MANAGER_REMOVED));
}

function withStamps(entry: Entry, at: Stamps): Entry {
  const { at: _old, ...rest } = entry;
  return Object.keys(at).length > 0 ? { ...rest, at } : rest;
}

// ---- merging two copies

function mergeEntries(a: Entry, b: Entry, removed: Stamps): Entry {
  const out: Entry = {};
  const at: Stamps = {};
  for (const key of keysOf(a, b, a.at, b.at)) {
    const x = a[key];
    const y = b[key];
    if (key === 'at' || key === 'removed') continue;
    if (key === 'added') out[key] = Math.min(Number(x ?? y), Number(y ?? x));
    else if (key === 'updatedAt') out[key] = Math.max(Number(x ?? 0), Number(y ?? 0));
    else if (FIXED.has(key)) out[key] = x ?? y;
    else if (MAPS.has(key)) out[key] = mergeMap(x as Record<string, Entry>, y as Record<string, Entry>);
    else if (LISTS.has(key)) out[key] = mergeList(x as Entry[], y as Entry[], removed, key === 'weeks');
    else if (key === NESTED) out[key] = mergeEntries((x ?? {}) as Entry, (y ?? {}) as Entry, removed);
    else {
      const sa = own(a.at, key) ?? 0;
      const sb = own(b.at, key) ?? 0;
      // Equal times (data from before stamps): any fixed rule converges; the larger value, as text.
      const first = sa !== sb ? sa > sb : stableStringify(x) >= stableStringify(y);
      const value = first ? x : y;
      if (value !== undefined) out[key] = value;
      if (Math.max(sa, sb) > 0) at[key] = Math.max(sa, sb);
    }
  }
  return withStamps(out, at);
}

function mergeMap(a: Record<string, Entry> = {}, b: Record<string, Entry> = {}): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const key of keysOf(a, b)) {
    const x = own(a, key);
    const y = own(b, key);
    out[key] = x && y ? mergeEntries(x, y, {}) : ((x ?? y) as Entry);
  }
  return out;
}

function mergeList(a: Entry[] = [], b: Entry[] = [], removed: Stamps, newest = false): Entry[] {
  const byId = new Map<string, Entry>();
  for (const entry of [...a, ...b]) {
    const id = keyOf(entry);
    if (Object.hasOwn(removed, id)) continue;
    const other = byId.get(id);
    byId.set(id, other ? mergeEntries(other, entry, removed) : entry);
  }
  // In the order added (weeks have no `added`: by week); of call counts, the newest weeks are kept.
  const list = [...byId.values()].sort(
    (x, y) => Number(x.added ?? 0) - Number(y.added ?? 0) || byKey(keyOf(x), keyOf(y)),
  );
  return newest ? list.slice(-MAX_MANAGER_ITEMS) : list;
}

/**
 * This tab's copy of a record merged with another tab's: every field at its
 * newer value, the entries of both, none that either removed. Both tabs reach
 * the same record whichever merges first.
 */
export function mergeStampedRecords<T extends object>(local: T, remote: T): T {
  const a = local as unknown as Entry;
  const b = remote as unknown as Entry;
  // One key holds one kind; a record of another kind under it is another tab's newer truth.
  if (a.kind !== b.kind) return remote;
  const removed = mergeRemoved(a.removed as Stamps | undefined, b.removed as Stamps | undefined);
  const merged = mergeEntries(a, b, removed);
  if ('removed' in a || 'removed' in b) merged.removed = removed;
  return merged as unknown as T;
}

// ---- stamping an edit

function stampEntry(before: Entry | undefined, after: Entry, now: number, removed: Stamps, newId: () => string): Entry {
  const out: Entry = { ...after };
  const at: Stamps = { ...after.at };
  for (const key of keysOf(before, after)) {
    if (FIXED.has(key)) continue;
    const was = before?.[key];
    const value = after[key];
    if (MAPS.has(key)) {
      const map: Record<string, Entry> = {};
      for (const [item, entry] of Object.entries((value ?? {}) as Record<string, Entry>)) {
        map[item] = stampEntry(own(was as Record<string, Entry> | undefined, item), entry, now, removed, newId);
      }
      out[key] = map;
    } else if (LISTS.has(key)) {
      out[key] = stampList((was ?? []) as Entry[], (value ?? []) as Entry[], now, removed, newId);
    } else if (key === NESTED) {
      out[key] = stampEntry(was as Entry | undefined, (value ?? {}) as Entry, now, removed, newId);
    } else if (asChanged(was) !== asChanged(value)) {
      at[key] = now;
    }
  }
  return withStamps(out, at);
}

function stampList(before: Entry[], after: Entry[], now: number, removed: Stamps, newId: () => string): Entry[] {
  const earlier = new Map(before.map((entry) => [keyOf(entry), entry]));
  const kept = new Set<string>();
  const list = after.map((entry) => {
    const id = keyOf(entry);
    // An entry removed before (Undo, a restore): back as a new entry, so the old one's removal holds in every tab.
    if (Object.hasOwn(removed, id))
      return stampEntry(undefined, { ...entry, id: newId(), at: {} }, now, removed, newId);
    kept.add(id);
    return stampEntry(earlier.get(id), entry, now, removed, newId);
  });
  for (const id of earlier.keys()) if (!kept.has(id)) removed[id] = now;
  return list;
}

/**
 * `after`, an edit of `before` made in this tab at `now`, with the time of
 * each change: each changed field, each removed entry. Entries that were
 * removed before (an Undo, a restore) come back with new ids from `newId`.
 */
export function stampChanges<T extends object>(before: T | undefined, after: T, now: number, newId: () => string): T {
  const a = after as unknown as Entry;
  const b = before as unknown as Entry | undefined;
  const removed = mergeRemoved(b?.removed as Stamps | undefined, a.removed as Stamps | undefined);
  const stamped = stampEntry(b, a, now, removed, newId);
  if ('removed' in a) stamped.removed = mergeRemoved(removed);
  return stamped as unknown as T;
}
