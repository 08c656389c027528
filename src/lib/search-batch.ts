import type { PagefindResult } from './pagefind-types';
import { type FoundPage, type RankedResults, type RankOptions, rankResults } from './search-rank';

/**
 * A page's data, its matches copied: Pagefind hands the same object to every search, and a later one rewrites its
 * matches (the rest is read as it is).
 */
export async function foundPage(result: PagefindResult): Promise<FoundPage> {
  const data = await result.data();
  return { score: result.score, data: { ...data, weighted_locations: [...data.weighted_locations] } };
}

/** Ranks a batch of Pagefind's results (their data is fetched, page by page, at once). */
export async function rankBatch(
  query: string,
  batch: readonly PagefindResult[],
  narrowing: RankOptions,
): Promise<RankedResults> {
  return rankResults(query, await Promise.all(batch.map(foundPage)), narrowing);
}
