/** The parts of Pagefind's browser API this site uses (pagefind/pagefind.js). */

/** Where a query word was found on a page: word index into `content`, with the weight of the element it is in. */
interface PagefindWordLocation {
  /** 7 in an h1, 6 in an h2 … 1 in body text, or the element's `data-pagefind-weight`. */
  weight: number;
  balanced_score: number;
  location: number;
}

/** An element with an id on the page, at the word where it starts. */
export interface PagefindAnchor {
  element: string;
  id: string;
  /** The element's text (headings and other text elements; empty for a list item). */
  text?: string | undefined;
  location: number;
}

/** What Pagefind returns for one page (a "fragment"), with the matches of the current query. */
export interface PagefindResultData {
  url: string;
  /** The indexed text of the page; `locations` index its whitespace-separated words. */
  content: string;
  meta: { title?: string | undefined };
  anchors: PagefindAnchor[];
  weighted_locations: PagefindWordLocation[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export type PagefindFilters = Record<string, { any: string[] }>;

/** Pagefind's ranking parameters (https://pagefind.app/docs/ranking/). */
interface PagefindRanking {
  termFrequency?: number;
  termSimilarity?: number;
  termSaturation?: number;
  pageLength?: number;
  metaWeights?: Record<string, number>;
}

export interface Pagefind {
  options(options: {
    baseUrl?: string;
    excerptLength?: number;
    noWorker?: boolean;
    ranking?: PagefindRanking;
  }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options: { filters?: PagefindFilters },
    debounceMs: number,
  ): Promise<PagefindSearch | null>;
}
