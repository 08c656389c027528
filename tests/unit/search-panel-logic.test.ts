import { describe, expect, it } from 'vitest';
import type { PagefindResult, PagefindResultData } from '../../src/lib/pagefind-types';
import { foundPage, rankBatch } from '../../src/lib/search-batch';
import { type ChosenChips, chipFilters, chipsOn, toggleChip } from '../../src/lib/search-chips';
import { isPlainClick, movedActive } from '../../src/lib/search-listbox';
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
  none: 'No results for “{query}”',
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

  it('says when Pagefind found more pages than are ranked yet', () => {
    const shown = { shownEntries: 3, shownPages: 1, loaded: 10, results: { length: 10 } };
    expect(resultsStatus(messages, 'ebr', shown, undefined)).toBe('3 results on 1 page for “ebr”');
    expect(resultsStatus(messages, 'ebr', { ...shown, results: { length: 11 } }, undefined)).toBe(
      '3 results on 1 page for “ebr”, more below',
    );
  });

  it('names the words searched instead of a misspelled query', () => {
    const shown = { shownEntries: 1, shownPages: 2, loaded: 10, results: { length: 30 } };
    expect(resultsStatus(messages, 'onbording', shown, 'onboarding')).toBe(
      'No results for “onbording”. 1 result on 2 pages for “onboarding”',
    );
  });
});

describe('the filter chips', () => {
  it('turn on and off, and say whether they are on', () => {
    const chosen: ChosenChips = {};
    expect(toggleChip(chosen, 'audience', 'intern')).toBe(true);
    expect(toggleChip(chosen, 'audience', 'mentor')).toBe(true);
    expect(toggleChip(chosen, 'kind', 'Program')).toBe(true);
    expect(chipsOn(chosen)).toBe(3);
    expect(toggleChip(chosen, 'audience', 'intern')).toBe(false);
    expect(chipsOn(chosen)).toBe(2);
  });

  it('are Pagefind’s filters, leaving out a filter with none on', () => {
    const chosen: ChosenChips = {};
    expect(chipFilters(chosen)).toEqual({});
    toggleChip(chosen, 'kind', 'Program');
    toggleChip(chosen, 'audience', 'intern');
    toggleChip(chosen, 'audience', 'mentor');
    toggleChip(chosen, 'kind', 'Program');
    expect(chipFilters(chosen)).toEqual({ audience: { any: ['intern', 'mentor'] } });
  });
});

describe('the listbox', () => {
  it('moves the active option down and up, round from one end to the other', () => {
    expect(movedActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(movedActive(1, 3, 'ArrowDown')).toBe(2);
    expect(movedActive(2, 3, 'ArrowDown')).toBe(0);
    expect(movedActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(movedActive(0, 3, 'ArrowUp')).toBe(2);
    expect(movedActive(2, 3, 'ArrowUp')).toBe(1);
  });

  it('opens in this tab on a plain left click only', () => {
    const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(isPlainClick(plain)).toBe(true);
    for (const other of [{ button: 1 }, { ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }]) {
      expect(isPlainClick({ ...plain, ...other })).toBe(false);
    }
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
  });

  it('is ranked as a whole', async () => {
    const ranked = await rankBatch('onboarding', [result(2)], {});
    expect(ranked.pages.map((page) => page.title)).toEqual(['Onboarding']);
  });
});
