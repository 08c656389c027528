import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/markdown/front-matter';
import { handbookMarkdown } from '../../src/markdown/handbook-markdown';

async function render(markdown: string, site?: string) {
  const processor = await createSatteriMarkdownProcessor({
    syntaxHighlight: false,
    hastPlugins: [
      handbookMarkdown({
        ownPaths: () => new Set(['/handbook/customer-success/csm/csm-onboarding/']),
        base: '/hb/',
        site,
      }),
    ],
  });
  return processor.render(markdown);
}

describe('MDX pages', () => {
  it('get the same headings, links and tables from the same plugin', async () => {
    const plugin = handbookMarkdown({ ownPaths: () => new Set(['/handbook/x/']), base: '/hb/' });
    const { code } = await mdxToJs(
      '## Roles & levels\n\n[ours](/handbook/x/) [team](/handbook/company/team/#chloe)\n\n| Level |\n|---|\n| 1 |\n\n<Checklist />\n',
      {
        hastPlugins: [plugin],
        jsxImportSource: 'astro',
        elementAttributeNameCase: 'html',
      },
    );
    expect(code).toContain('class: "heading-wrapper heading-wrapper--h2"');
    expect(code).toContain('id: "roles--levels"');
    expect(code).toContain('href: "#roles--levels"');
    expect(code).toContain('href: "/hb/handbook/x/"');
    expect(code).toContain('href: "https://about.gitlab.com/company/team/#chloe"');
    expect(code).toContain('"aria-label": "Table: Level"');
  });
});

describe('plain Markdown pages', () => {
  it('give h2-h4 an id and a link to themselves, as the MDX heading components do', async () => {
    const { code, metadata } = await render('## Roles & levels\n\n### Roles & levels\n\n##### Deep\n');
    expect(code).toContain(
      '<div class="heading-wrapper heading-wrapper--h2"><h2 id="roles--levels">Roles &amp; levels</h2><a class="heading-anchor" href="#roles--levels" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="sr-only">Link to this section: Roles &amp; levels</span></a></div>',
    );
    expect(code).toContain('<h3 id="roles--levels-1">');
    expect(code).toContain('<h5 id="deep">Deep</h5>');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['roles--levels', 'roles--levels-1', 'deep']);
  });

  it('resolve links: our pages under the base, upstream ones external and marked, unsafe ones dropped', async () => {
    const { code } = await render(
      [
        '[ours](/handbook/customer-success/csm/csm-onboarding#module-1)',
        '[theirs](/handbook/sales/)',
        '[web](https://example.com/a?b=1)',
        '[bad](javascript:alert(1))',
      ].join(' '),
      'https://csm.example',
    );
    expect(code).toContain(
      '<a href="/hb/handbook/customer-success/csm/csm-onboarding/#module-1" data-print-href="https://csm.example/hb/handbook/customer-success/csm/csm-onboarding/#module-1">ours</a>',
    );
    expect(code).toContain(
      '<a href="https://handbook.gitlab.com/handbook/sales/" class="external" rel="noopener">theirs<span class="sr-only" data-pagefind-ignore=""> (external link)</span></a>',
    );
    expect(code).toContain('<a href="https://example.com/a?b=1" class="external" rel="noopener">web');
    expect(code).not.toContain('javascript:');
    expect(code).toContain('<span>bad</span>');
  });

  it('put tables in a scrolling region named after their columns', async () => {
    const { code } = await render('| Level | Focus |\n| --- | --- |\n| 1 | <b> |\n');
    expect(code).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="Table: Level, Focus"><table>/);
  });
});

describe('front matter', () => {
  it('is split from the body, and a page without it is all body', () => {
    expect(splitFrontMatter('---\ntitle: "A"\npath: "/a/"\n---\n## Body\n---\n')).toEqual({
      frontMatter: 'title: "A"\npath: "/a/"',
      body: '## Body\n---\n',
    });
    expect(splitFrontMatter('## Only body\n')).toEqual({ frontMatter: undefined, body: '## Only body\n' });
  });
});
