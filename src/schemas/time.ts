import * as v from 'valibot';
import { isIsoTime, MAX_TIME } from '../lib/dates';

/*
 * The stored moments: when a record last changed, when a plan was made, when the reader last backed up. One
 * schema each, so every kind bounds them alike: a time the site could not show as a date (a hand-edited backup
 * holding 2^53 - 1, say) is refused on restore and set aside on read, instead of breaking the page that shows it.
 */

/** A moment in ms since 1970, up to the last day the planners accept (MAX_TIME). */
export const timeSchema = v.pipe(
  v.number(),
  v.check((time) => Number.isSafeInteger(time) && time >= 0 && time <= MAX_TIME, 'time'),
);

/** A date-time as `toISOString` writes it, a real one (no 30 February). */
export const isoTimeSchema = v.pipe(v.string(), v.maxLength(40), v.check(isIsoTime, 'isoTime'));
