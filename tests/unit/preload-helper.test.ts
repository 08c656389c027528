import { describe, expect, it } from 'vitest';
import { type ChunkLinks, lazyChunksHaveNoCss, withLocalNoopHelper } from '../../src/build/preload-helper';

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
});

describe('withLocalNoopHelper', () => {
  const helper = '_astro/preload-helper.DygEbaNj.js';

  it('puts a local helper that only calls the loader where the chunk imported it', async () => {
    const code =
      'import{n as e}from"./storage.DuPuIjnn.js";import{t as F}from"./preload-helper.DygEbaNj.js";' +
      'var X=()=>F(()=>Promise.resolve(`loaded`),[]);export{X as t};';
    const rewritten = withLocalNoopHelper(code, helper);
    expect(rewritten).toBe(
      'import{n as e}from"./storage.DuPuIjnn.js";const F=(load)=>load();' +
        'var X=()=>F(()=>Promise.resolve(`loaded`),[]);export{X as t};',
    );
    const module = await import(
      `data:text/javascript,${encodeURIComponent((rewritten as string).replace(/^import[^;]*;/, ''))}`
    );
    await expect(module.t()).resolves.toBe('loaded');
  });

  it('keeps names with a dollar sign as they are, and the unaliased form', () => {
    expect(withLocalNoopHelper('import{t as $$}from"./preload-helper.DygEbaNj.js";$$(()=>1);', helper)).toBe(
      'const $$=(load)=>load();$$(()=>1);',
    );
    expect(withLocalNoopHelper("import { t } from './preload-helper.DygEbaNj.js'\nt(()=>1)", helper)).toBe(
      'const t=(load)=>load();\nt(()=>1)',
    );
  });

  it('gives up (null) on any other form, so the helper is kept', () => {
    expect(withLocalNoopHelper('import*as h from"./preload-helper.DygEbaNj.js";h.t(()=>1);', helper)).toBeNull();
    expect(
      withLocalNoopHelper(
        'import{t as F}from"./preload-helper.DygEbaNj.js";export{t}from"./preload-helper.DygEbaNj.js";',
        helper,
      ),
    ).toBeNull();
    expect(withLocalNoopHelper('import{t as F}from"./preload-helper.OtherHash.js";', helper)).toBeNull();
  });
});
