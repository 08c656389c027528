/*
 * Where the page's toast goes so it never covers the field being typed in
 * (WCAG 2.4.11): at the bottom of the screen as usual, at the top when the
 * focused field is in the bottom band the toast would take.
 */

const TYPING = 'input, textarea, select, [contenteditable]';

/** Margin kept between the toast and the field, in CSS pixels. */
const CLEARANCE_PX = 8;

export function toastEdge(toast: HTMLElement): 'top' | 'bottom' {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !active.matches(TYPING)) return 'bottom';
  const field = active.getBoundingClientRect();
  // The toast's height, wherever it is drawn now (it may be off screen, sliding in).
  const bandTop = window.innerHeight - toast.offsetHeight - 2 * CLEARANCE_PX - 16;
  return field.bottom > bandTop ? 'top' : 'bottom';
}
