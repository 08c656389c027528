import { MAX_PLAN_DAY } from './plan-dates';

/*
 * What the plan builder's day fields take. A module of its own, not in plan-dates.ts: that one is shared with My
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
