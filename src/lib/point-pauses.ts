import { type InlineSegment, plainText } from './inline-markdown';

/*
 * A task's points are its checkbox's description (aria-describedby on their list): a screen reader reads them as
 * one run of text, the list items joined by spaces, so points that end without punctuation ran into one sentence
 * ("…in the learning path Any questions you got wrong…"). The build writes a pause after each such point, for
 * screen readers only (TaskDetails, src/islands/TaskWords.tsx): the handbook's words and the list the eye reads stay as
 * they are.
 */

/** What a screen reader is given after a point that ends without punctuation: punctuation, not words. */
export const POINT_PAUSE = ';';

/** Whether a pause goes after `point`: it ends without punctuation, and a point follows it (`last` when none does). */
export function pauseAfter(point: readonly InlineSegment[], last: boolean): boolean {
  return !last && !/[.,:;!?…]$/.test(plainText(point).trimEnd());
}
