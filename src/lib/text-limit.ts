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
 * space is within its last 20 characters (a third of the length every caller quotes: "… large scale…", not
 * "… large scale e…", which reads as a word of its own); a single long word (an address) is cut at the limit.
 * Kept small: every planner page carries it.
 */
export function quoted(text: string, max = MAX_QUOTED_LENGTH): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= max) return trimmed;
  // One character more than is kept: a space there means the last word kept is whole.
  const cut = trimmed
    .slice(0, max)
    .replace(/ \S{0,20}$/, '')
    .slice(0, max - 1);
  // A cut inside an emoji (two UTF-16 code units) leaves half of it, a broken character: that half goes too. A
  // joined emoji or a flag may still lose its last parts, each a character of its own; cutting between graphemes
  // (Intl.Segmenter) would keep them whole, for several times the bytes of this one class on every planner page.
  return `${cut.replace(/[\s,;:\p{Cs}]+$/u, '')}…`;
}
