import type { PagefindResult, PagefindSearch } from './pagefind-types';

/**
 * Pagefind lists only the pages that have every word it is asked for, so a query with one word the handbook does not
 * say there ("does the internship guarantee a csm job": the internship never says "job") finds nothing, or finds
 * the words far apart. The panel then asks for each word alone and joins the pages here, as a search for any of the
 * words: the pages with more of them first (then by Pagefind's scores, summed), for the ranking to order their parts
 * (lib/search-rank), which counts the share of the query's words each part has, squared.
 */
export function pagesWithAny(searches: readonly PagefindSearch[]): PagefindResult[] {
  const found = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const { results } of searches) {
    for (const result of results) {
      const seen = found.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else found.set(result.id, { result, words: 1, score: result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.words - a.words || b.score - a.score).map(({ result }) => result);
}
