import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * The build's own warnings about "last updated" dates print while Astro writes a route's line ("├─ /path/index.html"
 * then its time): each must start on a line of its own, not glued to the route's path.
 */
const execFileSync = vi.fn();
vi.mock('node:child_process', () => ({ execFileSync }));

async function freshModule() {
  vi.resetModules();
  return import('../../src/build/last-updated');
}

afterEach(() => {
  execFileSync.mockReset();
  vi.restoreAllMocks();
});

describe('the build’s warnings about last-updated dates', () => {
  it('start on a line of their own: no git', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    execFileSync.mockImplementation(() => {
      throw new Error('spawn git ENOENT');
    });
    const { lastUpdated } = await freshModule();
    expect(lastUpdated('content/handbook/a.md')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\n\[csm-handbook\] git history is not available/);
  });

  it('start on a line of their own: a shallow clone, and a page with no commit yet', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    execFileSync.mockImplementation((_git: string, args: string[]) =>
      args.includes('--is-shallow-repository') ? 'true\n' : '\0 2026-12-01T10:00:00+00:00\n\ncontent/handbook/a.md\n',
    );
    const { lastUpdated } = await freshModule();
    expect(lastUpdated('content/handbook/a.md')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(lastUpdated('./content/handbook/new.md')).toBeUndefined();
    const said = warn.mock.calls.map(([text]) => String(text));
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/^\n\[csm-handbook\] This is a shallow clone:/);
    expect(said[1]).toMatch(/^\n\[csm-handbook\] content\/handbook\/new\.md has no commit yet/);
  });
});
