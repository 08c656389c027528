import { describe, expect, it } from 'vitest';
import { addressWords } from '../../src/lib/address-words';

describe('addressWords', () => {
  it('gives the last part of the path as words', () => {
    expect(addressWords('/handbook/csm-onboarding/')).toBe('csm onboarding');
    expect(addressWords('/handbook/customer-success/csm/csm_Internship')).toBe('csm internship');
    expect(addressWords('/no/such/page/')).toBe('page');
  });

  it('leaves out a file’s extension, repeats and punctuation', () => {
    expect(addressWords('/handbook/renewal-review.html')).toBe('renewal review');
    expect(addressWords('/a/csm--csm..onboarding.md')).toBe('csm onboarding');
  });

  it('reads escaped letters, and keeps a malformed escape’s words', () => {
    expect(addressWords('/handbook/%C3%A9quipe-csm/')).toBe('équipe csm');
    expect(addressWords('/handbook/bad%E0%A4%A-page/')).toBe('bad e0 a4 a page');
  });

  it('gives nothing for the root, and at most six words', () => {
    expect(addressWords('/')).toBe('');
    expect(addressWords('/a-b-c-d-e-f-g-h/')).toBe('a b c d e f');
  });
});
