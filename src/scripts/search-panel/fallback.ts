/*
 * What a query needs when its first answer falls short, loaded only then (./loads.ts), so the file opening search
 * fetches stays small: a word found nowhere is searched as the nearest handbook word, and the status line says so; a
 * word no page has is left out of the search, and the status line names it (lib/search-lacking); when no result has
 * every word, the pages with any of them are ranked instead (lib/search-some), and the status line says so too. An
 * answer to a query the reader has typed over since is dropped.
 */

import type { Pagefind, PagefindFilters, PagefindResult, PagefindSearch } from '../../lib/pagefind-types';
import { rankBatch } from '../../lib/search-batch';
import { lackingWords, othersThan } from '../../lib/search-lacking';
import { type RankedResults, type RankOptions, searchedText, searchedWords } from '../../lib/search-rank';
import { pagesWithAny } from '../../lib/search-some';
import { correctQuery } from '../../lib/search-words';
import { loadVocabulary } from './loads';
import type { Panel } from './panel';
import { PAGES_PER_BATCH, showResults } from './results';

/** Searches again for `query`, whose first answer (`first`) has a word found nowhere or no result with every word. */
export async function fallBack(
  p: Panel,
  query: string,
  first: { ranked: RankedResults; results: PagefindResult[] },
  pagefind: Pagefind,
  filters: PagefindFilters,
  narrowing: RankOptions,
): Promise<void> {
  const { ranked } = first;
  let searched = query;
  let shown = { ...first, some: false, options: narrowing };
  let lacking: string[] = [];
  /** Searches `text` as a whole; its results, if it finds any, stand for the query's (`undefined` for a stale query). */
  const searchInstead = async (text: string): Promise<boolean | undefined> => {
    const retry = await pagefind.debouncedSearch(searchedText(text), { filters }, 0);
    if (retry === null || query !== p.query) return undefined;
    const rankedRetry = await rankBatch(text, retry.results.slice(0, PAGES_PER_BATCH), narrowing);
    if (query !== p.query) return undefined;
    if (rankedRetry.pages.length === 0) return false;
    searched = text;
    shown = { ranked: rankedRetry, results: retry.results, some: false, options: narrowing };
    return true;
  };
  if (ranked.unmatched.length > 0) {
    // A word found nowhere: search for the nearest handbook word instead, and say so.
    const words = await loadVocabulary(p.base);
    const corrected = correctQuery(
      query,
      ranked.unmatched.map((term) => term.text),
      words,
    );
    if (corrected && query === p.query && (await searchInstead(corrected)) === undefined) return;
    // A word no page has, nor any near word: search for the others, and say which it was (lib/search-lacking);
    // with only common words left ("the pizza"), there is nothing to show, and the status says "No results".
    const without = lackingWords(shown.ranked.unmatched, words);
    const others = othersThan(searched, without);
    if (without.length > 0 && query === p.query) {
      if (!others) return showResults(p, query, { ...ranked, pages: [] }, [], narrowing, false, []);
      const instead = await searchInstead(others);
      if (instead === undefined) return;
      if (instead) lacking = without;
    }
  }
  const words = searchedWords(searched);
  if (!shown.ranked.whole && words.length > 1) {
    // No result has every word: search for each alone, one after another (a newer query cancels the next one).
    const searches: PagefindSearch[] = [];
    for (const word of words) {
      const alone = await pagefind.debouncedSearch(word, { filters }, 0);
      if (alone === null || query !== p.query) return;
      searches.push(alone);
    }
    const results = pagesWithAny(searches);
    // Ranked as such (lib/search-rank, `some`), and so is the next batch "Show more results" ranks.
    const options = { ...narrowing, some: true };
    const some = await rankBatch(searched, results.slice(0, PAGES_PER_BATCH), options);
    if (query !== p.query) return;
    if (some.pages.length > 0) shown = { ranked: some, results, some: true, options };
  }
  if (query === p.query) showResults(p, searched, shown.ranked, shown.results, shown.options, shown.some, lacking);
}
