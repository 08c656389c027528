/*
 * Three-way merge of a plan edited in two tabs: every field changed on only
 * one side is kept; lists of items with ids merge item by item (additions
 * from both sides kept, deletions honoured unless the other side edited the
 * item); a field changed differently on both sides keeps this tab's text and
 * is reported, so the reader can be told.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MergeResult<T> {
  value: T;
  /** Paths of fields both sides changed differently (this tab's value kept). */
  conflicts: string[];
}

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function hasIds(list: unknown): list is { id: string }[] {
  return Array.isArray(list) && list.every((item) => isObject(item) && typeof item.id === 'string');
}

function mergeValue(base: unknown, local: unknown, remote: unknown, path: string, conflicts: string[]): unknown {
  if (same(local, remote)) return local;
  if (same(local, base)) return remote;
  if (same(remote, base)) return local;

  if (isObject(local) && isObject(remote)) {
    const baseObject = isObject(base) ? base : {};
    const keys = new Set([...Object.keys(local), ...Object.keys(remote)]);
    const merged: Record<string, unknown> = {};
    for (const key of keys) {
      const value = mergeValue(baseObject[key], local[key], remote[key], path ? `${path}.${key}` : key, conflicts);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }

  if (hasIds(local) && hasIds(remote)) {
    const baseList = hasIds(base) ? base : [];
    const byId = (list: { id: string }[]) => new Map(list.map((item) => [item.id, item]));
    const baseItems = byId(baseList);
    const localItems = byId(local);
    const remoteItems = byId(remote);
    const order = [
      ...local.map((item) => item.id),
      ...remote.map((item) => item.id).filter((id) => !localItems.has(id)),
    ];
    const merged: unknown[] = [];
    for (const id of order) {
      const b = baseItems.get(id);
      const l = localItems.get(id);
      const r = remoteItems.get(id);
      // Deleted on one side: gone, unless the other side changed it since.
      if (b && !l && (!r || same(r, b))) continue;
      if (b && !r && (!l || same(l, b))) continue;
      merged.push(mergeValue(b, l ?? r, r ?? l, `${path}[${id}]`, conflicts));
    }
    return merged;
  }

  if (Array.isArray(local) && Array.isArray(remote) && local.length === remote.length) {
    const baseList = Array.isArray(base) ? base : [];
    return local.map((item, i) => mergeValue(baseList[i], item, remote[i], `${path}[${i}]`, conflicts));
  }

  conflicts.push(path);
  return local;
}

/** Merges `local` and `remote`, both edited from `base`. */
export function mergeThreeWay<T>(base: T, local: T, remote: T): MergeResult<T> {
  const conflicts: string[] = [];
  const value = mergeValue(base, local, remote, '', conflicts) as T;
  return { value, conflicts: conflicts.filter((path) => !/(^|\.)updatedAt$/.test(path)) };
}
