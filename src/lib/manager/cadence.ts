import type { ManagerSettings } from '../../schemas/manager';
import { addDays, addMonths, daysBetween } from '../dates';
import { type WeekStart, weekStartOf } from './one-on-one-week';

/*
 * What is due, done and overdue, for the cadences the seed gives:
 * - a schedule cuts time into periods (a calendar month, a week, a quarter,
 *   the reader's twice-monthly choice);
 * - done: done at least once in the current period;
 * - due: not yet this period, but done in the period before (or never done:
 *   nothing was missed yet);
 * - overdue: neither this period nor the one before.
 * "On a regular basis" has no period: only the last date is shown.
 */

export type Schedule =
  | { kind: 'monthly' }
  | { kind: 'weekly'; weekStart: WeekStart }
  | { kind: 'quarterly'; firstMonth: 1 | 2 | 3 }
  | { kind: 'twice-monthly-days'; days: readonly [number, number] }
  | { kind: 'every-two-weeks'; from: string };

export type CadenceState = 'done' | 'due' | 'overdue';

export interface CadenceStatus {
  state: CadenceState;
  /** Latest date done on or before today. */
  lastDone: string | undefined;
  /** First day of the current period. */
  periodStart: string;
  /** First day of the next period. */
  nextPeriod: string;
  /**
   * First day of the first period without it: the period after the one it
   * was last done in (done 15 Oct, monthly: 1 Nov, however late it is now),
   * this period when it was never done, the next one when it is done.
   */
  dueSince: string;
}

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
const withDay = (iso: string, day: number) => `${iso.slice(0, 8)}${String(day).padStart(2, '0')}`;

/** The first day of the period `iso` is in. */
export function periodStartOf(schedule: Schedule, iso: string): string {
  switch (schedule.kind) {
    case 'monthly':
      return monthStart(iso);
    case 'weekly':
      return weekStartOf(iso, schedule.weekStart);
    case 'quarterly': {
      const month = Number(iso.slice(5, 7));
      const offset = (((month - schedule.firstMonth) % 3) + 3) % 3;
      return addMonths(monthStart(iso), -offset);
    }
    case 'twice-monthly-days': {
      const [a, b] = [...schedule.days].sort((x, y) => x - y) as [number, number];
      const day = Number(iso.slice(8, 10));
      if (day >= b) return withDay(iso, b);
      if (day >= a) return withDay(iso, a);
      return withDay(addMonths(monthStart(iso), -1), b);
    }
    case 'every-two-weeks': {
      const days = daysBetween(schedule.from, iso);
      return addDays(schedule.from, Math.floor(days / 14) * 14);
    }
  }
}

/** The first day of the period after the one starting `start`. */
export function nextPeriodStart(schedule: Schedule, start: string): string {
  switch (schedule.kind) {
    case 'monthly':
      return addMonths(start, 1);
    case 'weekly':
      return addDays(start, 7);
    case 'quarterly':
      return addMonths(start, 3);
    case 'every-two-weeks':
      return addDays(start, 14);
    case 'twice-monthly-days': {
      // The next period starts after the longest gap the schedule has: search forward day by day.
      let day = addDays(start, 1);
      while (periodStartOf(schedule, day) === start) day = addDays(day, 1);
      return day;
    }
  }
}

/** The first day of the period before the one starting `start`. */
function previousPeriodStart(schedule: Schedule, start: string): string {
  return periodStartOf(schedule, addDays(start, -1));
}

/** Due, done or overdue today, from the dates it was done. */
export function cadenceStatus(schedule: Schedule, doneDates: readonly string[], today: string): CadenceStatus {
  const periodStart = periodStartOf(schedule, today);
  const nextPeriod = nextPeriodStart(schedule, periodStart);
  const lastDone = lastDoneDate(doneDates, today);
  const state: CadenceState =
    lastDone !== undefined && lastDone >= periodStart
      ? 'done'
      : lastDone === undefined || lastDone >= previousPeriodStart(schedule, periodStart)
        ? 'due'
        : 'overdue';
  const dueSince = lastDone === undefined ? periodStart : nextPeriodStart(schedule, periodStartOf(schedule, lastDone));
  return { state, lastDone, periodStart, nextPeriod, dueSince };
}

/** The latest date done on or before today ("on a regular basis": no due date). */
export function lastDoneDate(doneDates: readonly string[], today: string): string | undefined {
  return doneDates
    .filter((date) => date <= today)
    .sort()
    .at(-1);
}

/** Whether two days of each month are one day twice: once a month, not the seed's "at least twice-monthly". */
export function sameRenewalDays(days: readonly [number, number]): boolean {
  return days[0] === days[1];
}

/**
 * Renewal Review's schedule as the reader chose it, or undefined (the seed names no days). The page refuses one day
 * twice, but a backup from before it did may hold one: it is read as it is (nothing stored is changed behind the
 * reader's back) and counts as not chosen, so no row or calendar calls a monthly review twice-monthly, and the
 * page's field says why until the reader picks a second day; inventing that day for them would be the surprise.
 */
export function renewalSchedule(settings: ManagerSettings | undefined): Schedule | undefined {
  const renewal = settings?.renewal;
  if (!renewal || (renewal.rule === 'days' && sameRenewalDays(renewal.days))) return undefined;
  return renewal.rule === 'days'
    ? { kind: 'twice-monthly-days', days: renewal.days }
    : { kind: 'every-two-weeks', from: renewal.from };
}
