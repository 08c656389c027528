import { describe, expect, it } from 'vitest';
import { type ChunkLinks, lazyChunksHaveNoCss, noopPreloadHelper } from '../../src/build/preload-helper';

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

describe('noopPreloadHelper', () => {
  it('exports, under each name, a helper that only calls the loader', async () => {
    const code = noopPreloadHelper(['t']);
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    await expect(module.t(async () => 'loaded', [])).resolves.toBe('loaded');
  });
});
