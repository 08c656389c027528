import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { splitFrontMatter } from './front-matter';
import { componentTagsIn } from './mdx-tags';

/**
 * The handbook collection: MDX pages through Astro's glob loader (they are
 * modules, with components), plain Markdown pages as front matter and a file
 * path only. A `.md` page is rendered when its own route renders it
 * (render-markdown.ts), not when content syncs: the collection then holds no
 * rendered HTML, which keeps a large handbook's build light (the whole store is
 * bundled into the build and held in memory while pages render).
 */
/** Stores one `.md` page (`file` relative to the base folder). */
export async function loadMarkdownPage(context: LoaderContext, base: string, file: string): Promise<void> {
  const filePath = join(base, file);
  const source = await readFile(filePath, 'utf8');
  const { frontMatter, body } = splitFrontMatter(source);
  const [tag] = componentTagsIn(body);
  if (tag)
    throw new Error(
      `${filePath} uses <${tag}>, an MDX component: a .md page is not MDX and would show the tag's words as the handbook's. To use it, rename the page to .mdx and import the component under its front matter (README, "Adding or editing a handbook page").`,
    );
  const id = file.replace(/\.md$/, '');
  const data = await context.parseData({ id, data: parse(frontMatter ?? '') ?? {}, filePath });
  context.store.set({ id, data, filePath: relative('.', filePath), digest: context.generateDigest(source) });
}

export function handbookLoader(base: string): Loader {
  const mdx = glob({ pattern: '**/*.mdx', base });
  const root = resolve(base);

  return {
    name: 'csm-handbook-pages',
    async load(context) {
      // First: the glob loader removes every entry it did not load itself.
      await mdx.load(context);
      const files = (await readdir(base, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.md'));
      for (const file of files.sort()) await loadMarkdownPage(context, base, file);

      // `astro dev`: a page's body is read when it renders; its front matter is kept up to date here.
      const inBase = (path: string) => path.endsWith('.md') && path.startsWith(`${root}/`);
      const reload = (path: string) => {
        if (inBase(path))
          void loadMarkdownPage(context, base, relative(root, path)).catch((error) =>
            context.logger.error(String(error)),
          );
      };
      context.watcher?.on('add', reload);
      context.watcher?.on('change', reload);
      context.watcher?.on('unlink', (path) => {
        if (inBase(path)) context.store.delete(relative(root, path).replace(/\.md$/, ''));
      });
    },
  };
}
