import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../src/lib/pagefind-types';
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
});
