import { describe, expect, it } from 'vitest';
import type { PagefindResult, PagefindResultData } from '../../src/lib/pagefind-types';
import { pagesWithAny } from '../../src/lib/search-some';

const result = (id: string, score: number): PagefindResult => ({
  id,
  score,
  data: () => Promise.reject(new Error('not fetched here')),
});

describe('the pages with any of the words', () => {
  it('lists each page once, those with more of the words first, then by their scores summed', () => {
    const joined = pagesWithAny([
      { results: [result('a', 1), result('b', 5)] },
      { results: [result('c', 9), result('a', 0.5)] },
      { results: [result('b', 1), result('d', 0.1)] },
    ]);
    // a and b have two of the words (b's scores sum higher), then c and d one each.
    expect(joined.map((page) => page.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('lists nothing when no word found anything', () => {
    expect(pagesWithAny([{ results: [] }, { results: [] }])).toEqual([]);
  });

  it('gives a page found by several of the words the matches of all of them, not of the first search alone', async () => {
    // Pagefind keeps one object per page and sets its matches to the asking search's on every data() call.
    const fragment: PagefindResultData = {
      url: '/onboarding/',
      content: 'SLACK Channels. Find the right slack channels to participate in.',
      meta: { title: 'CSM Onboarding' },
      anchors: [],
      weighted_locations: [],
    };
    const at = (...locations: number[]) => locations.map((location) => ({ weight: 1, balanced_score: 1, location }));
    const found = (locations: number[]): PagefindResult => ({
      id: 'onboarding',
      score: 1,
      data: async () => {
        await Promise.resolve();
        fragment.weighted_locations = at(...locations);
        return fragment;
      },
    });
    const [page] = pagesWithAny([{ results: [found([0, 5])] }, { results: [found([1, 6])] }, { results: [] }]);
    const data = await page?.data();
    expect(data?.weighted_locations.map((word) => word.location).sort()).toEqual([0, 1, 5, 6]);
    expect(data?.content).toBe(fragment.content);
  });
});
