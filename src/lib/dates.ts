/**
 * Calendar maths on plain dates (`YYYY-MM-DD`), done in UTC so a date never
 * shifts with the reader's time zone or daylight saving.
 */
const DAY_MS = 86_400_000;

/** Earliest and latest dates the planners accept: a start date outside them is a typo, not a plan. */
export const MIN_DATE = '1970-01-01';
export const MAX_DATE = '2099-12-31';

/**
 * The last moment of MAX_DATE (UTC). A stored time (ms since 1970) past it is not one the site wrote: past
 * 8.64e15 a Date is invalid, and showing it as a date throws.
 */
export const MAX_TIME = Date.UTC(2099, 11, 31, 23, 59, 59, 999);

/**
 * Whether `value` is a date-time as the site writes it (`toISOString`, between 1970 and MAX_TIME), read back to
 * the same text: a 30 February is refused, not rolled over to 2 March.
 */
export function isIsoTime(value: string): boolean {
  const time = Date.parse(value);
  return time >= 0 && time <= MAX_TIME && new Date(time).toISOString() === value;
}

/**
 * Whether `value` is a real `YYYY-MM-DD` calendar date between MIN_DATE and MAX_DATE (no 31 February): its
 * midnight (UTC) is a date-time as the site writes it, which says all of that at once (the text read back the
 * same, between 1970 and MAX_TIME). Written so for size, as this file is in every planner page's first load
 * (December 7: it took the date apart and put it together again).
 */
export function isCalendarDate(value: string): boolean {
  return isIsoTime(`${value}T00:00:00.000Z`);
}

/** A real `YYYY-MM-DD` date the planners accept (1970-01-01 to 2099-12-31), or undefined. */
export function parseIsoDate(value: unknown): string | undefined {
  return typeof value === 'string' && isCalendarDate(value) ? value : undefined;
}

/** A date's midnight, UTC: a date alone (`YYYY-MM-DD`) is read as UTC, unlike a date with a time (ECMAScript's rule). */
function toUtc(iso: string): Date {
  return new Date(iso);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `iso` moved by `days` (negative goes back). */
export function addDays(iso: string, days: number): string {
  return fromUtc(new Date(+toUtc(iso) + days * DAY_MS));
}

/** `iso` moved by whole months; a day past the month's end becomes its last day (31 Jan + 1 month = 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = toUtc(iso);
  const day = date.getUTCDate();
  date.setUTCMonth(date.getUTCMonth() + months, day);
  // A day past that month's end rolled into the next month: back to the month's last day (day 0 of the next).
  if (date.getUTCDate() !== day) date.setUTCDate(0);
  return fromUtc(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((+toUtc(to) - +toUtc(from)) / DAY_MS);
}

export interface DateRange {
  start: string;
  /** Last day, inclusive; undefined for an open-ended period. */
  end: string | undefined;
}

/** A range with a last day. */
export type ClosedRange = DateRange & { end: string };

/** Week `week` (1-based) of a program that starts on `start`: seven days, day 1 is the start date. */
export function weekRange(start: string, week: number): ClosedRange {
  const first = addDays(start, (week - 1) * 7);
  return { start: first, end: addDays(first, 6) };
}

/** Month `month` (1-based) from `start`; `openEnded` for "beyond month 3". */
export function monthRange(start: string, month: number, openEnded = false): DateRange {
  const first = addMonths(start, month - 1);
  return { start: first, end: openEnded ? undefined : addDays(addMonths(start, month), -1) };
}

/** Whether `day` is inside `range` (inclusive). */
export function inRange(day: string, range: DateRange): boolean {
  return day >= range.start && (range.end === undefined || day <= range.end);
}

/**
 * Today in the reader's own calendar, as `YYYY-MM-DD`: the moment moved by its time zone's offset (daylight saving
 * included, as it is at that moment), whose UTC date is then the local one. Written so for size, as this file is in
 * every planner page's first load (December 7: the local year, month and day, each padded).
 */
export function localToday(now: Date = new Date()): string {
  return fromUtc(new Date(+now - now.getTimezoneOffset() * 60_000));
}

// The formatters are made on first use, not when the module loads: making the first Intl object loads the
// locale's data, about 70 ms of a checklist page's start at 4x CPU throttling (a CPU profile, issue 17) on a
// page that may never show a date. The same holds for every Intl object the planners' modules keep.
let dayFormat: Intl.DateTimeFormat | undefined;
let dayMonthFormat: Intl.DateTimeFormat | undefined;

/** `4 Jan 2027`. */
export function formatDate(iso: string): string {
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(toUtc(iso));
}

/**
 * `4 Jan – 10 Jan 2027` or `28 Dec 2026 – 3 Jan 2027` (the year once, unless it changes). A range that may be
 * open-ended needs `from`, the caller's words for one that is ("from 4 Apr 2027"): this module, which every planner
 * page loads, carries no words, and only the checklists have such ranges.
 */
export function formatRange(range: ClosedRange): string;
export function formatRange(range: DateRange, from: (date: string) => string): string;
export function formatRange(range: DateRange, from?: (date: string) => string): string {
  if (range.end === undefined) return from ? from(formatDate(range.start)) : formatDate(range.start);
  const sameYear = range.start.slice(0, 4) === range.end.slice(0, 4);
  dayMonthFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const first = sameYear ? dayMonthFormat.format(toUtc(range.start)) : formatDate(range.start);
  return `${first} – ${formatDate(range.end)}`;
}
