/*
 * When a change is stamped, for every kind whose two tabs' copies merge by change stamps (plans, the career
 * ladder's ratings, the manager toolkit's records): the merge keeps, field by field, the value with the later
 * stamp, so a change must be stamped later than what it replaces, whatever this browser's clock says. A record
 * may carry stamps ahead of it: saved in a browser whose clock is fast (a backup from a laptop an hour ahead), or
 * restored from a corrupt or hostile backup stamped in 2099. A change stamped by this clock alone lost to them:
 * the other tab kept the older value and wrote it back (until December 7, docs/data-safety.md). So a change is
 * stamped now, or one more than the newest stamp of the record it changes, whichever is later (a hybrid logical
 * clock): a stamp far ahead moves forward by one at each change, and never freezes a field. Only the very last
 * stamp a record can hold (`most`) cannot move: there the merge's fixed rule for equal stamps decides.
 */

import { MAX_TIME } from './dates';

/** The stamp of a change made `now` to a record whose newest stamp is `newest` (a time in ms, as the stamps hold). */
export function stampTime(now: number, newest: number, most = MAX_TIME): number {
  return Math.min(Math.max(now, newest + 1), most);
}
