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
