/*
 * Vite wraps every `import()` of the browser code in its preload helper, even
 * with `build.modulePreload: false` (vitejs/vite#13952, #18551): 0.9 KB gzip on
 * every page with a lazy import, the plain pages included, where the 3 KB
 * budget is nearly spent. With module preloading off, the helper only loads the
 * CSS of the chunks it imports lazily; when none of them has CSS, every call is
 * `helper(() => import(…), [])`, which is `import(…)` with extra steps. Then
 * each chunk that imports the helper gets the one line that does just that, in
 * place of the import, and the helper's chunk is dropped: a file of 39 bytes
 * was one more request and 56 bytes gzip on every page with JavaScript, where
 * the plain pages' 3 KB budget had 10 bytes to spare. If any lazy chunk has
 * CSS, or a chunk imports the helper in another form, it is left as it is
 * (and the plain pages' budget test fails, as the helper is 0.9 KB).
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

/**
 * A chunk's code with its import of the helper (`import{t as F}from"./preload-helper.<hash>.js";`) replaced
 * by a local helper that only calls the loader it is given (`const F=(load)=>load();`), or null when the chunk
 * does not import it in that form.
 */
export function withLocalNoopHelper(code: string, helperFileName: string): string | null {
  const file = helperFileName.split('/').pop() as string;
  const from = `["']\\./${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`;
  const imports = [...code.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${from};?`, 'g'))];
  if (imports.length !== 1 || new RegExp(from).test(code.replace(imports[0]?.[0] ?? '', ''))) return null;
  const [statement, names] = imports[0] as RegExpMatchArray;
  const locals = (names as string).split(',').map(
    (name) =>
      name
        .trim()
        .split(/\s+as\s+/)
        .pop() as string,
  );
  if (locals.some((local) => !/^[\w$]+$/.test(local))) return null;
  // A function, so a `$` in a name is not read as a replacement pattern.
  return code.replace(statement, () => locals.map((local) => `const ${local}=(load)=>load();`).join(''));
}
