import { describe, expect, it } from 'vitest';
import { ordinalNumber, ordinalsOf, saysOrdinal } from '../../src/lib/search-ordinals';

const split = (text: string) => text.split(' ');

describe('ordinal words in a query', () => {
  it('reads first to twelfth, and 1st, 2nd, 3rd, 12th, as numbers', () => {
    expect(ordinalNumber('first')).toBe(1);
    expect(ordinalNumber('Second')).toBe(2);
    expect(ordinalNumber('third')).toBe(3);
    expect(ordinalNumber('twelfth')).toBe(12);
    expect(ordinalNumber('1st')).toBe(1);
    expect(ordinalNumber('2nd')).toBe(2);
    expect(ordinalNumber('3rd')).toBe(3);
    expect(ordinalNumber('11th')).toBe(11);
    expect(ordinalNumber('month')).toBeUndefined();
    expect(ordinalNumber('1')).toBeUndefined();
  });

  it('reads an ordinal only before a unit the handbook numbers', () => {
    expect(ordinalsOf(split('what does my manager do in the first month'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { number: 1, unit: 'month' },
      undefined,
    ]);
    expect(ordinalsOf(split('second week'))[0]).toEqual({ number: 2, unit: 'week' });
    expect(ordinalsOf(split('third module'))[0]).toEqual({ number: 3, unit: 'module' });
    expect(ordinalsOf(split('2nd week'))[0]).toEqual({ number: 2, unit: 'week' });
    // "first" in running text is a word like any other.
    expect(ordinalsOf(split('when is my first 1:1'))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(ordinalsOf(split('first 90 days'))[0]).toBeUndefined();
    expect(ordinalsOf(split('first'))[0]).toBeUndefined();
  });

  it('finds the ordinal on a page: the number after its unit, or the ordinal before it', () => {
    const month1 = { number: 1, unit: 'month' };
    const at = (text: string, ordinal = month1) => {
      const words = split(text);
      return words.filter((_, i) => saysOrdinal(words, i, ordinal));
    };
    expect(at('Month 1. Ensure new team member has access')).toEqual(['1.']);
    expect(at('in the first month of onboarding')).toEqual(['first']);
    expect(at('Month 2. Month 11. Module 1: the 1 month')).toEqual([]);
    expect(at('the first 3 months')).toEqual([]);
    expect(at('1st week: the first full week of the month', { number: 1, unit: 'week' })).toEqual(['1st', 'first']);
    expect(at('Week 2: Week 12 and the second week', { number: 2, unit: 'week' })).toEqual(['2:', 'second']);
  });
});
