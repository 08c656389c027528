import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * The site's own import graph, read from the sources as the bundler sees their relative imports (packages and
 * `astro:` modules are not followed). Static imports load with the module; `import('…')` loads later, on demand.
 */

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a relative import of `from` names, or undefined when none is found. */
export function resolveImport(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return EXTENSIONS.map((extension) => base + extension).find((path) => existsSync(path) && /\.[jt]sx?$/.test(path));
}

// `import type` and `export type` load nothing in the browser: left out.
const STATIC = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?\sfrom\s*'(\.[^']+)'|(?:^|\n)\s*import\s*'(\.[^']+)'/g;
const ON_DEMAND = /\bimport\(\s*'(\.[^']+)'\s*\)/g;
/** `Promise.all([import('…'), import('…')])`: files loaded on demand together, used once all have loaded. */
const TOGETHER = /\bPromise\.all\(\s*\[([^\]]*)\]/g;

/**
 * The site's files `file` imports: `static` with it, `onDemand` through `import('…')`, each on-demand load as the
 * group of files that load together (one file, or those of one `Promise.all`).
 */
export function importsOf(file: string): { static: string[]; onDemand: string[][] } {
  const source = readFileSync(file, 'utf8');
  const resolve = (matches: IterableIterator<RegExpMatchArray>) =>
    [...matches]
      .map((match) => resolveImport(file, (match[1] ?? match[2]) as string))
      .filter((path): path is string => path !== undefined);
  const groups = [...source.matchAll(TOGETHER)].map((match) => resolve((match[1] as string).matchAll(ON_DEMAND)));
  const grouped = new Set(groups.flat());
  const alone = resolve(source.matchAll(ON_DEMAND)).filter((path) => !grouped.has(path));
  return { static: resolve(source.matchAll(STATIC)), onDemand: [...groups, ...alone.map((path) => [path])] };
}

/** Every file that loads with `file` (itself included): its static imports, and theirs. */
export function loadsWith(file: string, found = new Set<string>()): Set<string> {
  if (found.has(file)) return found;
  found.add(file);
  for (const next of importsOf(file).static) loadsWith(next, found);
  return found;
}

/**
 * The islands an `.astro` file hydrates (`<Name client:…>`), each as the module the page loads for it: the file its
 * frontmatter imports `Name` from.
 */
export function islandModules(astroFile: string): string[] {
  const source = readFileSync(astroFile, 'utf8');
  const hydrated = new Set([...source.matchAll(/<([A-Z]\w*)\s[^>]*?\bclient:/g)].map((match) => match[1]));
  const modules = new Set<string>();
  for (const [, names, specifier] of source.matchAll(/import\s+([^;]*?)\s+from\s+'(\.[^']+)'/g)) {
    const imported = (names as string).match(/\b[A-Z]\w*\b(?!\s+as\b)/g) ?? [];
    if (!imported.some((name) => hydrated.has(name))) continue;
    const path = resolveImport(astroFile, specifier as string);
    if (path) modules.add(path);
  }
  return [...modules];
}
