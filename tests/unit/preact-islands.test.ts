import { describe, expect, it } from 'vitest';
import preactIslands from '../../src/integrations/preact-islands';

/*
 * The integration's Vite plugin serves one module, the renderer's options. Rolldown calls a plugin hook that has
 * no filter from Rust for every module it resolves or loads (about 1,050 loads in a build of the site); with a
 * filter on the module's id it skips the call itself.
 */

interface Hook {
  filter?: { id?: RegExp };
  handler?: (id: string) => unknown;
}
type Plugin = { name: string } & Record<string, unknown>;

function vitePlugins(): Plugin[] {
  const plugins: Plugin[] = [];
  const setup = preactIslands().hooks['astro:config:setup'] as (options: unknown) => void;
  // What the hook uses of Astro's setup options.
  setup({
    command: 'build',
    addRenderer: () => {},
    updateConfig: (config: { vite?: { plugins?: Plugin[] } }) => plugins.push(...(config.vite?.plugins ?? [])),
  });
  return plugins;
}

describe('the Preact islands’ options module', () => {
  const options = vitePlugins().find((plugin) => plugin.name === 'csm-handbook:preact-options');

  it('is resolved and loaded through hooks filtered on its id, so no other module calls them', () => {
    const resolveId = options?.resolveId as Hook;
    const load = options?.load as Hook;
    expect(resolveId.filter?.id?.test('astro:preact:opts')).toBe(true);
    expect(resolveId.filter?.id?.test('/site/src/islands/TaskWords.tsx')).toBe(false);
    expect(load.filter?.id?.test('\0astro:preact:opts')).toBe(true);
    expect(load.filter?.id?.test('/site/src/islands/TaskWords.tsx')).toBe(false);
    expect(load.filter?.id?.test('astro:preact:opts')).toBe(false);
  });

  it('gives the renderer an empty set of options', () => {
    const resolveId = options?.resolveId as Hook;
    const load = options?.load as Hook;
    expect(resolveId.handler?.('astro:preact:opts')).toBe('\0astro:preact:opts');
    expect(load.handler?.('\0astro:preact:opts')).toBe('export default {};');
  });
});
