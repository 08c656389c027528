/*
 * Quoting a reader's item name in a message, cut to fit. A module of its own, not beside the length limits in
 * text-limit.ts, which every planner page loads with the planners' shared file (src/build/chunk-groups.ts): only
 * the plan builder and the career ladder quote names, and CSM Onboarding and My progress carried it unused.
 */

/** Longest item name quoted in a message ("Removed …"), so a 5,000-character goal does not fill the toast. */
export const MAX_QUOTED_LENGTH = 60;

/**
 * `text` cut to `max` characters with an ellipsis, for quoting it in a message. The cut ends at a word when a
 * space is within its last 20 characters (a third of the length every caller quotes: "… large scale…", not
 * "… large scale e…", which reads as a word of its own); a single long word (an address) is cut at the limit.
 * Kept small: the plan builder and the ladder load it at once.
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
  // (Intl.Segmenter) would keep them whole, for several times the bytes of this one class.
  return `${cut.replace(/[\s,;:\p{Cs}]+$/u, '')}…`;
}
