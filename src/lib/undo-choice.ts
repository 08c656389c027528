import { stableStringify } from './stable-json';

/*
 * What Undo of a restore or of Reset all does with one record (src/stores/all-data.ts). Put back when nothing
 * changed it since, as every Undo does; otherwise the reader loses neither what it held before nor what was
 * done since: merged, where the change had removed it and the kind merges two tabs' copies (whatever is there
 * now was made since from nothing, so both belong), else left as it is now with what it held before kept aside.
 */

type UndoChoice<T> =
  /** Unchanged since: the record store's undo puts it back. */
  | { do: 'put back' }
  /** Nothing to bring back (it did not exist before): what is there now stays. */
  | { do: 'keep' }
  /** What it held before and what it holds now, merged. */
  | { do: 'merge'; value: T }
  /** What it holds now stays; what it held before is kept aside. */
  | { do: 'aside'; value: T };

/**
 * `before`: the record before the change; `after`: what the change left; `now`: what is stored now; `locked`:
 * stored by a newer version or not readable (never written over); `merge`: the kind's merge of two copies.
 */
export function undoChoice<T>(
  before: T | undefined,
  after: T | undefined,
  now: T | undefined,
  locked: boolean,
  merge?: (local: T, remote: T) => T,
): UndoChoice<T> {
  if (!locked && stableStringify(now) === stableStringify(after)) return { do: 'put back' };
  if (before === undefined) return { do: 'keep' };
  // A change that left the record in place (a restore) stamped it newer than `before`: merged, `before` would lose.
  if (!locked && merge && now !== undefined && after === undefined) return { do: 'merge', value: merge(now, before) };
  return { do: 'aside', value: before };
}
