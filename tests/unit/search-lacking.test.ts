import { describe, expect, it } from 'vitest';
import { lackingWords, othersThan } from '../../src/lib/search-lacking';
import { queryTerms } from '../../src/lib/search-rank';
import { withoutWords } from '../../src/lib/search-words';

describe('the query words no page has', () => {
  const vocabulary = ['renewal', 'onboarding', 'salesforce'];

  it('are the words found nowhere that start no handbook word, common words aside', () => {
    expect(lackingWords(queryTerms('the renewal pizza'), vocabulary)).toEqual(['pizza']);
    // Pagefind matches a word's beginning: "sales" is in "salesforce", on a page past the first batch maybe.
    expect(lackingWords(queryTerms('sales there pizza'), vocabulary)).toEqual(['pizza']);
    expect(lackingWords([], vocabulary)).toEqual([]);
  });

  it('are left out of the query, however they were typed', () => {
    expect(withoutWords('the Renewal PIZZA', ['pizza'])).toBe('the Renewal');
    expect(withoutWords('tam onboarding', ['tam'])).toBe('onboarding');
    expect(withoutWords('the renewal pizza', [])).toBe('the renewal pizza');
  });
});

describe('what is searched instead of a query with words no page has', () => {
  it('is the other words, or nothing when only common words are left', () => {
    expect(othersThan('the renewal pizza', ['pizza'])).toBe('the renewal');
    expect(othersThan('the pizza', ['pizza'])).toBe('');
    expect(othersThan('pizza', ['pizza'])).toBe('');
  });
});
