import { type Due, MAX_PLAN_DAY, type Person, type Plan } from '../schemas/plan';
import { addDays, type DateRange } from './dates';

/** Days each phase covers: 1-30, 31-60, 61-90. */
export const PHASE_DAYS = [
  { first: 1, last: 30 },
  { first: 31, last: 60 },
  { first: 61, last: 90 },
] as const;

/** The calendar date of plan day `day`; day 1 is the start date. */
export function dayDate(startDate: string, day: number): string {
  return addDays(startDate, day - 1);
}

/**
 * Reads a day field (a due day, a person's "by day"): empty is no day (undefined), else a whole number from 1 to
 * MAX_PLAN_DAY, as the stored plan holds it; `false` when it is neither (0, -3, 400, 2.5, or what the browser
 * cannot read as a number, which it reports as empty with `unreadable`, its validity's badInput).
 */
export function readPlanDay(text: string, unreadable = false): number | undefined | false {
  if (text.trim() === '') return unreadable ? false : undefined;
  const day = Number(text);
  return Number.isInteger(day) && day >= 1 && day <= MAX_PLAN_DAY ? day : false;
}

/** Calendar dates of phase `index` (0, 1, 2). */
export function phaseRange(startDate: string, index: number): DateRange {
  const days = PHASE_DAYS[index] ?? PHASE_DAYS[0];
  return { start: dayDate(startDate, days.first), end: dayDate(startDate, days.last) };
}

/** The calendar date an action is due, if it can be known. */
export function dueDate(due: Due | undefined, startDate: string | undefined): string | undefined {
  if (!due) return undefined;
  if (due.kind === 'date') return due.date;
  return startDate ? dayDate(startDate, due.day) : undefined;
}

/** An open action whose due date has passed. */
export function isOverdue(due: Due | undefined, status: string, startDate: string | undefined, today: string): boolean {
  const date = dueDate(due, startDate);
  return date !== undefined && date < today && status !== 'done' && status !== 'na';
}

/** A person not met by their day, which has passed: the one rule of the Edit view and the timeline, as for actions. */
export function isPersonOverdue(person: Person, startDate: string | undefined, today: string): boolean {
  const { byDay, met } = person;
  return byDay !== undefined && isOverdue({ kind: 'day', day: byDay }, met ? 'done' : 'todo', startDate, today);
}

/** Whether a plan has anything to put in a calendar: a start date, or an action with a date (not "not applicable"). */
export function hasCalendarDates(plan: Plan): boolean {
  return (
    Boolean(plan.startDate) ||
    plan.phases.some((phase) =>
      phase.goals.some((goal) =>
        goal.actions.some((action) => action.status !== 'na' && dueDate(action.due, plan.startDate) !== undefined),
      ),
    )
  );
}
