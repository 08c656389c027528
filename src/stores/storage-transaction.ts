import { sessionParts } from './storage-session';

/*
 * The session's all-or-nothing write, for a restore, Reset all and their Undo (src/stores/all-data.ts): only My
 * progress does those, so it is not in the file every planner page loads (the storage session's, which hands it
 * its parts).
 */

export type TransactionResult =
  | { ok: true }
  | { ok: false; reason: 'locked'; keys: string[] }
  | { ok: false; reason: 'full' | 'unavailable' };

/**
 * Writes every entry or none: what each key held is kept in memory first, and
 * the first failed write puts every key back as it was. Removals go first,
 * since they free room. Keys holding newer or unreadable data refuse the whole group.
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
  const ordered = [...entries].sort((a, b) => Number(a[1] !== null) - Number(b[1] !== null));
  const done: string[] = [];
  for (const [key, value] of ordered) {
    const outcome = writeNow(key, value);
    if (outcome !== 'saved') {
      // Put back: first remove what was added (frees room), then restore what was replaced.
      const undo = done.map((k) => [k, before.get(k) ?? null] as const);
      undo.sort((a, b) => Number(a[1] !== null) - Number(b[1] !== null));
      for (const [k, old] of undo) writeNow(k, old);
      return { ok: false, reason: outcome === 'full' ? 'full' : 'unavailable' };
    }
    done.push(key);
    pending.delete(key);
  }
  patchStatus({ unsaved: pending.size, lastSave: 'saved' });
  return { ok: true };
}
