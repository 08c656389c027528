import { describe, expect, it } from 'vitest';
import { insertAfterParagraph } from '../../src/lib/after-paragraph';

describe('insertAfterParagraph', () => {
  const html = '<h4>Grade</h4><p>The Director is a job grade <a href="/g">level 11</a>.</p><p>Next &amp; last.</p>';

  it('puts the part right after the paragraph whose text matches, links and entities aside', () => {
    expect(insertAfterParagraph(html, 'The Director is a job grade level 11.', '<aside>note</aside>')).toBe(
      '<h4>Grade</h4><p>The Director is a job grade <a href="/g">level 11</a>.</p><aside>note</aside><p>Next &amp; last.</p>',
    );
    expect(insertAfterParagraph(html, 'Next & last.', '<aside/>')).toMatch(/last\.<\/p><aside\/>$/);
    const external =
      '<p>A grade <a class="external" href="https://x">level 11<span class="sr-only" data-pagefind-ignore="">(external)</span></a>.</p>';
    expect(insertAfterParagraph(external, 'A grade level 11.', '<aside/>')).toBe(`${external}<aside/>`);
  });

  it('says when no paragraph has the text, so the build can stop instead of dropping the part', () => {
    expect(insertAfterParagraph(html, 'The Senior Director is a job grade level 11.', '<aside/>')).toBeUndefined();
    // A sentence inside a longer paragraph is not that paragraph.
    expect(insertAfterParagraph(html, 'Next', '<aside/>')).toBeUndefined();
  });
});
