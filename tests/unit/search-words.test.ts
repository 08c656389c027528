import { describe, expect, it } from 'vitest';
import {
  correctQuery,
  editDistance,
  nearestWord,
  parseVocabulary,
  VOCABULARY_VERSION,
  vocabularyOf,
  wordKey,
} from '../../src/lib/search-words';

const words = vocabularyOf([
  'Onboarding onboarding onboarding Gainsight Gainsight success success plans promotion mentorship certification',
  'gained gaining onward',
]);

describe('vocabulary', () => {
  it('keeps words of four letters or more, most frequent first, as search compares them', () => {
    expect(words.slice(0, 3)).toEqual(['onboarding', 'gainsight', 'success']);
    expect(words).not.toContain('on');
    expect(wordKey('Café,')).toBe('cafe');
  });

  it('reads only its own format, never throwing', () => {
    expect(parseVocabulary({ v: VOCABULARY_VERSION, words: ['a', 3, 'b'] })).toEqual(['a', 'b']);
    expect(parseVocabulary({ v: 99, words: ['a'] })).toEqual([]);
    expect(parseVocabulary('nonsense')).toEqual([]);
    expect(parseVocabulary(null)).toEqual([]);
  });
});

describe('suggestions', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('onbaording', 'onboarding')).toBe(1);
    expect(editDistance('gainsite', 'gainsight')).toBe(3);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('finds the nearest handbook word to a misspelling', () => {
    expect(nearestWord('onbaording', words)).toBe('onboarding');
    expect(nearestWord('gainsite', words)).toBe('gainsight');
    expect(nearestWord('sucess', words)).toBe('success');
    expect(nearestWord('promtion', words)).toBe('promotion');
    expect(nearestWord('mentorhsip', words)).toBe('mentorship');
  });

  it('leaves alone what is being typed, short words, numbers and words with nothing near', () => {
    expect(nearestWord('onboa', words)).toBeUndefined();
    expect(nearestWord('gian', words)).toBeUndefined();
    expect(nearestWord('1234', words)).toBeUndefined();
    expect(nearestWord('xylophone', words)).toBeUndefined();
  });

  it('corrects only the words found nowhere, keeping the others as typed', () => {
    expect(correctQuery('sucess plan Review', ['sucess'], words)).toBe('success plan Review');
    expect(correctQuery('xylophonequartz', ['xylophonequartz'], words)).toBeUndefined();
  });
});
