import { fill } from '../i18n/fill';
import { withoutWords } from './search-words';

/** The search panel's UI strings, rendered into `data-messages` by SearchPanel.astro. */
export interface SearchMessages {
  loading: string;
  count: string;
  countMore: string;
  resultCount: string;
  resultCountOne: string;
  pageCount: string;
  pageCountOne: string;
  corrected: string;
  some: string;
  correctedSome: string;
  none: string;
  lacking: string;
  lackingWord: string;
  lackingJoin: string;
  task: string;
  siteTool: string;
  recentSearches: string;
  recentPages: string;
  recentCleared: string;
  filtersToggle: string;
  filtersToggleOn: string;
}

/** The results on screen: the words searched, the entries and pages shown, and how many of Pagefind's pages are ranked (`loaded`). */
export interface ShownResults {
  /** The words searched: the query typed, or the nearest handbook words a misspelled one was searched as. */
  query: string;
  shownEntries: number;
  shownPages: number;
  loaded: number;
  results: { length: number };
  /** No result had every word of the query: these are the pages with any of them. */
  some: boolean;
  /** The query's words no page has (lib/search-lacking), left out of `query`. */
  lacking: readonly string[];
}

/** A count in words: the string for one, or the other with the count filled in. */
export function countText(count: number, one: string, many: string): string {
  return count === 1 ? one : fill(many, { count });
}

/**
 * The status line over the results of `query`, the query typed: none found, or the counts, with the words searched
 * instead when the query was corrected, after the words no page has, named first: the counts are for the others.
 */
export function resultsStatus(messages: SearchMessages, query: string, shown: ShownResults): string {
  if (shown.shownEntries === 0) return fill(messages.none, { query });
  const status = countsStatus(messages, withoutWords(query, shown.lacking), shown);
  if (shown.lacking.length === 0) return status;
  const words = shown.lacking.map((word) => fill(messages.lackingWord, { word })).join(messages.lackingJoin);
  return fill(messages.lacking, { words, status });
}

/** The counts of the results of `query` (the query typed, less the words no page has). */
function countsStatus(messages: SearchMessages, query: string, shown: ShownResults): string {
  const results = countText(shown.shownEntries, messages.resultCountOne, messages.resultCount);
  const pages = countText(shown.shownPages, messages.pageCountOne, messages.pageCount);
  const corrected = shown.query;
  if (shown.some) {
    return fill(corrected === query ? messages.some : messages.correctedSome, { query, corrected, results, pages });
  }
  if (corrected !== query) return fill(messages.corrected, { query, corrected, results, pages });
  // Pagefind found more pages than are ranked yet: "Show more results" has more to show.
  const more = shown.loaded < shown.results.length;
  return fill(more ? messages.countMore : messages.count, { query, results, pages });
}
