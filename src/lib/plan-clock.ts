import { type ClockEntry, MAX_PLAN_REMOVED, PLAN_BOOKKEEPING_KEYS, type Plan } from '../schemas/plan';
import { newId } from './plan-model';
import { isObject, stableStringify } from './stable-json';
import { stampTime } from './stamp-time';

/*
 * Change stamps for 30-60-90 plans, so two tabs editing one plan always
 * converge without a common ancestor (localStorage has no compare-and-set,
 * so "the copy this tab last saved" is not a safe base when both tabs save
 * at nearly the same moment).
 *
 * Every field and every list item carries the stamp of its last change.
 * Merging takes, field by field, the value with the newer stamp; items
 * removed on one side stay removed unless the other side changed them after
 * the removal; list order follows the side that reordered last. A stamp also
 * remembers which other tab's value it was typed over, so a tab can tell
 * "the other tab saw my text and changed it" (ordinary editing) from "the
 * other tab never saw my text" (a lost edit, which the reader is offered back).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Objects stored as one value: a due date switches kind and day/date together; a source is one link. */
const ATOMIC_KEYS = new Set(['due', 'source']);
export const BOOKKEEPING = new Set<string>(PLAN_BOOKKEEPING_KEYS);

/** A stamp for `ms` (a whole number from 0 to 36^9 - 1, as `stampTime` gives) made by tab `tab`: sorts as text in time order. */
export function makeStamp(ms: number, tab: string): string {
  return `${ms.toString(36).padStart(9, '0')}-${tab}`;
}

function tabOf(stamp: string): string {
  return stamp.slice(stamp.indexOf('-') + 1);
}

/** A random id for this tab (page load). */
export function newTabId(): string {
  return newId().slice(0, 10);
}

/**
 * Stamps for one tab: each later than every stamp of the plans it is given (the plan a change edits, and what
 * replaces it), whatever this browser's clock says (`stampTime`, src/lib/stamp-time.ts), so also increasing for
 * several edits in one millisecond. The latest stamp a plan can hold is nine digits of base 36.
 */
export function createStampClock(tab: string, now: () => number = Date.now): (...plans: Plan[]) => string {
  return (...plans) => {
    // Stamps sort as text in time order: the newest is the greatest.
    let newest = '0';
    for (const plan of plans)
      for (const stamp of [...Object.values(plan.clock).map((entry) => entry.s), ...Object.values(plan.removed)])
        if (stamp > newest) newest = stamp;
    return makeStamp(stampTime(now(), parseInt(newest, 36), 36 ** 9 - 1), tab);
  };
}

function isItemList(value: unknown): value is (JsonObject & { id: string })[] {
  return Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');
}

function same(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

interface Flat {
  leaves: Map<string, Json>;
  lists: Map<string, string[]>;
  items: Set<string>;
}

/** Every field of a plan by path, every list with its ids, every item id. */
function flatten(plan: Plan): Flat {
  const flat: Flat = { leaves: new Map(), lists: new Map(), items: new Set() };
  const walk = (node: JsonObject, path: string, isItem: boolean) => {
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined) continue;
      if (path === '' && BOOKKEEPING.has(key)) continue;
      if (isItem && key === 'id') continue;
      const childPath = path ? `${path}.${key}` : key;
      if (ATOMIC_KEYS.has(key) || !(isObject(value) || Array.isArray(value))) {
        flat.leaves.set(childPath, value);
      } else if (isItemList(value)) {
        flat.lists.set(
          childPath,
          value.map((item) => item.id),
        );
        for (const item of value) {
          flat.items.add(item.id);
          walk(item, `#${item.id}`, true);
        }
      } else if (Array.isArray(value)) {
        value.forEach((entry, index) => {
          if (isObject(entry)) walk(entry, `${childPath}.${index}`, false);
          else flat.leaves.set(`${childPath}.${index}`, entry);
        });
      } else {
        walk(value, childPath, false);
      }
    }
  };
  walk(plan as unknown as JsonObject, '', false);
  return flat;
}

