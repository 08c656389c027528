/*
 * Where the page's toast goes so it never covers what has the focus, the field being typed in above all, nor a
 * field's error (WCAG 2.4.11): at the bottom of the screen as usual, at the top when either is in the bottom band
 * the toast would take. A field's error stays under its field after the focus has left it (a figure refused as the
 * reader clicks elsewhere), and the toast saying the same must not hide it. The focus in the toast's own controls
 * is the caller's to leave where it is (Announcer.tsx).
 */

const KEPT_CLEAR = ':focus, .field__error';

/** Margin kept between the toast and the field, in CSS pixels. */
const CLEARANCE_PX = 8;

/** Whether the toast goes at the top of the screen (otherwise at the bottom). */
export function toastAtTop(toast: HTMLElement): boolean {
  // The toast's height, wherever it is drawn now (it may be off screen, sliding in).
  const bandTop = window.innerHeight - toast.offsetHeight - 2 * CLEARANCE_PX - 16;
  for (const kept of document.querySelectorAll(KEPT_CLEAR)) {
    const box = kept.getBoundingClientRect();
    if (box.bottom > bandTop && box.top < window.innerHeight) return true;
  }
  return false;
}
