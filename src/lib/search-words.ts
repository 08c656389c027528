/*
 * Words as search compares them, and the nearest handbook word to a
 * misspelled one. Pagefind matches words and their prefixes, not near
 * misses: "gainsite" finds nothing. The build writes the handbook's
 * vocabulary (scripts/search-index.mjs, from Pagefind's own index) to a small
 * file that the panel fetches only when a query word is found nowhere; the
 * panel then searches for the nearest word and says so.
 *
 * No imports: the build script runs this file directly with Node.
 */

/** A word reduced to what search compares: lower case letters and digits, accents removed. */
export function wordKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** `query` less the words in `words` (compared as search compares them); the query itself when there are none. */
export function withoutWords(query: string, words: readonly string[]): string {
  if (words.length === 0) return query;
  const keys = new Set(words.map(wordKey));
  return query
    .split(/\s+/)
    .filter((word) => !keys.has(wordKey(word)))
    .join(' ');
}

/** The vocabulary file's format version. */
export const VOCABULARY_VERSION = 1;
/** Words the vocabulary keeps at most (the most frequent first). */
const MAX_VOCABULARY_WORDS = 20_000;
/** Shorter words are not corrected (too many near neighbours) and not kept. */
const MIN_CORRECTED_LENGTH = 4;
const MAX_WORD_LENGTH = 30;

/** The distinct words of some texts, most frequent first, as `wordKey`s with a letter in them. */
export function vocabularyOf(texts: Iterable<string>, maxWords: number = MAX_VOCABULARY_WORDS): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const raw of text.split(/[\s/]+/)) {
      const key = wordKey(raw);
      if (key.length < MIN_CORRECTED_LENGTH || key.length > MAX_WORD_LENGTH || !/\p{L}/u.test(key)) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .slice(0, maxWords)
    .map(([word]) => word);
}

/** The vocabulary's words from the fetched file; an empty list for anything else. Never throws. */
export function parseVocabulary(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const { v, words } = value as { v?: unknown; words?: unknown };
  if (v !== VOCABULARY_VERSION || !Array.isArray(words)) return [];
  return words.filter((word): word is string => typeof word === 'string').slice(0, MAX_VOCABULARY_WORDS);
}

/**
 * Edits between two words: insertions, deletions, substitutions and swaps of
 * two neighbours ("onbaording"), stopping early once past `max`.
 */
export function editDistance(a: string, b: string, max: number = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      row.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? max + 1;
}

/** Edits a misspelling may have, by its length: 1 up to 5 letters, 2 up to 7, 3 beyond ("gainsite" → "gainsight"). */
function allowedEdits(length: number): number {
  return length <= 5 ? 1 : length <= 7 ? 2 : 3;
}

/**
 * The vocabulary word nearest to `key` (a `wordKey`), if one is near enough:
 * the fewest edits, then the most frequent. A word that starts a vocabulary
 * word is not misspelled (it may still be typed), nor is a short one.
 */
export function nearestWord(key: string, words: readonly string[]): string | undefined {
  if (key.length < MIN_CORRECTED_LENGTH || /^\d+$/.test(key)) return undefined;
  if (words.some((word) => word.startsWith(key))) return undefined;
  const max = allowedEdits(key.length);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const word of words) {
    // Misspellings rarely change the first letter; checking it also keeps this fast.
    if (word[0] !== key[0]) continue;
    const distance = editDistance(key, word, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The query with each of its `unmatched` words replaced by the nearest
 * vocabulary word; `undefined` when none has a near word.
 */
export function correctQuery(
  query: string,
  unmatched: readonly string[],
  words: readonly string[],
): string | undefined {
  const wanted = new Set(unmatched.map(wordKey));
  let changed = false;
  const corrected = query
    .trim()
    .split(/\s+/)
    .map((raw) => {
      const key = wordKey(raw);
      if (!wanted.has(key)) return raw;
      const nearest = nearestWord(key, words);
      if (!nearest) return raw;
      changed = true;
      return nearest;
    });
  return changed ? corrected.join(' ') : undefined;
}
