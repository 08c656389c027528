import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/markdown/typeset';

// review2 (December 7): the ladder quoted the program as "It's important…" where the program's page shows "It’s".
describe('handbook words typeset as the handbook pages typeset them', () => {
  it('curls apostrophes and quotes, as the pages’ smart punctuation does', () => {
    expect(typeset("It's important")).toBe('It’s important');
    expect(typeset('promoting "boring solutions"')).toBe('promoting “boring solutions”');
    expect(typeset("the customers' desired outcomes, GitLab's")).toBe('the customers’ desired outcomes, GitLab’s');
  });

  it('reads nothing in the words as Markdown: every other character is kept as it is', () => {
    const plain = 'Use *MRs*, _issues_ & `code` <b>bold</b> [a](b) #1 \\ | ~x~ https://gitlab.com/a_b';
    expect(typeset(plain)).toBe(plain);
    expect(typeset('- a dash first')).toBe('- a dash first');
    expect(typeset('1. a number first')).toBe('1. a number first');
    expect(typeset('+ > # = a line’s other openings')).toBe('+ > # = a line’s other openings');
    expect(typeset('2-3 Staff CSMs')).toBe('2-3 Staff CSMs');
  });
});