/** The item id a clock path belongs to (`#abc.text` → `abc`), if any. */
export function itemOfPath(path: string): string | undefined {
  if (!path.startsWith('#')) return undefined;
  const end = path.search(/[.@]/);
  return end === -1 ? path.slice(1) : path.slice(1, end);
}

function newestRemoved(removed: Record<string, string>): Record<string, string> {
  const entries = Object.entries(removed);
  if (entries.length <= MAX_PLAN_REMOVED) return removed;
  entries.sort((a, b) => compareStamps(b[1], a[1]));
  return Object.fromEntries(entries.slice(0, MAX_PLAN_REMOVED));
}

/**
 * `after` (an edit of `before` made in this tab) with stamps for what changed:
 * each changed field, each added item, each removed item, each reordered list.
 */
export function stampChanges(before: Plan, after: Plan, stamp: string): Plan {
  const was = flatten(before);
  const now = flatten(after);
  const clock: Record<string, ClockEntry> = { ...after.clock };
  const removed: Record<string, string> = { ...after.removed };
  const mark = (path: string) => {
    const previous = before.clock[path];
    // Keep pointing at the other tab's value this edit started from, across this tab's own keystrokes.
    const typedOver = previous ? (tabOf(previous.s) === tabOf(stamp) ? previous.p : previous.s) : undefined;
    clock[path] = typedOver ? { s: stamp, p: typedOver } : { s: stamp };
  };
  for (const path of new Set([...was.leaves.keys(), ...now.leaves.keys()])) {
    const item = itemOfPath(path);
    if (item && !now.items.has(item)) continue;
    if (!same(was.leaves.get(path), now.leaves.get(path))) mark(path);
  }
  for (const [path, ids] of now.lists) {
    if (!same(was.lists.get(path) ?? [], ids)) mark(`${path}@order`);
  }
  for (const id of now.items) {
    if (!was.items.has(id)) {
      clock[`#${id}`] = { s: stamp };
      delete removed[id];
    }
  }
  for (const id of was.items) {
    if (now.items.has(id)) continue;
    removed[id] = stamp;
    for (const path of Object.keys(clock)) if (itemOfPath(path) === id) delete clock[path];
  }
  return { ...after, clock, removed: newestRemoved(removed) };
}

/** A field whose value from this tab lost to another tab's, which never saw it. */
export interface LostEdit {
  path: string;
  value: Json;
}

interface PlanMerge {
  value: Plan;
  /** This tab's edits replaced by another tab's that were typed without seeing them. */
  lost: LostEdit[];
}

function compareStamps(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x === y ? 0 : x > y ? 1 : -1;
}

/**
 * Merges this tab's plan with another tab's copy of it. Deterministic and
 * symmetric in its value: both tabs reach the same plan whichever merges
 * first. `me` is this tab's id, to report which of its own edits were lost.
 */
