import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_PAGES } from '../lib/site-pages';

/** The `path:` of a page's front matter (the schema requires it), or undefined. */
export function frontMatterPath(source: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  return front ? /^path:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(front)?.[1] : undefined;
}

/**
 * The paths content links may point to on this site, read from the page files
 * themselves: the Markdown processor runs before the content collection exists
 * (the collection's own `getOwnPaths` gives the same set to MDX pages).
 */
export function readOwnPaths(dir: string): Set<string> {
  const paths = new Set<string>(SITE_PAGES);
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.mdx?$/.test(entry)) continue;
    const path = frontMatterPath(readFileSync(join(dir, entry), 'utf8'));
    if (path) paths.add(path);
  }
  return paths;
}
