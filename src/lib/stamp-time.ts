/*
 * When a change is stamped, for every kind whose two tabs' copies merge by change stamps (plans, the career
 * ladder's ratings, the manager toolkit's records): the merge keeps, field by field, the value with the later
 * stamp, so a change must be stamped later than what it replaces, whatever this browser's clock says. A record
 * may carry stamps ahead of it: saved in a browser whose clock is fast (a backup from a laptop an hour ahead), or
 * restored from a corrupt or hostile backup stamped in 2099. Until December 7 a change stamped by this clock alone
 * lost to them: the other tab kept the older value and wrote it back (docs/data-safety.md, "Two tabs").
 *
 * So a change is stamped now, or one more than the stamp it must beat, whichever is later (a hybrid logical
 * clock): a stamp far ahead moves forward by one at each change, and never freezes a field. What it must beat:
 * for the ladder and the toolkit, the field's (or the piece's) own stamp (`stampEntry` in manager/merge.ts, the
 * ladder's evidence in ladder-merge.ts), which is all their merge compares; for a plan, the newest stamp of the
 * plan (`createStampClock`, plan-clock.ts), since its merge also weighs a removal against every stamp of the item.
 * Only the very last stamp a record can hold (`most`) cannot move: there the merge's fixed rule for equal
 * stamps decides.
 */

import { MAX_TIME } from './dates';

/** The stamp of a change made `now` that must beat `newest` (times in ms, as the stamps hold). */
export function stampTime(now: number, newest: number, most = MAX_TIME): number {
  return Math.min(Math.max(now, newest + 1), most);
}
