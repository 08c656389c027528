import { MAX_MANAGER_ITEMS, MAX_MANAGER_REMOVED } from '../../schemas/manager-limits';
import { stableStringify } from '../stable-json';

/*
 * Two tabs' copies of one manager record (a roster, a tally, a review
 * session; the career ladder's rating of an item follows the same rules, with
 * stamped fields and its list of evidence), merged so both tabs converge on the
 * union of their changes, whichever merges first: localStorage has no
 * compare-and-set, so two tabs can both save before either hears of the other.
 *
 * Each edit stamps the fields it changed, in the record and in each entry of
 * it (`at`, ms since epoch); a merge takes, field by field, the newer value.
 * List entries (team members, CSMs) are kept from both copies, in the order
 * they were added (`added`); an entry removed in one tab is remembered
 * (`removed`) and stays removed, even if a tab that had not heard of the
 * removal changes it meanwhile. Undo of a removal adds the entry back as a
 * new one (a new id), so the removal of the old one still holds everywhere.
 *
 * A list of ids that point elsewhere (the pieces of evidence attached to a
 * ladder item) is stamped per id instead (`at.evidence[id]`: when it was last
 * attached or detached): an id is in the merged list if the copy with its
 * newer stamp has it (or either copy, where the stamps are equal), so pieces
 * attached in both tabs are all kept, a piece detached stays detached unless it
 * was attached again later (an Undo keeps its id), and the list is in the order
 * of those stamps, then by id. The newest `MAX_MANAGER_REMOVED` stamps of
 * detached ids are kept, as removals are.
 */

type Stamps = Record<string, number>;
/** A record's or an entry's `at`: a time per field, or per id for lists of ids. */
type FieldStamps = Record<string, number | Stamps>;
type Entry = { [key: string]: unknown; at?: FieldStamps };

/** Keys that name, order or keep the books of a record or an entry: never merged or stamped as fields. */
const FIXED = new Set(['v', 'kind', 'id', 'review', 'week', 'added', 'at', 'removed', 'updatedAt']);
/** Entries keyed by item (review and agenda items): never removed. */
const MAPS = new Set(['items']);
/** Lists of entries with an id (team members, CSMs; removable) or a week (call reviews: a count of 0 is kept). */
const LISTS = new Set(['members', 'csms', 'weeks']);
/** Objects whose fields are stamped on their own (the tally's choices). */
const NESTED = 'choices';
/** Lists of ids stamped per id (a ladder item's evidence). */
const ID_LISTS = new Set(['evidence']);

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

/** Per key, the newest time of any of the copies. */
function newest(...copies: (Stamps | undefined)[]): Stamps {
  const all: Stamps = {};
  for (const copy of copies)
    for (const [id, time] of Object.entries(copy ?? {})) all[id] = Math.max(time, own(all, id) ?? 0);
  return all;
}

/** The newest `MAX_MANAGER_REMOVED` removals of both copies (the newer time where both have one). */
function mergeRemoved(a?: Stamps, b?: Stamps): Stamps {
  const all = newest(a, b);
  const entries = Object.entries(all);
  if (entries.length <= MAX_MANAGER_REMOVED) return all;
  entries.sort(([x, s], [y, t]) => t - s || byKey(x, y));
  return Object.fromEntries(entries.slice(0, MAX_MANAGER_REMOVED));
}

/**
 * `ids` (those in the list) in the order of their stamps, then by id, with the
 * stamps to keep: theirs, and the newest of the others (ids taken out).
 */
function orderedIds(ids: string[], stamps: Stamps): [string[], Stamps | undefined] {
  const gone: Stamps = {};
  const kept: Stamps = {};
  for (const [id, time] of Object.entries(stamps)) (ids.includes(id) ? kept : gone)[id] = time;
  const at = { ...mergeRemoved(gone), ...kept };
  const stamp = (id: string) => own(stamps, id) ?? 0;
  return [ids.sort((x, y) => stamp(x) - stamp(y) || byKey(x, y)), Object.keys(at).length > 0 ? at : undefined];
}

function withStamps(entry: Entry, at: FieldStamps): Entry {
  const { at: _old, ...rest } = entry;
  return Object.keys(at).length > 0 ? { ...rest, at } : rest;
}

// ---- merging two copies

function mergeEntries(a: Entry, b: Entry, removed: Stamps): Entry {
  const out: Entry = {};
  const at: FieldStamps = {};
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
    else if (ID_LISTS.has(key)) {
      const [ids, stamps] = mergeIds(x as string[], y as string[], own(a.at, key) as Stamps, own(b.at, key) as Stamps);
      out[key] = ids;
      if (stamps) at[key] = stamps;
    } else {
      const sa = Number(own(a.at, key) ?? 0);
      const sb = Number(own(b.at, key) ?? 0);
      // Equal times (data from before stamps): any fixed rule converges; the larger value, as text.
      const first = sa !== sb ? sa > sb : stableStringify(x) >= stableStringify(y);
      const value = first ? x : y;
      if (value !== undefined) out[key] = value;
      if (Math.max(sa, sb) > 0) at[key] = Math.max(sa, sb);
    }
  }
  return withStamps(out, at);
}

/** Each id in or out as the copy with its newer stamp has it (in, on equal stamps: nothing either holds is dropped). */
function mergeIds(a: string[] = [], b: string[] = [], sa?: Stamps, sb?: Stamps) {
  const stamps = newest(sa, sb);
  const ids = [...new Set([...a, ...b, ...Object.keys(stamps)])].filter((id) => {
    const x = own(sa, id) ?? 0;
    const y = own(sb, id) ?? 0;
    return x > y ? a.includes(id) : y > x ? b.includes(id) : a.includes(id) || b.includes(id);
  });
  return orderedIds(ids, stamps);
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
  const at: FieldStamps = { ...after.at };
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
    } else if (ID_LISTS.has(key)) {
      const stamps = [own(before?.at, key), own(after.at, key)] as Stamps[];
      const [ids, kept] = stampIds((was ?? []) as string[], (value ?? []) as string[], stamps, now);
      out[key] = ids;
      if (kept) at[key] = kept;
      else delete at[key];
    } else if (asChanged(was) !== asChanged(value)) {
      at[key] = now;
    }
  }
  return withStamps(out, at);
}

/**
 * Ids taken out are stamped now; ids put in, now too, several at once (a
 * restore, an Undo) a millisecond apart in their order, so they keep it. The
 * other ids keep their newest stamp (an Undo or a restore brings older ones).
 */
function stampIds(before: string[], after: string[], stamps: Stamps[], now: number) {
  const at = newest(...stamps);
  const added = after.filter((id) => !before.includes(id));
  for (const id of before) if (!after.includes(id)) at[id] = now;
  added.forEach((id, index) => {
    at[id] = Math.max(0, now - added.length + 1 + index);
  });
  return orderedIds([...after], at);
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
