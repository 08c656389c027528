/*
 * Vite wraps every `import()` of the browser code in its preload helper, even
 * with `build.modulePreload: false` (vitejs/vite#13952, #18551): 0.9 KB gzip on
 * every page with a lazy import, the plain pages included, where the 4 KB
 * budget is nearly spent. With module preloading off, the helper only loads the
 * CSS of the chunks it imports lazily; when none of them has CSS, every call is
 * `helper(() => import(…), [])`, which is `import(…)` with extra steps. Then the
 * helper's chunk is replaced by the one line that does just that. If any lazy
 * chunk has CSS, the helper is needed and left as it is.
 */

/** What this needs of a chunk of the client bundle. */
export interface ChunkLinks {
  imports: readonly string[];
  dynamicImports: readonly string[];
  /** How many CSS files Vite attached to the chunk (`viteMetadata.importedCss`). */
  importedCss: number;
}

/** Whether no chunk loaded lazily, nor any chunk it imports, brings CSS: the helper then has nothing to do. */
export function lazyChunksHaveNoCss(chunks: ReadonlyMap<string, ChunkLinks>): boolean {
  const seen = new Set<string>();
  const pending = [...chunks.values()].flatMap((chunk) => chunk.dynamicImports);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const chunk = chunks.get(name);
    if (!chunk) continue;
    if (chunk.importedCss > 0) return false;
    pending.push(...chunk.imports);
  }
  return true;
}

/** The helper's chunk, rewritten: each export calls the loader it is given and nothing else. */
export function noopPreloadHelper(exportNames: readonly string[]): string {
  return `const p=(load)=>load();export{${exportNames.map((name) => `p as ${name}`).join(',')}};\n`;
}
