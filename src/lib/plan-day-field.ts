import type { Due } from '../schemas/plan';
import { MAX_PLAN_DAY } from './plan-dates';

/*
 * What the plan builder's day fields take, and which kind of field edits a due. A module of its own, not in plan-dates.ts: that one is shared with My
 * progress's plan cards, which would carry this too.
 */

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

/**
 * Which field edits an action's due: the kind it is stored as, a day as a day and a date as a date, whatever the
 * start date (turned into the other kind it would move when the start date does). With no due, the kind of the
 * field the reader is in (`held`: emptied to type another, a day stays a day field), else the one the plan's start
 * date implies, as after a reload: a day of the plan with a start date, a date without.
 */
export function dueFieldKind(due: Due | undefined, startDate: string | undefined, held?: Due['kind']): Due['kind'] {
  return due?.kind ?? held ?? (startDate ? 'day' : 'date');
}
