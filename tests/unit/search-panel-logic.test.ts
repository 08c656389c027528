import { describe, expect, it } from 'vitest';
import type { PagefindResult, PagefindResultData } from '../../src/lib/pagefind-types';
import { foundPage, rankBatch } from '../../src/lib/search-batch';
import { type ChosenChips, chipFilters } from '../../src/lib/search-chips';
import { countText, resultsStatus, type SearchMessages } from '../../src/lib/search-status';

const messages: SearchMessages = {
  loading: 'Loading…',
  count: '{results} on {pages} for “{query}”',
  countMore: '{results} on {pages} for “{query}”, more below',
  resultCount: '{count} results',
  resultCountOne: '1 result',
  pageCount: '{count} pages',
  pageCountOne: '1 page',
  corrected: 'No results for “{query}”. {results} on {pages} for “{corrected}”',
  some: 'Not every word in “{query}”. {results} on {pages} with some',
  correctedSome: 'No results for “{query}”, not every word in “{corrected}”. {results} on {pages} with some',
  none: 'No results for “{query}”',
  lacking: 'No page has {words}. {status}',
  lackingWord: '“{word}”',
  lackingJoin: ', ',
  task: 'Task',
  siteTool: 'Site tool',
  recentSearches: 'Recent searches',
  recentPages: 'Recently opened',
  recentCleared: 'Cleared',
  filtersToggle: 'Filters',
  filtersToggleOn: 'Filters ({count})',
};

describe('the status line over the results', () => {
  it('says one in its own words and fills in any other count', () => {
    expect(countText(1, 'one', '{count} many')).toBe('one');
    expect(countText(0, 'one', '{count} many')).toBe('0 many');
    expect(countText(12, 'one', '{count} many')).toBe('12 many');
  });

  it('says when none were found', () => {
    const shown = {
      query: 'zzz',
      shownEntries: 0,
      shownPages: 0,
      loaded: 0,
      results: { length: 0 },
      some: false,
      lacking: [],
    };
    expect(resultsStatus(messages, 'zzz', shown)).toBe('No results for “zzz”');
  });

  it('says when Pagefind found more pages than are ranked yet', () => {
    const shown = {
      query: 'ebr',
      shownEntries: 3,
      shownPages: 1,
      loaded: 10,
      results: { length: 10 },
      some: false,
      lacking: [],
    };
    expect(resultsStatus(messages, 'ebr', shown)).toBe('3 results on 1 page for “ebr”');
    expect(resultsStatus(messages, 'ebr', { ...shown, results: { length: 11 } })).toBe(
      '3 results on 1 page for “ebr”, more below',
    );
  });

  it('says when no result has every word, and these are the results with some of them', () => {
    const shown = {
      query: 'career path',
      shownEntries: 4,
      shownPages: 2,
      loaded: 5,
      results: { length: 5 },
      some: true,
      lacking: [],
    };
    expect(resultsStatus(messages, 'career path', shown)).toBe(
      'Not every word in “career path”. 4 results on 2 pages with some',
    );
    expect(resultsStatus(messages, 'carer path', shown)).toBe(
      'No results for “carer path”, not every word in “career path”. 4 results on 2 pages with some',
    );
  });

  it('names the words searched instead of a misspelled query', () => {
    const shown = {
      query: 'onboarding',
      shownEntries: 1,
      shownPages: 2,
      loaded: 10,
      results: { length: 30 },
      some: false,
      lacking: [],
    };
    expect(resultsStatus(messages, 'onbording', shown)).toBe(
      'No results for “onbording”. 1 result on 2 pages for “onboarding”',
    );
  });
});

describe('the status line when the handbook lacks a word of the query', () => {
  const shown = {
    query: 'the renewal',
    shownEntries: 7,
    shownPages: 3,
    loaded: 3,
    results: { length: 3 },
    some: false,
    lacking: ['pizza'],
  };

  it('names the word no page has, and counts the results for the others', () => {
    expect(resultsStatus(messages, 'the renewal pizza', shown)).toBe(
      'No page has “pizza”. 7 results on 3 pages for “the renewal”',
    );
    expect(resultsStatus(messages, 'Pizza the renewal salami', { ...shown, lacking: ['pizza', 'salami'] })).toBe(
      'No page has “pizza”, “salami”. 7 results on 3 pages for “the renewal”',
    );
  });

  it('says a misspelled word corrected once, and the lacking word once', () => {
    const corrected = { ...shown, query: 'gainsight renewal' };
    expect(resultsStatus(messages, 'gainsite renewal pizza', corrected)).toBe(
      'No page has “pizza”. No results for “gainsite renewal”. 7 results on 3 pages for “gainsight renewal”',
    );
  });

  it('names it before the results with some of the other words', () => {
    const some = { ...shown, query: 'onboarding buddy', some: true, lacking: ['salary'] };
    expect(resultsStatus(messages, 'onboarding buddy salary', some)).toBe(
      'No page has “salary”. Not every word in “onboarding buddy”. 7 results on 3 pages with some',
    );
  });
});

describe('the filter chips', () => {
  it('are Pagefind’s filters, any of a filter’s values, leaving out a filter with none on', () => {
    expect(chipFilters({})).toEqual({});
    const chosen: ChosenChips = { kind: new Set(), audience: new Set(['intern', 'mentor']) };
    expect(chipFilters(chosen)).toEqual({ audience: { any: ['intern', 'mentor'] } });
    chosen.kind?.add('Program');
    expect(chipFilters(chosen)).toEqual({ audience: { any: ['intern', 'mentor'] }, kind: { any: ['Program'] } });
  });
});

describe('a batch of Pagefind’s results', () => {
  const data: PagefindResultData = {
    url: '/handbook/onboarding/',
    content: 'Onboarding. The first week of onboarding.',
    meta: { title: 'Onboarding' },
    anchors: [],
    weighted_locations: [{ weight: 7, balanced_score: 10, location: 0 }],
  };
  const result = (score: number): PagefindResult => ({ id: 'a', score, data: async () => data });

  it('copies each page’s matches, which Pagefind rewrites at its next search', async () => {
    const page = await foundPage(result(2));
    expect(page).toEqual({ score: 2, data });
    expect(page.data.weighted_locations).not.toBe(data.weighted_locations);
    data.weighted_locations.push({ weight: 1, balanced_score: 1, location: 3 });
    expect(page.data.weighted_locations).toHaveLength(1);
    data.weighted_locations.pop();
  });

  it('is ranked as a whole', async () => {
    const ranked = await rankBatch('onboarding', [result(2)], {});
    expect(ranked.pages.map((page) => page.title)).toEqual(['Onboarding']);
  });
});
