import { typedText } from '../lib/bidi-controls';

/**
 * What the reader typed or pasted into `field`, as `typedText` keeps it (no bidi controls, at most `max` characters),
 * written back to the field at once: the one place every planner field applies the kept text (through
 * `keepWithinLimit` for the limited ones). Written here rather than left to the island's next render, which sets the
 * whole value and so puts the caret at the end (until December 7: a paste in the middle of a note, once a control
 * was dropped from it, sent the next key to the end), and which never comes when the kept text is what the store
 * already holds (a control typed alone changes nothing). The caret goes back after what was typed, counted without
 * what was dropped before it.
 */
export function typedInto(field: HTMLInputElement | HTMLTextAreaElement, max?: number): string {
  const typed = field.value;
  const text = typedText(typed, max);
  // Only when something was dropped: setting the caret in the middle of an input method's composition would break it.
  if (text !== typed) {
    const caret = typedText(typed.slice(0, field.selectionEnd as number), max).length;
    field.value = text;
    // The value just set put the caret at the end: an end before it pulls the start back with it (one caret).
    field.selectionEnd = caret;
  }
  return text;
}
