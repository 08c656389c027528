import { describe, expect, it } from 'vitest';
import { parseUntrustedJson } from '../../src/lib/untrusted-json';

describe('parseUntrustedJson', () => {
  it('reads JSON', () => {
    expect(parseUntrustedJson('{"a":[1,{"b":"c"}]}')).toEqual({ ok: true, value: { a: [1, { b: 'c' }] } });
  });

  it('tells text that is not JSON from JSON nested deeper than the browser reads', () => {
    expect(parseUntrustedJson('{"a":')).toEqual({ ok: false, error: 'not-json' });
    expect(parseUntrustedJson('')).toEqual({ ok: false, error: 'not-json' });
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseUntrustedJson(deep)).toEqual({ ok: false, error: 'too-deep' });
  });

  it('refuses a prototype-reaching key at any depth, naming it, and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(parseUntrustedJson(`{"a":[{"${key}":{"polluted":1}}]}`)).toEqual({ ok: false, error: 'forbidden', key });
    }
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});
