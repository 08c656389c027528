import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeBase, withBase } from '../../src/lib/base-path';
import { cspSha256 } from '../../src/lib/csp-hash';
import { parseTheme, THEME_BOOT_SCRIPT } from '../../src/lib/theme';
import { currentSectionId } from '../../src/lib/toc-tracking';

describe('base path', () => {
  it('normalizes what a deployer may type', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('handbook')).toBe('/handbook/');
    expect(normalizeBase('/handbook/')).toBe('/handbook/');
    expect(normalizeBase(' //docs/csm// ')).toBe('/docs/csm/');
  });

  it('joins the base and a root-relative path', () => {
    expect(withBase('/', '/a/')).toBe('/a/');
    expect(withBase('/handbook/', '/a/#x')).toBe('/handbook/a/#x');
    expect(withBase('/handbook', 'a/')).toBe('/handbook/a/');
  });
});

describe('theme', () => {
  it('accepts the three choices and treats anything else as auto', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('auto')).toBe('auto');
    expect(parseTheme('<script>')).toBe('auto');
    expect(parseTheme(null)).toBe('auto');
  });

  it('boot script applies a stored theme and survives blocked storage', () => {
    const run = (storage: () => string | null) => {
      const root = { classList: new Set<string>(), dataset: {} as Record<string, string> };
      const doc = { documentElement: { ...root, classList: { add: (c: string) => root.classList.add(c) } } };
      new Function('document', 'localStorage', THEME_BOOT_SCRIPT)(doc, { getItem: storage });
      return { classes: [...root.classList], theme: doc.documentElement.dataset.theme };
    };
    expect(run(() => 'dark')).toEqual({ classes: ['js'], theme: 'dark' });
    expect(run(() => 'evil')).toEqual({ classes: ['js'], theme: undefined });
    expect(
      run(() => {
        throw new Error('blocked');
      }),
    ).toEqual({ classes: ['js'], theme: undefined });
  });

  it('hashes the boot script for the CSP', () => {
    const expected = createHash('sha256').update(THEME_BOOT_SCRIPT).digest('base64');
    expect(cspSha256(THEME_BOOT_SCRIPT)).toBe(`sha256-${expected}`);
  });
});

describe('currentSectionId', () => {
  it('picks the last heading above the reading line', () => {
    const headings = [
      { id: 'a', top: -400 },
      { id: 'b', top: 100 },
      { id: 'c', top: 600 },
    ];
    expect(currentSectionId(headings, 1000)).toBe('b');
    expect(currentSectionId(headings, 200)).toBe('a');
    expect(currentSectionId([{ id: 'a', top: 500 }], 1000)).toBe('_top');
  });
});