export function mergePlans(local: Plan, remote: Plan, me: string): PlanMerge {
  const lost: LostEdit[] = [];
  const removed: Record<string, string> = { ...local.removed };
  for (const [id, stamp] of Object.entries(remote.removed)) {
    if (compareStamps(stamp, removed[id]) > 0) removed[id] = stamp;
  }
  const newestOfItem = (id: string): string => {
    let newest = '';
    for (const clock of [local.clock, remote.clock]) {
      for (const [path, entry] of Object.entries(clock)) {
        if (itemOfPath(path) === id && entry.s > newest) newest = entry.s;
      }
    }
    return newest;
  };
  const alive = (id: string): boolean => {
    const removal = removed[id];
    return removal === undefined || newestOfItem(id) > removal;
  };

  const pick = (path: string, l: Json | undefined, r: Json | undefined): Json | undefined => {
    const le = local.clock[path];
    const re = remote.clock[path];
    const order = compareStamps(le?.s, re?.s);
    if (same(l, r)) return l;
    // Equal stamps with different values only happen for data from before stamps: any fixed rule converges.
    const takeLocal = order > 0 || (order === 0 && stableStringify(l) > stableStringify(r));
    if (takeLocal) return l;
    if (le && tabOf(le.s) === me && re?.p !== le.s && l !== undefined) lost.push({ path, value: l });
    return r;
  };

  const mergeList = (
    path: string,
    l: (JsonObject & { id: string })[],
    r: (JsonObject & { id: string })[],
  ): JsonObject[] => {
    const orderCmp = compareStamps(local.clock[`${path}@order`]?.s, remote.clock[`${path}@order`]?.s);
    const lIds = l.map((item) => item.id);
    const rIds = r.map((item) => item.id);
    const localLeads = orderCmp > 0 || (orderCmp === 0 && stableStringify(lIds) >= stableStringify(rIds));
    const [leading, other] = localLeads ? [lIds, rIds] : [rIds, lIds];
    const ids = [...leading];
    // Items only the other side has go right after their neighbour there (which is placed by then).
    other.forEach((id, index) => {
      if (ids.includes(id)) return;
      const before = index > 0 ? other[index - 1] : undefined;
      ids.splice(before === undefined ? 0 : ids.indexOf(before) + 1, 0, id);
    });
    const lById = new Map(l.map((item) => [item.id, item]));
    const rById = new Map(r.map((item) => [item.id, item]));
    const merged: JsonObject[] = [];
    for (const id of ids) {
      if (!alive(id)) continue;
      const li = lById.get(id);
      const ri = rById.get(id);
      if (li && ri) merged.push({ id, ...mergeObject(`#${id}`, li, ri, true) });
      else merged.push((li ?? ri) as JsonObject);
    }
    return merged;
  };

  const mergeObject = (path: string, l: JsonObject, r: JsonObject, isItem: boolean): JsonObject => {
    const out: JsonObject = {};
    for (const key of new Set([...Object.keys(l), ...Object.keys(r)])) {
      if ((path === '' && BOOKKEEPING.has(key)) || (isItem && key === 'id')) continue;
      const childPath = path ? `${path}.${key}` : key;
      const lv = l[key];
      const rv = r[key];
      let value: Json | undefined;
      if (ATOMIC_KEYS.has(key)) value = pick(childPath, lv, rv);
      else if (isItemList(lv) && isItemList(rv)) value = mergeList(childPath, lv, rv);
      else if (Array.isArray(lv) && Array.isArray(rv) && lv.length === rv.length) {
        value = lv.map((entry, index) => {
          const other = rv[index];
          return isObject(entry) && isObject(other)
            ? mergeObject(`${childPath}.${index}`, entry, other, false)
            : ((pick(`${childPath}.${index}`, entry, other) ?? null) as Json);
        });
      } else if (isObject(lv) && isObject(rv)) value = mergeObject(childPath, lv, rv, false);
      else value = pick(childPath, lv, rv);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };

  const content = mergeObject('', local as unknown as JsonObject, remote as unknown as JsonObject, false);
  const items = flatten({ ...local, ...content } as Plan).items;
  const clock: Record<string, ClockEntry> = {};
  for (const source of [local.clock, remote.clock]) {
    for (const [path, entry] of Object.entries(source)) {
      const item = itemOfPath(path);
      if (item && !items.has(item)) continue;
      if (compareStamps(entry.s, clock[path]?.s) > 0) clock[path] = entry;
    }
  }
  for (const id of items) delete removed[id];
  const value = {
    ...content,
    v: local.v,
    id: local.id,
    createdAt: Math.min(local.createdAt, remote.createdAt),
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
    clock,
    removed: newestRemoved(removed),
  } as unknown as Plan;
  return { value, lost };
}
