/** How far down the viewport a heading must be to count as the section being read, as a fraction of its height. */
export const READING_LINE_FRACTION = 0.3;

/**
 * The id of the section being read: the last heading above the reading line.
 * `headings` are in document order with their top relative to the viewport.
 */
export function currentSectionId(headings: ReadonlyArray<{ id: string; top: number }>, viewportHeight: number): string {
  const line = viewportHeight * READING_LINE_FRACTION;
  let current = '_top';
  for (const heading of headings) {
    if (heading.top <= line) current = heading.id;
    else break;
  }
  return current;
}
