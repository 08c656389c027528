import { describe, expect, it } from 'vitest';
import { clipText } from '../../src/lib/clip-text';

describe('clipText', () => {
  it('keeps text within the limit as it is, and cuts longer text to the limit with an ellipsis', () => {
    expect(clipText('short', 10)).toBe('short');
    expect(clipText('exactly10!', 10)).toBe('exactly10!');
    expect(clipText('eleven char', 10)).toBe('eleven ch…');
    expect(clipText('eleven char', 10)).toHaveLength(10);
  });

  it('never leaves half of a surrogate pair before the ellipsis', () => {
    expect(clipText('abcdefgh😀xyz', 10)).toBe('abcdefgh…');
  });
});
