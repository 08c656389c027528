import * as v from 'valibot';
import { isCalendarDate } from '../lib/dates';

/**
 * A stored calendar date. Validated on every read and write, so an impossible
 * date (from a hand-edited backup, say) is set aside like any unreadable value
 * instead of breaking date maths on the page.
 */
export const calendarDateSchema = v.pipe(v.string(), v.check(isCalendarDate, 'calendarDate'));
