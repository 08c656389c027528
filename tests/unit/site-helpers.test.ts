// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspSha256 } from '../../src/build/csp-hash';
import { normalizeBase, withBase } from '../../src/lib/base-path';
import { parseTheme, THEME_BOOT_SCRIPT, THEME_STORAGE_KEY } from '../../src/lib/theme';
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

  // BaseLayout writes it raw into <head>: every byte is this constant, and nothing in it can end the element.
  it('boot script is written raw safely: no "<" in it, and the stored value is compared, never written', () => {
    expect(THEME_BOOT_SCRIPT).not.toContain('<');
    expect(THEME_BOOT_SCRIPT).toContain(`localStorage.getItem('${THEME_STORAGE_KEY}')`);
    expect(THEME_BOOT_SCRIPT).toContain("if(t=='light'||t=='dark')d.dataset.theme=t");
  });

  it('hashes the boot script for the CSP', () => {
    const expected = createHash('sha256').update(THEME_BOOT_SCRIPT).digest('base64');
    expect(cspSha256(THEME_BOOT_SCRIPT)).toBe(`sha256-${expected}`);
  });
});

describe('currentSectionId', () => {
  it('picks the last heading in the upper part of the screen', () => {
    const headings = [
      { id: 'a', top: -400 },
      { id: 'b', top: 100 },
      { id: 'c', top: 500 },
    ];
    expect(currentSectionId(headings, 1000)).toBe('b');
    expect(currentSectionId(headings, 200)).toBe('a');
    expect(currentSectionId([{ id: 'a', top: 500 }], 1000)).toBe('_top');
  });

  it('marks the section whose heading sits at y = 269 of 720, not the one before (issue 12)', () => {
    const headings = [
      { id: 'week-3', top: -600 },
      { id: 'week-4', top: 269 },
      { id: 'week-5', top: 900 },
    ];
    expect(currentSectionId(headings, 720)).toBe('week-4');
  });

  it('marks a heading just jumped to, at the top, over a short section’s next heading', () => {
    const headings = [
      { id: 'overview', top: -300 },
      { id: 'learning-objectives', top: 72 },
      { id: 'module-1', top: 160 },
    ];
    expect(currentSectionId(headings, 720)).toBe('learning-objectives');
  });

  it('marks the last heading on the screen once the page is at its end', () => {
    const headings = [
      { id: 'a', top: 100 },
      { id: 'b', top: 500 },
      { id: 'c', top: 650 },
      { id: 'd', top: 900 },
    ];
    expect(currentSectionId(headings, 720, true)).toBe('c');
  });
});

describe('storage module', () => {
  it('reads, writes and lists keys', async () => {
    const { openStorage } = await import('../../src/browser/storage');
    const { FakeStorage } = await import('../support/fake-storage');
    const fake = new FakeStorage();
    const storage = openStorage(() => fake);
    expect(storage.available).toBe(true);
    expect(storage.write('csm-handbook:task:a', '1')).toBe('saved');
    expect(storage.read('csm-handbook:task:a')).toEqual({ ok: true, value: '1' });
    expect(storage.keys('csm-handbook:task:')).toEqual(['csm-handbook:task:a']);
    expect(storage.remove('csm-handbook:task:a')).toBe(true);
    expect(fake.data.size).toBe(0);
  });

  it('tells a failed read from an empty key (data safety, item 4)', async () => {
    const { openStorage } = await import('../../src/browser/storage');
    const { FakeStorage } = await import('../support/fake-storage');
    const fake = new FakeStorage(new Map([['csm-handbook:task:a', '{"v":2}']]));
    const storage = openStorage(() => fake);
    fake.failReads = true;
    expect(storage.read('csm-handbook:task:a')).toEqual({ ok: false });
    expect(storage.keys('csm-handbook:')).toBeUndefined();
  });

  it('never throws when storage is blocked', async () => {
    const { openStorage } = await import('../../src/browser/storage');
    const { FakeStorage } = await import('../support/fake-storage');
    const fake = new FakeStorage();
    fake.blocked = true;
    const storage = openStorage(() => fake);
    expect(storage.available).toBe(false);
    expect(storage.read('x')).toEqual({ ok: true, value: null });
    expect(storage.write('x', '1')).toBe('unavailable');
    expect(storage.keys('')).toEqual([]);
    expect(
      openStorage(() => {
        throw new Error('no storage here');
      }).available,
    ).toBe(false);
  });

  it('tells a watcher when its key changes in this tab, through any adapter, and stops when asked', async () => {
    const { openStorage } = await import('../../src/browser/storage');
    const { watchKey } = await import('../../src/browser/storage-watch');
    const { FakeStorage } = await import('../support/fake-storage');
    const fake = new FakeStorage();
    const calls: string[] = [];
    const stop = watchKey(
      openStorage(() => fake),
      'csm-handbook:summary',
      () => calls.push('changed'),
    );
    const writer = openStorage(() => fake);
    writer.write('csm-handbook:summary', '{}');
    writer.write('csm-handbook:task:a', '1');
    writer.remove('csm-handbook:summary');
    expect(calls).toEqual(['changed', 'changed']);
    stop();
    writer.write('csm-handbook:summary', '{}');
    expect(calls).toHaveLength(2);
  });

  it('tells a full storage from a blocked one', async () => {
    const { isQuotaError, openStorage } = await import('../../src/browser/storage');
    const { FakeStorage } = await import('../support/fake-storage');
    const fake = new FakeStorage();
    const storage = openStorage(() => fake);
    fake.quotaBytes = 5;
    expect(storage.write('csm-handbook:task:a', 'x'.repeat(10))).toBe('full');
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});

describe('htmlToText', () => {
  it('drops tags and decodes entities', async () => {
    const { htmlToText } = await import('../../src/lib/html-text');
    expect(htmlToText('<b>Reviews &amp; Coaching</b> &lt;script&gt; &#8217; &#x2019;')).toBe(
      'Reviews & Coaching <script> ’ ’',
    );
    expect(htmlToText('  a\n  b ')).toBe('a b');
    expect(htmlToText('&bogus; &#0;')).toBe('&bogus; &#0;');
  });
});
