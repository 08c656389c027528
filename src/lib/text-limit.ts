/*
 * Length limits shown where the reader types: a counter that appears as a
 * field nears its limit, and the moment the limit is reached (said once,
 * not at every keystroke).
 */

/** Share of the limit from which the counter shows. */
export const COUNTER_FROM_SHARE = 0.8;

/** Longest item name quoted in a message ("Removed …"), so a 5,000-character goal does not fill the toast. */
export const MAX_QUOTED_LENGTH = 60;

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

/**
 * `text` cut to `max` characters with an ellipsis, for quoting it in a message. The cut ends at a word when a
 * space is in the last third of what is kept ("… large scale…", not "… large scale e…", which reads as a word of
 * its own and leaves the reader guessing); a single long word (an address) is cut where it reaches the limit.
 */
export function quoted(text: string, max = MAX_QUOTED_LENGTH): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= max) return trimmed;
  const kept = trimmed.slice(0, max - 1);
  // A space right after what is kept means it already ends at a word.
  const space = trimmed[max - 1] === ' ' ? kept.length : kept.lastIndexOf(' ');
  const end = space > 0 && space >= kept.length - Math.floor(max / 3) ? space : kept.length;
  return `${kept.slice(0, end).replace(/[\s,;:]+$/, '')}…`;
}
