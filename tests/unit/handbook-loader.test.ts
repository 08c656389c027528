import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { loadMarkdownPage } from '../../src/markdown/handbook-loader';
import { componentTagsIn } from '../../src/markdown/mdx-tags';

/** What loading a `.md` page asks of Astro's loader context, and what it stored. */
function fakeContext() {
  const stored: { id: string }[] = [];
  const context = {
    parseData: async ({ data }: { data: unknown }) => data,
    store: { set: (entry: { id: string }) => stored.push(entry) },
    generateDigest: () => 'digest',
  } as unknown as LoaderContext;
  return { context, stored };
}

async function pageFolder(file: string, source: string): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), 'handbook-'));
  await writeFile(join(base, file), source);
  return base;
}

const FRONT = '---\ntitle: A page\n---\n';

describe('a plain Markdown handbook page', () => {
  it('that names an MDX component fails the build, saying which and what to do', async () => {
    const base = await pageFolder('a-page.md', `${FRONT}## Part\n\n<SiteNote>\nThe site's words.\n</SiteNote>\n`);
    const { context, stored } = fakeContext();
    await expect(loadMarkdownPage(context, base, 'a-page.md')).rejects.toThrow(
      /a-page\.md uses <SiteNote>, an MDX component: .* rename the page to \.mdx/,
    );
    expect(stored).toEqual([]);
  });

  it('without one loads as before', async () => {
    const base = await pageFolder('b-page.md', `${FRONT}## Part\n\nText with a <br> and \`<SiteNote>\` quoted.\n`);
    const { context, stored } = fakeContext();
    await loadMarkdownPage(context, base, 'b-page.md');
    expect(stored.map((entry) => entry.id)).toEqual(['b-page']);
  });
});

describe('componentTagsIn', () => {
  it('lists each component a page names once, opening or self-closing, not HTML or code', () => {
    const markdown = [
      '<SiteNote>',
      'A note <b>bold</b>.',
      '</SiteNote>',
      '<Checklist program="internship" section="int-week-3" />',
      '<VideoLink href="x"/>',
      '<SiteNote>again</SiteNote>',
      'Quoted: `<Table>` and ``<Table />``.',
      '```',
      '<ProgramPanel program="x" />',
      '```',
      'a < B and 1<2',
    ].join('\n');
    expect(componentTagsIn(markdown)).toEqual(['SiteNote', 'Checklist', 'VideoLink']);
  });
});
