import { describe, expect, it } from 'vitest';
import { checkTags } from '../../src/lib/evidence-tags';

describe('evidence tags as typed', () => {
  it('trims, folds spaces and drops repeats and empties', () => {
    expect(checkTags(' EBR,  executive   sponsor , ebr,, ')).toEqual({ ok: true, tags: ['EBR', 'executive sponsor'] });
    expect(checkTags('')).toEqual({ ok: true, tags: [] });
  });

  it('refuses a tag over 40 characters, naming it, rather than cutting it', () => {
    const long = 'strategic-account-executive-business-review-emea-q3-2027-acme';
    expect(checkTags(`EBR, ${long}`)).toEqual({ ok: false, reason: 'long', tag: long });
    expect(checkTags('x'.repeat(40))).toEqual({ ok: true, tags: ['x'.repeat(40)] });
  });

  it('refuses more than 20 tags, counting them, rather than dropping the rest', () => {
    const tags = (count: number) => Array.from({ length: count }, (_, i) => `t${i + 1}`);
    expect(checkTags(tags(25).join(', '))).toEqual({ ok: false, reason: 'many', count: 25 });
    expect(checkTags(tags(20).join(', '))).toEqual({ ok: true, tags: tags(20) });
    // Repeats are not counted: they are dropped, as the reader sees them once.
    expect(checkTags([...tags(20), 'T1'].join(', '))).toEqual({ ok: true, tags: tags(20) });
  });
});
