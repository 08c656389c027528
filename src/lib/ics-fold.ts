/*
 * iCalendar content lines are at most 75 octets of UTF-8, line break left
 * out (RFC 5545, section 3.1); a longer line goes on in continuation lines
 * that each begin with one space, which counts within the 75. Octets, not
 * characters: a line of accented, CJK or emoji text folded at 75 characters
 * runs to two or three times the limit.
 */

/** Most octets in one physical line, CRLF left out. */
const MAX_LINE_OCTETS = 75;
const CONTINUATION = ' ';
const CRLF = '\r\n';

/** Octets a code point takes in UTF-8 (a lone surrogate goes out as U+FFFD, three octets). */
function codePointOctets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Octets a string takes in UTF-8. */
function utf8Octets(text: string): number {
  let octets = 0;
  for (const char of text) octets += codePointOctets(char.codePointAt(0) ?? 0);
  return octets;
}

const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/**
 * The pieces a line may be cut between: graphemes, so a letter keeps its
 * accent and a family emoji stays whole in any reader. A grapheme too long
 * for a line by itself (a pile of combining marks) and browsers without
 * Intl.Segmenter fall back to code points, which never split UTF-8.
 */
function cuttablePieces(line: string): string[] {
  const graphemes = graphemeSegmenter ? Array.from(graphemeSegmenter.segment(line), (s) => s.segment) : [line];
  return graphemes.flatMap((grapheme) =>
    utf8Octets(grapheme) <= MAX_LINE_OCTETS - CONTINUATION.length ? [grapheme] : Array.from(grapheme),
  );
}

/** Folds one unfolded content line into physical lines of at most 75 octets. */
export function foldContentLine(line: string): string {
  if (utf8Octets(line) <= MAX_LINE_OCTETS) return line;
  const physical: string[] = [];
  let current = '';
  let room = MAX_LINE_OCTETS;
  for (const piece of cuttablePieces(line)) {
    const octets = utf8Octets(piece);
    if (octets > room) {
      physical.push(current);
      current = CONTINUATION;
      room = MAX_LINE_OCTETS - CONTINUATION.length;
    }
    current += piece;
    room -= octets;
  }
  physical.push(current);
  return physical.join(CRLF);
}
