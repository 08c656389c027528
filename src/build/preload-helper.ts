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
 *
 * The same step makes every lazy `import()` one that can be tried again
 * (RETRYING_IMPORT): the one place that sees each chunk's imports as the
 * browser will run them, with their file names.
 */

/** What this needs of a chunk of the client bundle. */
export interface ChunkLinks {
  imports: readonly string[];
  dynamicImports: readonly string[];
  /** How many CSS files Vite attached to the chunk (`viteMetadata.importedCss`). */
  importedCss: number;
}

/** The chunks `from` imports statically, directly or not, and `from` itself. */
function staticClosure(chunks: ReadonlyMap<string, Pick<ChunkLinks, 'imports'>>, from: string): Set<string> {
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...(chunks.get(name)?.imports ?? []));
  }
  return seen;
}

/**
 * Whether no chunk loaded lazily, nor any chunk it imports, brings CSS the page does not have yet: the helper
 * then has nothing to do. A chunk that the lazy import's own chunk imports statically has run before it, with
 * its CSS in the page (the checklists' file holds both the lists' CSS and the code their lazy exports import).
 */
export function lazyChunksHaveNoCss(chunks: ReadonlyMap<string, ChunkLinks>): boolean {
  for (const [name, importer] of chunks) {
    if (importer.dynamicImports.length === 0) continue;
    const loaded = staticClosure(chunks, name);
    for (const lazy of importer.dynamicImports) {
      for (const reached of staticClosure(chunks, lazy)) {
        if (!loaded.has(reached) && (chunks.get(reached)?.importedCss ?? 0) > 0) return false;
      }
    }
  }
  return true;
}

/**
 * What each lazy `import(url)` of a chunk becomes: `__csmImport(url)`, which asks for the file again under a
 * new address (`?retry=1`, then 2…) once a load of it has failed. A browser that follows the older HTML rule
 * remembers a failed `import()` of an address for the page's life (Chromium does, 150 at least: its change for
 * whatwg/html#10327 is pending; Firefox and WebKit ask again), so the reader's next click, which the planners'
 * "could not load" message promises will try again (`src/islands/load-or-say.ts`), failed at once in those
 * browsers. The count is kept per file for the whole page (on `globalThis`), so every chunk asks for the
 * address that loaded, and a module never runs twice under two addresses. A file that the lazy file itself
 * imports and that failed stays failed in those browsers until a reload, which the message also offers. Written
 * as the bundler's output is (it is added after minifying).
 *
 * The function is put on `globalThis` by the first chunk that defines it, so that a chunk which imports such a
 * chunk (and so runs after it) needs only SHARED_RETRYING_IMPORT: the full line is about 130 bytes gzip, and a
 * checklist page had four copies of it. The function reads an address against the folder of the chunk that
 * defined it, so it is shared only when every chunk with a loader is in one folder (the build's `_astro/`):
 * the line that resolved each address against its own chunk first cost 18 to 24 bytes gzip more a file.
 */
export const RETRYING_IMPORT =
  'const __csmImport=globalThis.__csmImport??=(u,k=new URL(u,import.meta.url).href,m=globalThis.__csmTries??=new Map,n=m.get(k)|0)=>' +
  'import(n?k+"?retry="+n:k).catch(e=>{m.set(k,n+1);throw e});';

/** RETRYING_IMPORT for a chunk that runs after a chunk defining it, in the same folder. */
export const SHARED_RETRYING_IMPORT = 'const __csmImport=globalThis.__csmImport;';

/** The folder of a chunk's file name (`_astro/`). */
const folderOf = (fileName: string) => fileName.slice(0, fileName.lastIndexOf('/') + 1);

/**
 * The chunks that may use SHARED_RETRYING_IMPORT: those among `importers` (the chunks that get a loader) that
 * statically import, directly or not, another of them which does not import them back (a cycle would leave the
 * order of running to the bundler). Such a chunk runs after that one, which defines the loader or itself runs
 * after one that does. None when the chunks (named by file name) are not all in one folder: the shared loader
 * resolves an address against the chunk that defined it.
 */
export function chunksWithSharedLoader(
  chunks: ReadonlyMap<string, Pick<ChunkLinks, 'imports'>>,
  importers: ReadonlySet<string>,
): Set<string> {
  if (new Set([...chunks.keys()].map(folderOf)).size > 1) return new Set();
  const reach = (from: string) => {
    const seen = staticClosure(chunks, from);
    seen.delete(from);
    return seen;
  };
  const reached = new Map([...importers].map((name) => [name, reach(name)]));
  return new Set(
    [...importers].filter((name) =>
      [...(reached.get(name) as Set<string>)].some((other) => importers.has(other) && !reached.get(other)?.has(name)),
    ),
  );
}

/** A dynamic `import(` (not a method or a name that ends in "import"), and the form Vite wraps each in. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\(/g;
const WRAPPED_IMPORT = /\(\)=>import\(/g;

/**
 * A chunk's code with its import of the helper (`import{t as F}from"./preload-helper.<hash>.js";`) replaced
 * by a local helper that only calls the loader it is given (`const F=l=>l();`) and RETRYING_IMPORT,
 * and each lazy `()=>import(` by `()=>__csmImport(`; or null when the chunk does not import the helper in
 * that form, or has an `import(` Vite did not wrap.
 */
export function withLocalLoaders(code: string, helperFileName: string, sharedLoader = false): string | null {
  const file = helperFileName.split('/').pop() as string;
  const from = `["']\\./${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`;
  const imports = [...code.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${from};?`, 'g'))];
  if (imports.length !== 1 || new RegExp(from).test(code.replace(imports[0]?.[0] ?? '', ''))) return null;
  if (code.includes('__csmImport') || code.match(DYNAMIC_IMPORT)?.length !== code.match(WRAPPED_IMPORT)?.length) {
    return null;
  }
  const [statement, names] = imports[0] as RegExpMatchArray;
  const locals = (names as string).split(',').map(
    (name) =>
      name
        .trim()
        .split(/\s+as\s+/)
        .pop() as string,
  );
  if (locals.some((local) => !/^[\w$]+$/.test(local))) return null;
  const helpers =
    locals.map((local) => `const ${local}=l=>l();`).join('') +
    (sharedLoader ? SHARED_RETRYING_IMPORT : RETRYING_IMPORT);
  // Functions, so a `$` in a name or in the code is not read as a replacement pattern.
  return code.replace(WRAPPED_IMPORT, () => '()=>__csmImport(').replace(statement, () => helpers);
}
