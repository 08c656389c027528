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
interface WordRange {
  start: number;
  end: number;
}

/** Words an excerpt shows at most. */
export const EXCERPT_WORDS = 24;
/** Words kept before the first match of an excerpt, so it does not start on the match. */
const LEAD_IN_WORDS = 3;
const ELLIPSIS = '…';

const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** Whether a piece of a word joined by slashes matches ("Gainsight" in "Gainsight/Customer"). */
type PieceMatch = (piece: string) => boolean;

/**
 * A matched word as parts: the punctuation around it stays plain, and in a
 * word joined by slashes only the pieces that match are marked.
 */
function markWord(word: string, pieceMatches?: PieceMatch): ExcerptPart[] {
  const [, before = '', core = '', after = ''] = EDGES.exec(word) ?? [];
  if (!core) return [{ text: word, match: false }];
  const pieces = pieceMatches && core.includes('/') ? core.split('/') : [core];
  const marked = pieces.map((piece) => Boolean(pieceMatches?.(piece)));
  // The whole word matched but none of its pieces alone ("CI/CD" for "ci/cd"): mark it whole.
  if (!marked.includes(true)) return [before, core, after].map((text, i) => ({ text, match: i === 1 }));
  const parts: ExcerptPart[] = [{ text: before, match: false }];
  pieces.forEach((piece, i) => {
    if (i > 0) parts.push({ text: '/', match: false });
    parts.push({ text: piece, match: marked[i] ?? false });
  });
  parts.push({ text: after, match: false });
  return parts;
}

/** Joins words into parts, merging neighbouring plain text. */
export function wordsToParts(
  words: readonly string[],
  isMatch: (index: number) => boolean,
  pieceMatches?: PieceMatch,
): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (part: ExcerptPart) => {
    if (!part.text) return;
    const last = parts.at(-1);
    if (last && last.match === part.match && !part.match) last.text += part.text;
    else parts.push({ ...part });
  };
  words.forEach((word, index) => {
    if (index > 0) push({ text: ' ', match: false });
    if (isMatch(index)) for (const part of markWord(word, pieceMatches)) push(part);
    else push({ text: word, match: false });
  });
  return parts;
}

/**
 * The window of `length` words inside `range` that holds the most match
 * weight, moved back a few words if needed so the first match has some words
 * before it, or on to the start of the first match's sentence when the window
 * holds sentences before it.
 */
function excerptWindow(
  words: readonly string[],
  range: WordRange,
  matches: ReadonlyMap<number, number>,
  length: number,
): WordRange {
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
    // The sentence of the first match: sentences before it in the window say something else ("Complete Pulse+…"
    // before "Understand the different stages of call shadowing"), so the excerpt starts there.
    let sentence = first;
    while (sentence > range.start && !/[.!?]$/.test(words[sentence - 1] ?? '')) sentence -= 1;
    const room = Math.max(0, LEAD_IN_WORDS - (first - best));
    best = sentence > best ? sentence : Math.max(range.start, best - room);
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
  pieceMatches?: PieceMatch,
): ExcerptPart[] {
  if (range.end <= range.start) return [];
  const span = excerptWindow(words, range, matches, length);
  const shown = words.slice(span.start, span.end);
  const parts = wordsToParts(shown, (index) => matches.has(span.start + index), pieceMatches);
  if (span.start > range.start) parts.unshift({ text: ELLIPSIS, match: false });
  // After a full stop the text went on with a new sentence: a space, so the two marks do not run together.
  if (span.end < range.end)
    parts.push({ text: /[.:;!?]$/.test(shown.at(-1) ?? '') ? ` ${ELLIPSIS}` : ELLIPSIS, match: false });
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
