import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const HANDBOOK_DIR = join(import.meta.dirname, '../../content/handbook');

export interface ContentFile {
  file: string;
  frontmatter: unknown;
  body: string;
}

/** Splits an MDX file into its YAML front matter (parsed) and body. */
export function readContentFile(file: string): ContentFile {
  const source = readFileSync(join(HANDBOOK_DIR, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file} has no front matter`);
  return { file, frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** Every handbook page file. */
export function readHandbookFiles(): ContentFile[] {
  return readdirSync(HANDBOOK_DIR)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map(readContentFile);
}

/** Title and path of every handbook page, from front matter. */
export function handbookPages(): { title: string; path: string }[] {
  return readHandbookFiles().map(({ frontmatter }) => {
    const { title, path } = frontmatter as { title: string; path: string };
    return { title, path };
  });
}

/** The site's own routes beside the handbook pages (src/pages/). */
export const SITE_ROUTES = [
  '/my-progress/',
  '/plan-builder/',
  '/job-families/sales/customer-success-management/ladder/',
  '/search/',
] as const;

/** Every page a reader can reach: home, each handbook page and the site's own routes. */
export function readerPaths(): string[] {
  return ['/', ...handbookPages().map((p) => p.path), ...SITE_ROUTES];
}
