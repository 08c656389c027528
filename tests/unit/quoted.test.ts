import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_LENGTH, quoted } from '../../src/lib/quoted';

const OWNS =
  'Owns the customer relationship of a global or large scale enterprise account and actively manages the stakeholder relationship at all levels';

describe('quoting the start of a long text', () => {
  it('ends at a word, not inside one, when a space is near the limit', () => {
    expect(quoted(OWNS)).toBe('Owns the customer relationship of a global or large scale…');
    expect(quoted(OWNS).length).toBeLessThanOrEqual(MAX_QUOTED_LENGTH);
    // A space just past what is kept: the last word is whole, kept.
    expect(quoted('Know the team and the product', 13)).toBe('Know the…');
    expect(quoted('Know the team and the product', 14)).toBe('Know the team…');
    // No comma or colon left before the ellipsis.
    expect(quoted('Coaches peers, then leads, then owns it all', 16)).toBe('Coaches peers…');
  });

  it('cuts a long word where it reaches the limit, and leaves a short text whole', () => {
    expect(quoted(`See https://gitlab.com/${'a'.repeat(80)}`, 30)).toBe(`See https://gitlab.com/${'a'.repeat(6)}…`);
    expect(quoted('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(quoted('  Know   the team ')).toBe('Know the team');
  });

  it('never cuts an emoji (two UTF-16 code units) in half, wherever the limit falls in it', () => {
    // A high surrogate not followed by a low one, or a low one not after a high one: a broken character.
    const broken = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(quoted(`${'x'.repeat(58)}🚀 launch`)).toBe(`${'x'.repeat(58)}…`);
    for (let at = 0; at < 70; at += 1) {
      for (const text of [`${'x'.repeat(at)}🚀🚀 and more words after it`, `${'x '.repeat(at)}🇬🇧🇬🇧🇬🇧 flags`]) {
        expect(quoted(text)).not.toMatch(broken);
      }
    }
  });
});
