import { addDays } from '../dates';

/*
 * The 1:1 cadence's week rule. The seed: "`1st week` is defined as the first
 * **full** week of the month". A full week starting Monday lies inside one
 * month exactly when it starts on the month's first Monday (days 1 to 7), so
 * a week's place is counted from the day it starts: days 1–7 the 1st week,
 * 8–14 the 2nd, 15–21 the 3rd, 22–28 the 4th. A week starting on the 29th,
 * 30th or 31st is a 5th week: it follows the month's 4th week and comes
 * before the next month's first full week, and the handbook defines no
 * agenda for it. Weeks start on Monday unless the reader chooses Sunday.
 */

export type WeekStart = 'monday' | 'sunday';
type WeekIndex = 1 | 2 | 3 | 4 | 5;

export interface CadenceWeek {
  /** First day of the week (`YYYY-MM-DD`). */
  start: string;
  /** Last day of the week. */
  end: string;
  /** The month the week belongs to (`YYYY-MM`): the month of its first day. */
  month: string;
  /** 1st to 4th week of that month, or 5 for the week the handbook does not define. */
  index: WeekIndex;
}

/** Day of the week of a `YYYY-MM-DD` date, 0 = Sunday. */
export function dayOfWeek(iso: string): number {
  // A date-only ISO string is read as midnight UTC (ECMAScript's date time string format).
  return new Date(iso).getUTCDay();
}

/** The first day of the week `iso` is in. */
export function weekStartOf(iso: string, weekStart: WeekStart = 'monday'): string {
  const first = weekStart === 'monday' ? 1 : 0;
  return addDays(iso, -((dayOfWeek(iso) - first + 7) % 7));
}

/** Which week of the 1:1 cadence `iso` falls in. */
export function cadenceWeek(iso: string, weekStart: WeekStart = 'monday'): CadenceWeek {
  const start = weekStartOf(iso, weekStart);
  const day = Number(start.slice(8, 10));
  return {
    start,
    end: addDays(start, 6),
    month: start.slice(0, 7),
    index: Math.ceil(day / 7) as WeekIndex,
  };
}
