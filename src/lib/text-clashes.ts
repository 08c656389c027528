/*
 * Two tabs that each changed one record before hearing of the other's save are merged by the record store
 * (field by field, or by change stamps), and both tabs converge. Where both wrote the reader's words in the same
 * place, the merge keeps one text: the other was typed by the reader and is gone from the record. This finds
 * those texts, so the reader can be told and offered them back (src/stores/text-clash.ts).
 *
 * Records are compared by path: an object's keys, and in a list of entries (team members, CSMs) each entry's
 * `id` (or `week`), so an entry stays itself wherever the merge puts it.
 */

/** Keys and entry ids from the record down to one text. */
type TextPath = readonly string[];

/** One place where this tab (`mine`) and another (`theirs`) wrote different texts, and whose the record kept. */
interface TextClash {
  path: TextPath;
  mine: string;
  theirs: string;
  kept: 'mine' | 'theirs';
}

type Node = Record<string, unknown>;

/** Books a record keeps about itself (versions, ids, change stamps, removals): never the reader's words. */
const BOOKS = new Set(['v', 'kind', 'id', 'week', 'at', 'removed', 'updatedAt', 'added']);

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const entryKey = (entry: unknown): string | undefined => {
  if (!isNode(entry)) return undefined;
  const key = entry.id ?? entry.week;
  return key === undefined ? undefined : String(key);
};

/** An object's fields, or a list's entries by their key, as one shape to walk. */
function children(value: unknown): Node | undefined {
  if (Array.isArray(value)) {
    const byKey: Node = {};
    for (const entry of value) {
      const key = entryKey(entry);
      if (key !== undefined) byKey[key] = entry;
    }
    return byKey;
  }
  return isNode(value) ? value : undefined;
}

const text = (value: unknown): string | undefined =>
  value === undefined ? '' : typeof value === 'string' ? value : undefined;

/**
 * The texts under `keys` (the kind's fields that hold the reader's words, such as `note`) that this tab and
 * another both changed since `base` (the stored record this tab's copy was based on; `undefined`: none) to
 * different values, where `merged` kept one and the other held words (a text cleared in one tab loses no words).
 */
export function textClashes(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  merged: unknown,
  keys: readonly string[],
): TextClash[] {
  const clashes: TextClash[] = [];
  const walk = (b: unknown, m: unknown, t: unknown, k: unknown, path: string[]): void => {
    const [nb, nm, nt, nk] = [b, m, t, k].map(children);
    if (!nm || !nt) return;
    for (const key of new Set([...Object.keys(nm), ...Object.keys(nt)])) {
      if (!Array.isArray(m) && BOOKS.has(key)) continue;
      const [vb, vm, vt, vk] = [nb, nm, nt, nk].map((node) =>
        node && Object.hasOwn(node, key) ? node[key] : undefined,
      );
      if (Array.isArray(m) || !keys.includes(key)) {
        walk(vb, vm, vt, vk, [...path, key]);
        continue;
      }
      const [sb, sm, st, sk] = [vb, vm, vt, vk].map(text);
      if (sm === undefined || st === undefined || sm === sb || st === sb || sm === st) continue;
      const kept = sk === sm ? 'mine' : sk === st ? 'theirs' : undefined;
      const lost = kept === 'mine' ? st : sm;
      if (kept && lost.trim()) clashes.push({ path: [...path, key], mine: sm, theirs: st, kept });
    }
  };
  walk(base, mine, theirs, merged, []);
  return clashes;
}

/** `record` with `value` at `path` (a path `textClashes` found); unchanged where the path no longer leads anywhere. */
export function withText<T>(record: T, path: TextPath, value: string): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  if (Array.isArray(record)) {
    const index = record.findIndex((entry) => entryKey(entry) === key);
    if (index < 0) return record;
    const copy = [...record];
    copy[index] = withText(copy[index], rest, value);
    return copy as T;
  }
  if (!isNode(record)) return record;
  if (rest.length > 0 && !isNode(record[key])) return record;
  return { ...record, [key]: rest.length > 0 ? withText(record[key], rest, value) : value };
}
