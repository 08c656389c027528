import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ChunkLinks,
  chunksWithSharedLoader,
  lazyChunksHaveNoCss,
  RETRYING_IMPORT,
  SHARED_RETRYING_IMPORT,
  withLocalLoaders,
} from '../../src/build/preload-helper';

const chunk = (links: Partial<ChunkLinks>): ChunkLinks => ({
  imports: [],
  dynamicImports: [],
  importedCss: 0,
  ...links,
});

describe('lazyChunksHaveNoCss', () => {
  it('is true when the chunks loaded lazily and what they import bring no CSS', () => {
    const chunks = new Map([
      ['page.js', chunk({ imports: ['island.js'], dynamicImports: ['search.js'], importedCss: 2 })],
      ['island.js', chunk({ importedCss: 1 })],
      ['search.js', chunk({ imports: ['shared.js'] })],
      ['shared.js', chunk({})],
    ]);
    expect(lazyChunksHaveNoCss(chunks)).toBe(true);
  });

  it('is false when a lazy chunk, or a chunk it imports, brings CSS', () => {
    const direct = new Map([
      ['page.js', chunk({ dynamicImports: ['timeline.js'] })],
      ['timeline.js', chunk({ importedCss: 1 })],
    ]);
    expect(lazyChunksHaveNoCss(direct)).toBe(false);
    const deep = new Map([
      ['page.js', chunk({ dynamicImports: ['export.js'] })],
      ['export.js', chunk({ imports: ['dialog.js'] })],
      ['dialog.js', chunk({ imports: ['export.js'], importedCss: 1 })],
    ]);
    expect(lazyChunksHaveNoCss(deep)).toBe(false);
  });

  it('is true when the CSS a lazy chunk reaches is in a chunk its importer already imports statically', () => {
    // The checklists' file: the lists' CSS, and the task words the lazy export reads.
    const chunks = new Map([
      ['panel.js', chunk({ imports: ['checklists.js'], dynamicImports: ['export.js'] })],
      ['checklists.js', chunk({ importedCss: 2 })],
      ['export.js', chunk({ imports: ['checklists.js'] })],
    ]);
    expect(lazyChunksHaveNoCss(chunks)).toBe(true);
    // Imported by another page's lazy chunk, whose importer does not load it: that page lacks the CSS.
    chunks.set('other.js', chunk({ dynamicImports: ['export.js'] }));
    expect(lazyChunksHaveNoCss(chunks)).toBe(false);
  });
});

describe('chunksWithSharedLoader', () => {
  it('names the chunks that run after another chunk with a loader, and not those in a cycle', () => {
    const chunks = new Map([
      ['core.js', chunk({})],
      ['panel.js', chunk({ imports: ['words.js'] })],
      ['words.js', chunk({ imports: ['core.js'] })],
      ['a.js', chunk({ imports: ['b.js'] })],
      ['b.js', chunk({ imports: ['a.js'] })],
      ['c.js', chunk({ imports: ['a.js'] })],
    ]);
    const importers = new Set(['core.js', 'panel.js', 'words.js', 'a.js', 'b.js', 'c.js']);
    expect([...chunksWithSharedLoader(chunks, importers)].sort()).toEqual(['c.js', 'panel.js', 'words.js']);
    // A chunk that imports only chunks without a loader defines its own.
    expect([...chunksWithSharedLoader(chunks, new Set(['panel.js']))]).toEqual([]);
  });

  it('names none when the chunks are not all in one folder (the shared loader resolves against the first)', () => {
    const chunks = new Map([
      ['_astro/core.js', chunk({})],
      ['_astro/words.js', chunk({ imports: ['_astro/core.js'] })],
      ['other/panel.js', chunk({ imports: ['_astro/words.js'] })],
    ]);
    const importers = new Set(chunks.keys());
    expect([...chunksWithSharedLoader(chunks, importers)]).toEqual([]);
    chunks.delete('other/panel.js');
    expect([...chunksWithSharedLoader(chunks, importers)]).toEqual(['_astro/words.js']);
  });
});

/**
 * Runs `reader` (an ES module) with Node itself, beside `files`, and returns what it logs as JSON; `arrive()` in
 * it writes the lazy file `timeline.js`, which is missing until then. Vitest's module runner would load the files
 * its own way.
 */
