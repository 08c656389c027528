import { MAX_MANAGER_REMOVED } from '../../schemas/manager-limits';
import { stableStringify } from '../stable-json';
import { stampTime } from '../stamp-time';

/*
 * Two tabs' copies of one record (the manager toolkit's roster, tally or
 * review session; the career ladder's rating of an item), merged so both tabs
 * converge on the union of their changes, whichever merges first:
 * localStorage has no compare-and-set, so two tabs can both save before either
 * hears of the other.
 *
 * Each edit stamps the fields it changed, in the record and in each entry of
 * it (`at`, ms since epoch); a merge takes, field by field, the newer value.
 * Keys that hold more than a value (lists, maps, nested objects) follow a rule
 * of their own, which the record's kind hands in (`rules`): the manager
 * toolkit's lists of entries in `merge-lists.ts`, the ladder's list of
 * evidence in `src/lib/ladder-merge.ts`. Rules live beside this module rather
 * than in it so that a page loads only the rules its records use. Removals a
 * record remembers (`removed`) are kept here, the newest first.
 */

export type Stamps = Record<string, number>;
/** A record's or an entry's `at`: a time per field, or per id for lists of ids. */
export type FieldStamps = Record<string, number | Stamps>;
export type Entry = { [key: string]: unknown; at?: FieldStamps };

/** What a merge of one record knows: the record's removals (merged) and its kind's rules. */
interface MergeContext {
  removed: Stamps;
  rules: Rules;
}

/** What stamping one edit knows besides: its time, and where new entry ids come from. */
interface StampContext extends MergeContext {
  now: number;
  newId: () => string;
}

/**
 * How one key that is not a plain field merges (`x`, `y`: its values in the
 * copies `a` and `b`) and is stamped (`was`, its value in `before`, edited
 * into `value`, in `after`); stamps of its own go in `at[key]`.
 */
export interface KeyRule {
  // Methods, so each rule may take its key's values as the shape it knows (parameters of methods are bivariant).
  merge(x: unknown, y: unknown, context: MergeContext, a: Entry, b: Entry, key: string, at: FieldStamps): unknown;
  stamp(
    was: unknown,
    value: unknown,
    context: StampContext,
    before: Entry | undefined,
    after: Entry,
    key: string,
    at: FieldStamps,
  ): unknown;
}
export type Rules = Readonly<Record<string, KeyRule>>;

/** Keys that name, order or keep the books of a record or an entry: never merged or stamped as fields. */
const FIXED = new Set(['v', 'kind', 'id', 'review', 'week', 'added', 'at', 'removed', 'updatedAt']);

export const keysOf = (...objects: (object | undefined)[]) =>
  new Set(objects.flatMap((o) => (o ? Object.keys(o) : [])));
export const own = <T>(object: Record<string, T> | undefined, key: string): T | undefined =>
  object && Object.hasOwn(object, key) ? object[key] : undefined;
export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The value as compared for a change: nothing, `false` and `''` are one (an
 * item first ticked in a tab starts from "no note", not from a note it sets).
 */
const asChanged = (value: unknown) =>
  value === undefined || value === false || value === '' ? '' : stableStringify(value);

/** Per key, the newest time of any of the copies. */
export function newest(...copies: (Stamps | undefined)[]): Stamps {
  const all: Stamps = {};
  for (const copy of copies)
    for (const [id, time] of Object.entries(copy ?? {})) all[id] = Math.max(time, own(all, id) ?? 0);
  return all;
}

/** The newest `MAX_MANAGER_REMOVED` removals of the copies (the newer time where both have one). */
export function mergeRemoved(a?: Stamps, b?: Stamps): Stamps {
  const all = newest(a, b);
  const entries = Object.entries(all);
  if (entries.length <= MAX_MANAGER_REMOVED) return all;
  entries.sort(([x, s], [y, t]) => t - s || byKey(x, y));
  return Object.fromEntries(entries.slice(0, MAX_MANAGER_REMOVED));
}

