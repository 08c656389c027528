import type { Due, Person, Plan } from '../schemas/plan';
import { addDays, type ClosedRange } from './dates';

/**
 * Latest day of the plan an action or a person to meet may be set to (day 1 is the start date): a year. Here, not
 * in the plan's schema, which reads it from here: imported from the schema, the value tied this module to the
 * validator, and the timeline and the exports, which load it on demand, split the plan builder's shared file in
 * two (+306 bytes gzip on My progress).
 */
export const MAX_PLAN_DAY = 366;

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

/** Calendar dates of phase `index` (0, 1, 2). */
export function phaseRange(startDate: string, index: number): ClosedRange {
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
