/*
 * Excerpts and highlighted titles for search results, built as parts (plain
 * text or a match) from the page's indexed words, so the UI makes text nodes
 * and <mark> elements and never sets HTML.
 */

/** A piece of an excerpt or title: plain text, or text that matched the query. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/** Word indexes `start` (included) to `end` (excluded). */
export interface WordRange {
  start: number;
  end: number;
}

/** Words an excerpt shows at most. */
export const EXCERPT_WORDS = 24;
/** Words kept before the first match of an excerpt, so it does not start on the match. */
const LEAD_IN_WORDS = 3;
const ELLIPSIS = '…';

const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** Splits a word into the punctuation around it and its core, so only the core is marked. */
function markWord(word: string): ExcerptPart[] {
  const [, before = '', core = '', after = ''] = EDGES.exec(word) ?? [];
  if (!core) return [{ text: word, match: false }];
  return [
    { text: before, match: false },
    { text: core, match: true },
    { text: after, match: false },
  ];
}

/** Joins words into parts, merging neighbouring plain text. */
export function wordsToParts(words: readonly string[], isMatch: (index: number) => boolean): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (part: ExcerptPart) => {
    if (!part.text) return;
    const last = parts.at(-1);
    if (last && !last.match && !part.match) last.text += part.text;
    else parts.push({ ...part });
  };
  words.forEach((word, index) => {
    if (index > 0) push({ text: ' ', match: false });
    if (isMatch(index)) for (const part of markWord(word)) push(part);
    else push({ text: word, match: false });
  });
  return parts;
}

/**
 * The window of `length` words inside `range` that holds the most match
 * weight, moved back a few words if needed so the first match has some words
 * before it.
 */
export function excerptWindow(range: WordRange, matches: ReadonlyMap<number, number>, length: number): WordRange {
  const size = Math.min(length, range.end - range.start);
  const weightAt = (at: number) => matches.get(at) ?? 0;
  let sum = 0;
  for (let at = range.start; at < range.start + size; at += 1) sum += weightAt(at);
  let bestSum = sum;
  let bestStarts = [range.start];
  // Slide the window one word at a time: add the word entering it, drop the one leaving it.
  for (let start = range.start + 1; start + size <= range.end; start += 1) {
    sum += weightAt(start + size - 1) - weightAt(start - 1);
    if (sum > bestSum) {
      bestSum = sum;
      bestStarts = [start];
    } else if (sum === bestSum && bestStarts.at(-1) === start - 1) bestStarts.push(start);
  }
  // Of equally good windows in a row, the middle one: the matches sit mid-excerpt.
  let best = bestSum > 0 ? (bestStarts[Math.floor(bestStarts.length / 2)] ?? range.start) : range.start;
  if (bestSum > 0) {
    let first = best;
    while (first < best + size && !matches.has(first)) first += 1;
    const room = Math.max(0, LEAD_IN_WORDS - (first - best));
    best = Math.max(range.start, best - room);
  }
  return { start: best, end: Math.min(range.end, best + size) };
}

/**
 * An excerpt of `words` inside `range`: the words around the matches
 * (`matches`: word index → weight), with an ellipsis where text was cut.
 */
export function buildExcerpt(
  words: readonly string[],
  range: WordRange,
  matches: ReadonlyMap<number, number>,
  length: number = EXCERPT_WORDS,
): ExcerptPart[] {
  if (range.end <= range.start) return [];
  const window = excerptWindow(range, matches, length);
  const parts = wordsToParts(words.slice(window.start, window.end), (index) => matches.has(window.start + index));
  if (window.start > range.start) parts.unshift({ text: ELLIPSIS, match: false });
  if (window.end < range.end) parts.push({ text: ELLIPSIS, match: false });
  return mergeText(parts);
}

function mergeText(parts: ExcerptPart[]): ExcerptPart[] {
  const merged: ExcerptPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && !last.match && !part.match) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** The plain text of parts. */
export function partsText(parts: readonly ExcerptPart[]): string {
  return parts.map((part) => part.text).join('');
}