function withStamps(entry: Entry, at: FieldStamps): Entry {
  const { at: _old, ...rest } = entry;
  return Object.keys(at).length > 0 ? { ...rest, at } : rest;
}

// ---- merging two copies

export function mergeEntries(a: Entry, b: Entry, context: MergeContext): Entry {
  const out: Entry = {};
  const at: FieldStamps = {};
  for (const key of keysOf(a, b, a.at, b.at)) {
    const x = a[key];
    const y = b[key];
    const rule = own(context.rules, key);
    if (key === 'at' || key === 'removed') continue;
    if (key === 'added') out[key] = Math.min(Number(x ?? y), Number(y ?? x));
    else if (key === 'updatedAt') out[key] = Math.max(Number(x ?? 0), Number(y ?? 0));
    else if (FIXED.has(key)) out[key] = x ?? y;
    else if (rule) out[key] = rule.merge(x, y, context, a, b, key, at);
    else {
      // A plain field's stamp is a time (lists of ids, with a time per id, have a rule).
      const sa = (own(a.at, key) as number | undefined) ?? 0;
      const sb = (own(b.at, key) as number | undefined) ?? 0;
      // Equal times (data from before stamps): any fixed rule converges; the larger value, as text.
      const first = sa !== sb ? sa > sb : stableStringify(x) >= stableStringify(y);
      const value = first ? x : y;
      if (value !== undefined) out[key] = value;
      if (Math.max(sa, sb) > 0) at[key] = Math.max(sa, sb);
    }
  }
  return withStamps(out, at);
}

/**
 * This tab's copy of a record merged with another tab's: every field at its
 * newer value, the entries of both, none that either removed. Both tabs reach
 * the same record whichever merges first.
 */
export function mergeStampedRecords<T extends object>(local: T, remote: T, rules: Rules): T {
  const a = local as unknown as Entry;
  const b = remote as unknown as Entry;
  // One key holds one kind; a record of another kind under it is another tab's newer truth.
  if (a.kind !== b.kind) return remote;
  const removed = mergeRemoved(a.removed as Stamps | undefined, b.removed as Stamps | undefined);
  const merged = mergeEntries(a, b, { removed, rules });
  if ('removed' in a || 'removed' in b) merged.removed = removed;
  return merged as unknown as T;
}

// ---- stamping an edit

export function stampEntry(before: Entry | undefined, after: Entry, context: StampContext): Entry {
  const out: Entry = { ...after };
  const at: FieldStamps = { ...after.at };
  for (const key of keysOf(before, after)) {
    const rule = own(context.rules, key);
    const was = before?.[key];
    const value = after[key];
    if (FIXED.has(key)) continue;
    if (rule) out[key] = rule.stamp(was, value, context, before, after, key, at);
    // Later than the stamp it replaces, whatever this browser's clock says (src/lib/stamp-time.ts).
    else if (asChanged(was) !== asChanged(value)) at[key] = stampTime(context.now, Number(own(before?.at, key) ?? 0));
  }
  return withStamps(out, at);
}

/**
 * `after`, an edit of `before` made in this tab at `now`, with the time of
 * each change: each changed field, each removed entry. Entries that were
 * removed before (an Undo, a restore) come back with new ids from `newId`.
 * Each change is stamped later than the stamp it replaces, whatever this
 * browser's clock says (`stampTime`, src/lib/stamp-time.ts).
 */
export function stampChanges<T extends object>(
  before: T | undefined,
  after: T,
  now: number,
  newId: () => string,
  rules: Rules,
): T {
  const a = after as unknown as Entry;
  const b = before as unknown as Entry | undefined;
  const removed = mergeRemoved(b?.removed as Stamps | undefined, a.removed as Stamps | undefined);
  const stamped = stampEntry(b, a, { removed, rules, now, newId });
  if ('removed' in a) stamped.removed = mergeRemoved(removed);
  return stamped as unknown as T;
}
