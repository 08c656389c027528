import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SITE_PAGES } from '../lib/site-pages.ts';
import { splitFrontMatter } from '../markdown/front-matter.ts';

/**
 * The paths content links may point to on this site (the handbook pages we
 * carry and the site's own pages), read from the pages' front matter. The
 * Markdown processor is set up in astro.config.mjs, before the content
 * collections exist, so it reads the files itself; the values are the ones
 * the collection's schema checks (`path`).
 */
export function readOwnPaths(handbookDir: string): Set<string> {
  const paths = new Set<string>(SITE_PAGES);
  const files = readdirSync(handbookDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
  for (const file of files) {
    const { frontMatter } = splitFrontMatter(readFileSync(join(handbookDir, file), 'utf8'));
    const path = (parse(frontMatter ?? '') as { path?: unknown } | null)?.path;
    if (typeof path === 'string') paths.add(path);
  }
  return paths;
}
