import { isCommonWord, type QueryTerm, queryTerms } from './search-rank';
import { withoutWords } from './search-words';

/**
 * The query words no page has: found on none of the pages ranked (`unmatched`, which a misspelling's correction has
 * already replaced where it could), not a common word ("the"), and starting no word of the handbook's vocabulary
 * (Pagefind matches a word's beginning; a word on a page past the first batch is still in it). Pagefind, asked for
 * "the renewal pizza", answers with the pages that have "renewal", and the status read as if every word matched.
 */
export function lackingWords(unmatched: readonly QueryTerm[], vocabulary: readonly string[]): string[] {
  return unmatched
    .filter(({ key }) => !isCommonWord(key) && !vocabulary.some((word) => word.startsWith(key)))
    .map(({ text }) => text);
}

/**
 * What to search instead of `query` when the handbook lacks some of its words: the others, or `''` when only common
 * words are left ("the pizza" is not a search for "the").
 */
export function othersThan(query: string, lacking: readonly string[]): string {
  const others = withoutWords(query, lacking);
  return queryTerms(others).some(({ key }) => !isCommonWord(key)) ? others : '';
}
