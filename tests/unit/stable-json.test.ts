import { describe, expect, it } from 'vitest';
import { sameContent } from '../../src/lib/stable-json';

describe('sameContent: two values compared as stored', () => {
  it('is true for records whose keys were built in different orders, at any depth', () => {
    expect(
      sameContent(
        { state: 'done', note: 'Met Ana', at: { day: 1, hour: 2 } },
        { at: { hour: 2, day: 1 }, note: 'Met Ana', state: 'done' },
      ),
    ).toBe(true);
  });

  it('is true when one record leaves out a key the other holds as undefined (neither is stored)', () => {
    expect(sameContent({ note: 'x', due: undefined }, { note: 'x' })).toBe(true);
    expect(sameContent(undefined, undefined)).toBe(true);
  });

  it('is false when a value differs, a list is in another order, or one side is missing', () => {
    expect(sameContent({ note: 'x' }, { note: 'y' })).toBe(false);
    expect(sameContent({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toBe(false);
    expect(sameContent({ note: 'x' }, undefined)).toBe(false);
    expect(sameContent({ count: 1 }, { count: '1' })).toBe(false);
  });
});
