import { describe, expect, it } from 'vitest';
import { onOneLine, typedText } from '../../src/lib/bidi-controls';
import { cleanName } from '../../src/schemas/manager';

// With no limit, as the stored notes and a plan's fields of several lines are read (noteSchema).
describe('typedText with no limit', () => {
  it('drops the embeddings, overrides and isolates, which turn the text after them around', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) expect(typedText(`Q1 ${control}gnp.exe`), control).toBe('Q1 gnp.exe');
    expect(typedText('\u202e\u202e\u2066')).toBe('');
  });

  it('keeps every other character: letters of any script, line breaks, tabs and the direction marks', () => {
    const text = 'Line 1\n\tשלום\u200f! مرحبا\u061c, hi\u200e 🚀';
    expect(typedText(text)).toBe(text);
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

// December 7: the fields of one line (a plan's title, a piece of evidence's description, a toolkit name).
describe('onOneLine', () => {
  it('reads each kind of line break as one space, CR LF as one', () => {
    expect(onOneLine('a\nb\r\nc\rd\u2028e\u2029f\u0085g\vh\fi')).toBe('a b c d e f g h i');
    expect(onOneLine('a\r\n\r\nb')).toBe('a  b');
  });

  it('drops the bidi controls too, and keeps tabs, the direction marks and other controls', () => {
    expect(onOneLine('Q1 \u202egnp\nexe')).toBe('Q1 gnp exe');
    expect(onOneLine('\tשלום\u200f!\u0000')).toBe('\tשלום\u200f!\u0000');
  });
});