function runInNode<T>(files: Record<string, string>, reader: string): T {
  const folder = mkdtempSync(join(tmpdir(), 'csm-lazy-'));
  writeFileSync(join(folder, 'package.json'), '{"type":"module"}');
  for (const [name, code] of Object.entries(files)) writeFileSync(join(folder, name), code);
  writeFileSync(
    join(folder, 'reader.js'),
    `import { writeFileSync } from 'node:fs';
    const arrive = () => writeFileSync(new URL('./timeline.js', import.meta.url), 'export const url = import.meta.url;');
    ${reader}`,
  );
  try {
    return JSON.parse(execFileSync(process.execPath, [join(folder, 'reader.js')], { encoding: 'utf8' }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('withLocalLoaders', () => {
  const helper = '_astro/preload-helper.DygEbaNj.js';

  it('puts a local helper that only calls the loader where the chunk imported it', async () => {
    const code =
      'import{n as e}from"./storage.DuPuIjnn.js";import{t as F}from"./preload-helper.DygEbaNj.js";' +
      'var X=()=>F(()=>Promise.resolve(`loaded`),[]);export{X as t};';
    const rewritten = withLocalLoaders(code, helper);
    expect(rewritten).toBe(
      `import{n as e}from"./storage.DuPuIjnn.js";const F=l=>l();${RETRYING_IMPORT}` +
        'var X=()=>F(()=>Promise.resolve(`loaded`),[]);export{X as t};',
    );
    const module = await import(
      `data:text/javascript,${encodeURIComponent((rewritten as string).replace(/^import[^;]*;/, ''))}`
    );
    await expect(module.t()).resolves.toBe('loaded');
  });

  it('keeps names with a dollar sign as they are, and the unaliased form', () => {
    expect(withLocalLoaders('import{t as $$}from"./preload-helper.DygEbaNj.js";$$(()=>1);', helper)).toBe(
      `const $$=l=>l();${RETRYING_IMPORT}$$(()=>1);`,
    );
    expect(withLocalLoaders("import { t } from './preload-helper.DygEbaNj.js'\nt(()=>1)", helper)).toBe(
      `const t=l=>l();${RETRYING_IMPORT}\nt(()=>1)`,
    );
  });

  it('gives up (null) on any other form, so the helper is kept', () => {
    expect(withLocalLoaders('import*as h from"./preload-helper.DygEbaNj.js";h.t(()=>1);', helper)).toBeNull();
    expect(
      withLocalLoaders(
        'import{t as F}from"./preload-helper.DygEbaNj.js";export{t}from"./preload-helper.DygEbaNj.js";',
        helper,
      ),
    ).toBeNull();
    expect(withLocalLoaders('import{t as F}from"./preload-helper.OtherHash.js";', helper)).toBeNull();
  });

  it('makes each lazy import ask for its file under a new address once a load of it has failed', () => {
    // Browsers that remember a failed import() of an address (Chromium 150) answer every later import() of it
    // with the same failure: "try again" has to ask for another address. Run by Node itself, with real files
    // (Vitest's module runner would load them its own way).
    const chunk = withLocalLoaders(
      'import{t as F}from"./preload-helper.DygEbaNj.js";' +
        'var X=()=>F(()=>import(`./timeline.js`),[]);var Y=()=>F(()=>import(`./timeline.js`).then(m=>m.url),[]);' +
        'export{X as load,Y as loadUrl};',
      helper,
    );
    const seen = runInNode<{ first: string; url: string; same: boolean; other: string }>(
      { 'chunk.js': chunk as string },
      `import { load, loadUrl } from './chunk.js';
      const first = await load().then(() => 'loaded', () => 'failed');
      // The file arrives (the reader is back online), and the reader clicks again.
      arrive();
      const loaded = await load();
      console.log(JSON.stringify({ first, url: loaded.url, same: (await load()) === loaded, other: await loadUrl() }));`,
    );
    expect(seen.first).toBe('failed');
    // The next click loads it, under a new address…
    expect(seen.url).toMatch(/\/timeline\.js\?retry=1$/);
    // …and every later load, from any call site, gets that same module, not a second copy.
    expect(seen.same).toBe(true);
    expect(seen.other).toBe(seen.url);
  });

  it('a chunk that runs after one with the loader uses that one, with the same count of failed loads', () => {
    const core = withLocalLoaders(
      'import{t as F}from"./preload-helper.DygEbaNj.js";export const loadCore=()=>F(()=>import(`./timeline.js`),[]);',
      helper,
    ) as string;
    const panel = withLocalLoaders(
      'import"./core.js";import{t as F}from"./preload-helper.DygEbaNj.js";' +
        'export const loadPanel=()=>F(()=>import(`./timeline.js`),[]);',
      helper,
      true,
    ) as string;
    expect(panel).toContain(SHARED_RETRYING_IMPORT);
    expect(panel).not.toContain('__csmTries');
    const seen = runInNode<{ first: string; url: string; same: boolean }>(
      { 'core.js': core, 'panel.js': panel },
      `import { loadCore } from './core.js';
      import { loadPanel } from './panel.js';
      const first = await loadPanel().then(() => 'loaded', () => 'failed');
      arrive();
      const fromPanel = await loadPanel();
      console.log(JSON.stringify({ first, url: fromPanel.url, same: (await loadCore()) === fromPanel }));`,
    );
    expect(seen.first).toBe('failed');
    expect(seen.url).toMatch(/\/timeline\.js\?retry=1$/);
    expect(seen.same).toBe(true);
  });

  it('gives up (null) on an import( Vite did not wrap, which would not be tried again', () => {
    expect(
      withLocalLoaders(
        'import{t as F}from"./preload-helper.DygEbaNj.js";F(()=>import(`./a.js`),[]);import(b);',
        helper,
      ),
    ).toBeNull();
    expect(
      withLocalLoaders('import{t as F}from"./preload-helper.DygEbaNj.js";x.import(b);F(()=>1);', helper),
    ).not.toBeNull();
  });
});
