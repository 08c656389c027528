import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, islandModules, loadsWith } from '../support/imports';
import { filesUnder } from '../support/source-files';

/*
 * The manager toolkit's words are read from the page into the dictionary `mt` looks up by one module,
 * src/browser/manager-ui-page.ts, as it loads (the dictionary itself stays pure: tests/unit/layers.test.ts). So
 * code that looks words up through `mt` must never run before that module has loaded, or the toolkit shows keys
 * instead of words. Today every toolkit island loads it through src/islands/manager/shared.tsx; this holds it for
 * the next island, and for the code loaded on demand (the exports, My progress's tally card). It checks that the
 * module loads with such code, not the order within it: no module looks a word up as it loads, only as it renders.
 */
const ROOT = join(import.meta.dirname, '../..');
const DICTIONARY = join(ROOT, 'src/i18n/manager-ui.ts');
const PAGE_COPY = join(ROOT, 'src/browser/manager-ui-page.ts');

interface Load {
  /** The island's module, or a group of modules loaded on demand together. */
  files: string[];
  /** The load that asked for it (undefined for an island's module, which the page loads). */
  by?: Load;
}

/** Every load a page makes: each island's module, and each load on demand from what is loaded, once per asker. */
function loads(): Load[] {
  const found: Load[] = [];
  const visit = (load: Load, seen: Set<string>) => {
    found.push(load);
    for (const file of load.files)
      for (const loaded of loadsWith(file))
        for (const group of importsOf(loaded).onDemand) {
          const key = group.join(' ');
          if (!seen.has(key)) visit({ files: group, by: load }, new Set([...seen, key]));
        }
  };
  for (const page of filesUnder(join(ROOT, 'src'), /\.astro$/))
    for (const island of islandModules(page)) visit({ files: [island] }, new Set([island]));
  return found;
}

const loadsCopy = (load: Load): boolean => load.files.some((file) => loadsWith(file).has(PAGE_COPY));
/** Whether the page's copy has loaded once `load` has: with it, or with a load before it. */
const copyLoaded = (load: Load | undefined): boolean => load !== undefined && (loadsCopy(load) || copyLoaded(load.by));
const name = (load: Load) => load.files.map((file) => relative(ROOT, file)).join(' + ');

describe('the manager toolkit’s words in the browser', () => {
  const all = loads();
  const looksUp = all.filter((load) => load.files.some((file) => loadsWith(file).has(DICTIONARY)));

  it('finds the islands and what they load on demand', () => {
    const names = all.map(name);
    expect(names).toContain('src/islands/manager/tools.ts');
    expect(names).toContain('src/islands/manager/club-told.ts');
    expect(names).toContain('src/islands/my-progress/ClubCard.tsx + src/islands/manager/tools.ts');
    expect(looksUp.length).toBeGreaterThan(3);
  });

  it('are read from the page before any code that looks them up runs', () => {
    expect(looksUp.filter((load) => !copyLoaded(load)).map(name)).toEqual([]);
  });
});
