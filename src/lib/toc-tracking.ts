/** A heading counts as the section being read once its top is this close to the top of the viewport (below the sticky header). */
export const READING_LINE_PX = 120;

/**
 * The id of the section being read: the last heading above the reading line.
 * `headings` are in document order with their top relative to the viewport.
 */
export function currentSectionId(headings: ReadonlyArray<{ id: string; top: number }>, viewportHeight: number): string {
  const line = Math.min(READING_LINE_PX, viewportHeight / 2);
  let current = '_top';
  for (const heading of headings) {
    if (heading.top <= line) current = heading.id;
    else break;
  }
  return current;
}
