import { describe, expect, it } from 'vitest';
import { withoutBidiControls } from '../../src/lib/bidi-controls';
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
