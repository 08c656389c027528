import { readFile } from 'node:fs/promises';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import { getOwnPaths } from '../build/handbook-pages';
import { base, site } from '../build/site-address';
import { splitFrontMatter } from './front-matter';
import { handbookMarkdown } from './handbook-markdown';

type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
let renderer: Promise<Renderer> | undefined;

/**
 * Renders a plain Markdown handbook page when its route is built, with the
 * same processor and plugin settings for every page (see handbook-loader.ts).
 */
export async function renderMarkdownPage(filePath: string): Promise<{ html: string; headings: MarkdownHeading[] }> {
  renderer ??= getOwnPaths().then((ownPaths) =>
    createSatteriMarkdownProcessor({
      // Shiki's inline styles break the CSP; the handbook has no code blocks to highlight.
      syntaxHighlight: false,
      hastPlugins: [handbookMarkdown({ ownPaths: () => ownPaths, base, site })],
    }),
  );
  const { body } = splitFrontMatter(await readFile(filePath, 'utf8'));
  const { code, metadata } = await (await renderer).render(body);
  return { html: code, headings: metadata.headings };
}
