import { describe, expect, it } from 'vitest';
import { typedText, withoutBidiControls } from '../../src/lib/bidi-controls';
import { cleanName } from '../../src/schemas/manager';

describe('withoutBidiControls', () => {
  it('drops the embeddings, overrides and isolates, which turn the text after them around', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) expect(withoutBidiControls(`Q1 ${control}gnp.exe`), control).toBe('Q1 gnp.exe');
    expect(withoutBidiControls('\u202e\u202e\u2066')).toBe('');
  });

  it('keeps every other character: letters of any script, line breaks, tabs and the direction marks', () => {
    const text = 'Line 1\n\tשלום\u200f! مرحبا\u061c, hi\u200e 🚀';
    expect(withoutBidiControls(text)).toBe(text);
  });

  // One way: the manager toolkit's names drop the same characters, and control characters besides.
  it('is what a manager toolkit name drops too', () => {
    expect(cleanName('A\u202en\u2066a\u0000')).toBe('Ana');
    expect(cleanName('Sh\u200fira')).toBe('Sh\u200fira');
  });
});

/*
 * What a field keeps of the text typed or pasted into it: the plan builder's fields, a checklist task's note, the
 * career ladder's note and evidence form (through keepWithinLimit, src/islands/LengthCounter.tsx, for the limited
 * ones). Until December 7 only the plan builder's fields dropped the bidi controls, in a line of their own.
 */
describe('typedText', () => {
  it('drops the bidi controls, then keeps at most the field’s limit', () => {
    expect(typedText('Q1 \u202egnp.exe', 300)).toBe('Q1 gnp.exe');
    // The controls take no room: what the reader sees is what counts against the limit.
    expect(typedText('\u202e\u2066abc\u2069def', 5)).toBe('abcde');
    expect(typedText('Know\u2067 the team\u2069')).toBe('Know the team');
  });

  it('keeps the rest as typed: spaces, line breaks and the direction marks', () => {
    const text = '  Line 1\r\n\tשלום\u200f! ';
    expect(typedText(text, 5_000)).toBe(text);
    expect(typedText('', 10)).toBe('');
  });
});
