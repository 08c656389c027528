/**
 * A heading counts as the section being read once its top is above this share
 * of the viewport's height. A heading in the upper part of the screen starts
 * the text the reader sees most of (with Week 4's heading at y = 269 of 720,
 * Week 3 is a few lines above it and Week 4 fills the screen); a fixed line
 * just under the header kept marking the section that had scrolled away.
 */
const READING_LINE_SHARE = 0.4;

/** A heading this close to the top (under the sticky header) is where the reader jumped to: it wins. */
const JUMP_BAND_PX = 120;

/**
 * The id of the section being read: the heading at the top of the screen if
 * there is one, else the last heading above the reading line,
 * or, once the page is scrolled to its end (`atEnd`), the last heading on the
 * screen, since the last sections can never reach the line.
 * `headings` are in document order with their top relative to the viewport.
 */
export function currentSectionId(
  headings: ReadonlyArray<{ id: string; top: number }>,
  viewportHeight: number,
  atEnd = false,
): string {
  const line = atEnd ? viewportHeight : viewportHeight * READING_LINE_SHARE;
  const band = Math.min(JUMP_BAND_PX, line);
  let current = '_top';
  let atTop: string | undefined;
  for (const heading of headings) {
    if (heading.top > line) break;
    current = heading.id;
    if (heading.top >= 0 && heading.top <= band) atTop = heading.id;
  }
  // A heading at the top of the screen (a contents link just followed) is the one being read,
  // even when the next heading follows a line below it.
  return atEnd ? current : (atTop ?? current);
}
