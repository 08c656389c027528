import { sessionParts } from './storage-session';

/*
 * The session's all-or-nothing write, for a restore, Reset all and their Undo (src/stores/all-data.ts): only My
 * progress does those, so it is not in the file every planner page loads (the storage session's, which hands it
 * its parts).
 */

type TransactionResult =
  | { ok: true }
  | { ok: false; reason: 'locked' | 'stuck'; keys: string[] }
  | { ok: false; reason: 'full' | 'unavailable' };

/**
 * Writes every entry or none: what each key held is kept in memory first, and
 * the first failed write puts every key back as it was. Removals go first,
 * since they free room. Keys holding newer or unreadable data refuse the whole group. A key that could not be put
 * back (the browser refusing its storage part-way) is named (`stuck`): the page still holds what it had.
 */
export function writeAll(entries: ReadonlyArray<readonly [string, string | null]>): TransactionResult {
  const { storage, pending, lockedKeys, writeNow, noteUnreadable, patchStatus } = sessionParts();
  const locked = entries.map(([key]) => key).filter((key) => lockedKeys.has(key));
  if (locked.length > 0) return { ok: false, reason: 'locked', keys: locked };
  if (!storage?.available) return { ok: false, reason: 'unavailable' };
  const before = new Map<string, string | null>();
  for (const [key] of entries) {
    const got = storage.read(key);
    if (!got.ok) {
      noteUnreadable(key);
      return { ok: false, reason: 'locked', keys: [key] };
    }
    before.set(key, got.value);
  }
  const written = new Map(entries);
  const ordered = [...entries].sort((a, b) => Number(a[1] !== null) - Number(b[1] !== null));
  const done: string[] = [];
  for (const [key, value] of ordered) {
    const outcome = writeNow(key, value);
    if (outcome !== 'saved') {
      // Put back what shrinks most first (a key added is removed, a long value made short again): a browser's room is
      // a total size, so each put-back then has the room the ones before freed, and none needs more than was stored
      // before or during this write. In entry order, a note put back long could find its room still held by a
      // value put back short only later, and stay overwritten while the reader was told nothing changed.
      const grows = (k: string) => (before.get(k)?.length ?? 0) - (written.get(k)?.length ?? 0);
      const stuck = done
        .sort((a, b) => grows(a) - grows(b))
        .filter((k) => writeNow(k, before.get(k) ?? null) !== 'saved');
      if (stuck.length > 0) return { ok: false, reason: 'stuck', keys: stuck };
      return { ok: false, reason: outcome === 'full' ? 'full' : 'unavailable' };
    }
    done.push(key);
  }
  // Only now: a write that fails part-way puts every key back as it was, and a change that waited for room in one of
  // them still waits (dropped earlier, it was neither stored nor waiting, and its store took it as written).
  for (const key of done) pending.delete(key);
  patchStatus({ unsaved: pending.size, lastSave: 'saved' });
  return { ok: true };
}
