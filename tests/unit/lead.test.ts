import { describe, expect, it } from 'vitest';
import { saysAlready } from '../../src/lib/lead';

describe('saysAlready', () => {
  it('finds a description that the page text already says, however it wraps', () => {
    const body = 'Intro.\n\nOnboarding for Customer Success Managers is a guided,\nmethodical process.';
    expect(saysAlready(body, 'Onboarding for Customer Success Managers is a guided, methodical process.')).toBe(true);
  });

  it('reads curly and straight quotes alike', () => {
    expect(saysAlready('It’s a guide.', "It's a guide.")).toBe(true);
  });

  it('keeps a description the text does not say', () => {
    expect(saysAlready('## Overview\n\nThe CSM leadership team…', 'A guide to help CSMs level up their skills')).toBe(
      false,
    );
    expect(saysAlready('anything', '  ')).toBe(false);
  });
});
