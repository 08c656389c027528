/*
 * The bidi controls that reorder the text drawn after them, in one place for every text the planners keep
 * (a plan's fields, a checklist or ladder note, a piece of evidence, a manager toolkit name). U+202E (right-to-left
 * override) draws "Q1 " + U+202E + "gnp.exe" as "Q1 exe.png": kept in a plan's title, it spoofed what the list of
 * plans, the exports' file names and a review link showed. These are the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069), the
 * characters of "Trojan Source" (CVE-2021-42574). The marks (U+200E, U+200F, U+061C) stay: they only set the
 * direction of the spaces and punctuation beside them, and are how a reader writing Arabic or Hebrew puts a
 * full stop where it belongs; they cannot turn letters around.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/*
 * Every line break a text can hold: CR LF (one break), LF, the vertical tab, the form feed, CR, NEL, and the LINE and
 * PARAGRAPH SEPARATORS.
 */
const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * `text` as a field of one line reads it: each line break a space. A field of one line (an `<input>`) shows a stored
 * "line1\nline2" as "line1line2" and keeps it so at the next edit, while the exports and the list of plans wrote the
 * break or a space (until December 7); read as a space, what is stored is what the field shows. Next to the bidi
 * controls: both are the planners' one rule for what their text holds, never a reason to refuse it.
 */
export const onOneLine = (text: string): string => text.replace(LINE_BREAKS, ' ');

/** `text` without the bidi controls that reorder it: nothing a reader sees is taken out. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

/**
 * What a field keeps of the text typed or pasted into it: without the bidi controls, then at most `max` characters
 * (the controls take no room). The one way the reader's text enters a planner: `typedInto` (src/islands/typed-into.ts)
 * applies it to every field, writing it back with the caret in place; the limited fields reach it through
 * `keepWithinLimit` (src/islands/LengthCounter.tsx), which also says when the limit is reached. Its own regular expression rather than a call of `withoutBidiControls`: a few bytes on
 * every planner page, which the manager page with every tool did not have (December 7).
 */
export const typedText = (typed: string, max?: number): string => typed.replace(BIDI_CONTROLS, '').slice(0, max);
