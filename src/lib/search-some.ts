import type { PagefindResult, PagefindResultData, PagefindSearch } from './pagefind-types';

/**
 * Pagefind lists only the pages that have every word it is asked for, so a query with one word the handbook does not
 * say there ("does the internship guarantee a csm job": the internship never says "job") finds nothing, or finds
 * the words far apart. The panel then asks for each word alone and joins the pages here, as a search for any of the
 * words: the pages with more of them first (then by Pagefind's scores, summed), for the ranking to order their parts
 * (lib/search-rank), which counts the share of the query's words each part has, squared. A page found by several
 * words is ranked on the matches of all of them (`joined`).
 */
export function pagesWithAny(searches: readonly PagefindSearch[]): PagefindResult[] {
  const found = new Map<string, { first: PagefindResult; results: PagefindResult[]; score: number }>();
  for (const { results } of searches) {
    for (const result of results) {
      const seen = found.get(result.id);
      if (seen) {
        seen.results.push(result);
        seen.score += result.score;
      } else found.set(result.id, { first: result, results: [result], score: result.score });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.results.length - a.results.length || b.score - a.score)
    .map(({ first, results, score }) => (results.length === 1 ? first : joined(first.id, results, score)));
}

/**
 * One page as several words' searches found it, with the matches of all of them. Each search's result gives the
 * matches of its own word only: ranked on the first search's ("slack" for "which slack channels should i join"), the
 * onboarding's SLACK Channels had no "Channels", and a task that names a Slack channel in passing led it. Pagefind
 * keeps one object per page and sets its matches to the asking search's on every `data()`, so they are read one
 * search after another, each copied before the next.
 */
function joined(id: string, results: readonly PagefindResult[], score: number): PagefindResult {
  const data = async (): Promise<PagefindResultData> => {
    const locations: PagefindResultData['weighted_locations'] = [];
    let page: PagefindResultData | undefined;
    for (const result of results) {
      page = await result.data();
      locations.push(...page.weighted_locations);
    }
    if (!page) throw new Error('a page joined from no search');
    return { ...page, weighted_locations: locations };
  };
  return { id, score, data };
}
