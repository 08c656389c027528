/*
 * Where the page's toast goes so it never covers what has the focus, the field being typed in above all, nor a
 * field's error (WCAG 2.4.11): at the bottom of the screen as usual, at the top when what it would cover there
 * weighs more than what it would cover at the top. A field's error stays under its field after the focus has left
 * it (a figure refused as the reader clicks elsewhere), and the toast saying the same must not hide it. The focus
 * weighs two errors: where the toast would cover the focus either way (a whole card focused, taller than the
 * screen) the errors decide, and where it would cover an error either way, the focus does. Until December 7, late night, the top
 * was taken on what the bottom held alone, and there covered a field just left near the top of the screen and its
 * error, for another card's error at the foot. The focus in the toast's own controls is the caller's to leave where
 * it is (Announcer.tsx).
 */

const KEPT_CLEAR = ':focus, .field__error';

/** Margin kept between the toast and the field, in CSS pixels. */
const CLEARANCE_PX = 8;

/**
 * Where the toast's top band ends below its own height, in CSS pixels: the header (3.5rem), the toast's 0.5rem
 * under it and the clearance, at 16 px a rem (as its 1rem above the screen's foot, below).
 */
const UNDER_HEADER_PX = 56 + 8 + CLEARANCE_PX;

/** Whether the toast goes at the top of the screen (otherwise at the bottom). */
export function toastAtTop(toast: HTMLElement): boolean {
  // The toast's height, wherever it is drawn now (it may be off screen, sliding in).
  const height = toast.offsetHeight;
  // What the bottom band would cover less what the top band would, each weighed.
  let weight = 0;
  for (const kept of document.querySelectorAll(KEPT_CLEAR)) {
    const box = kept.getBoundingClientRect();
    const counts = kept.matches(':focus') ? 2 : 1;
    if (box.bottom > innerHeight - height - 2 * CLEARANCE_PX - 16 && box.top < innerHeight) weight += counts;
    if (box.top < height + UNDER_HEADER_PX && box.bottom > 0) weight -= counts;
  }
  return weight > 0;
}
