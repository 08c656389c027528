/*
 * Length limits shown where the reader types: a counter that appears as a
 * field nears its limit, and the moment the limit is reached (said once,
 * not at every keystroke).
 */

/** Share of the limit from which the counter shows. */
export const COUNTER_FROM_SHARE = 0.8;

// Made on first use, not when a field's module loads (src/lib/dates.ts says why).
let countFormat: Intl.NumberFormat | undefined;

/** Whether a field holding `length` characters of `max` shows its counter. */
export function showsCounter(length: number, max: number): boolean {
  return length >= Math.ceil(max * COUNTER_FROM_SHARE);
}

/** Whether an edit from `before` to `after` characters has just reached the limit. */
export function reachedLimit(before: number, after: number, max: number): boolean {
  return before < max && after >= max;
}

/** A count as the reader reads it: "4,100". */
export function formatCount(count: number): string {
  countFormat ??= new Intl.NumberFormat('en-GB');
  return countFormat.format(count);
}
