import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src/lib/inline-markdown';
import { pauseAfter } from '../../src/lib/point-pauses';

describe('pauseAfter', () => {
  it('pauses after a point that ends without punctuation, when another follows', () => {
    expect(pauseAfter(parseInline('Any roadblocks you ran into with the hands-on labs'), false)).toBe(true);
    expect(pauseAfter(parseInline('Read the [release notes](https://about.gitlab.com/releases/)'), false)).toBe(true);
  });

  it('leaves a point that ends in punctuation as it is, and the last point', () => {
    for (const words of ['Why would a customer choose GitLab?', 'How to find a mentor:', 'Ask them.', 'Wait… ']) {
      expect(pauseAfter(parseInline(words), false), words).toBe(false);
    }
    expect(pauseAfter(parseInline('in order to increase CI adoption'), true)).toBe(false);
  });
});
