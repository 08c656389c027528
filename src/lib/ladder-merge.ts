import {
  byKey,
  type FieldStamps,
  type KeyRule,
  mergeRemoved,
  mergeStampedRecords,
  newest,
  own,
  type Rules,
  type Stamps,
  stampChanges,
} from './manager/merge';
import { stampTime } from './stamp-time';

/*
 * The career ladder's rule for the merge (src/lib/manager/merge.ts): a
 * rating's rating and note are plain stamped fields; its evidence is a list of
 * ids that point elsewhere (the pieces of evidence, each under its own key),
 * stamped per id (`at.evidence[id]`: when it was last attached or detached).
 * An id is in the merged list if the copy with its newer stamp has it (or
 * either copy, where the stamps are equal), so pieces attached in both tabs
 * are all kept, and a piece detached stays detached unless it was attached
 * again later (an Undo keeps its id). The list is in the order of those
 * stamps, then by id, and the newest `MAX_MANAGER_REMOVED` stamps of detached
 * ids are kept, as the manager toolkit's removals are.
 */

/**
 * `ids` (those in the list) in the order of their stamps, then by id; their
 * stamps and the newest of the others (ids taken out) go in `at[key]`.
 */
function ordered(ids: string[], stamps: Stamps, at: FieldStamps, key: string): string[] {
  const gone: Stamps = {};
  const kept: Stamps = {};
  for (const [id, time] of Object.entries(stamps)) (ids.includes(id) ? kept : gone)[id] = time;
  const all = { ...mergeRemoved(gone), ...kept };
  if (Object.keys(all).length > 0) at[key] = all;
  else delete at[key];
  const stamp = (id: string) => own(stamps, id) ?? 0;
  return ids.sort((x, y) => stamp(x) - stamp(y) || byKey(x, y));
}

const idList: KeyRule = {
  // Each id in or out as the copy with its newer stamp has it (in, on equal stamps: nothing either holds is dropped).
  merge(x: string[] = [], y: string[] = [], _context, a, b, key, at) {
    const sx = own(a.at, key) as Stamps | undefined;
    const sy = own(b.at, key) as Stamps | undefined;
    const stamps = newest(sx, sy);
    const ids = [...new Set([...x, ...y, ...Object.keys(stamps)])].filter((id) => {
      const p = own(sx, id) ?? 0;
      const q = own(sy, id) ?? 0;
      return (p >= q && x.includes(id)) || (q >= p && y.includes(id));
    });
    return ordered(ids, stamps, at, key);
  },
  // Ids taken out are stamped now; ids put in, now too, several at once (a restore, an Undo) a millisecond apart
  // in their order, so they keep it; each later than its own last stamp, whatever this browser's clock says
  // (src/lib/stamp-time.ts). The others keep their newest stamp (an Undo or a restore brings older ones).
  stamp(was: string[] = [], ids: string[] = [], { now }, before, after, key, at) {
    const stamps = newest(own(before?.at, key) as Stamps | undefined, own(after.at, key) as Stamps | undefined);
    const added = ids.filter((id) => !was.includes(id));
    for (const id of was) if (!ids.includes(id)) stamps[id] = stampTime(now, own(stamps, id) ?? 0);
    added.forEach((id, index) => {
      stamps[id] = stampTime(now - added.length + 1 + index, own(stamps, id) ?? -1);
    });
    return ordered([...ids], stamps, at, key);
  },
};

const RATING_RULES: Rules = { evidence: idList };

/** Two tabs' copies of one ladder item's rating merged: both tabs reach it, whichever merges first. */
export function mergeRatings<T extends object>(local: T, remote: T): T {
  return mergeStampedRecords(local, remote, RATING_RULES);
}

/** `after`, an edit of `before` made in this tab at `now`, with the time of each field and piece it changed. */
export function stampRatingChanges<T extends object>(before: T, after: T, now: number): T {
  return stampChanges(before, after, now, () => '', RATING_RULES);
}
