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

/**
 * What a field keeps of the text typed or pasted into it: without the bidi controls, then at most `max` characters
 * (the controls take no room). The one way the reader's text enters a planner: `typedInto` (src/islands/typed-into.ts)
 * applies it to every field, writing it back with the caret in place; the limited fields reach it through
 * `keepWithinLimit` (src/islands/LengthCounter.tsx), which also says when the limit is reached. With no `max`, the
 * text without the bidi controls, whole: the stored notes are read so (`noteSchema`, src/schemas/stored.ts).
 */
export const typedText = (typed: string, max?: number): string => typed.replace(BIDI_CONTROLS, '').slice(0, max);

/**
 * `text` as a field of one line (an `<input>`) reads it: without the bidi controls, and each line break a space. An
 * input shows a stored "line1\nline2" as "line1line2" and keeps it so at the next edit, while the exports and the
 * list of plans wrote the break or a space (until December 7); read as a space, what is stored is what the field
 * shows. The breaks: CR LF (one break), then LF, the vertical tab, the form feed and CR (the range U+000A–U+000D),
 * NEL, and the LINE and PARAGRAPH SEPARATORS. A field of several lines and a note are read by `typedText` alone
 * (src/schemas/stored.ts `noteSchema`), with their breaks. Both rules in one place, never a reason to refuse a text.
 * Written for size, as this file is in every planner page's first load: the pattern inline, the range, and
 * `typedText` called with no limit rather than a third function for the bidi controls alone (December 7).
 */
export const onOneLine = (text: string): string => typedText(text).replace(/\r\n|[\n-\r\x85\u2028\u2029]/g, ' ');
