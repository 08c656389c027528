import Slugger from 'github-slugger';
import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { pageT } from '../i18n/page-ui.ts';
import { t } from '../i18n/ui.ts';
import { printHref, resolveContentLink } from '../lib/links.ts';
import { tableLabel } from '../lib/table-label.ts';

/*
 * What every handbook page gets from its Markdown, `.md` and `.mdx` alike:
 * headings h2-h4 with a link to themselves, content links resolved to our
 * pages or marked external (src/lib/links.ts), and tables that scroll in a
 * named box. One Sätteri hast plugin, set as the site's Markdown processor in
 * astro.config.mjs (MDX pages inherit it) and used by render-markdown.ts for
 * `.md` pages. It adds structured nodes, never raw HTML, which MDX could not
 * carry. Tables written as JSX (`<Table>` in MDX, for lists in cells) are not
 * Markdown: components/content/Table.astro wraps them, with the same label.
 */

interface HandbookMarkdownOptions {
  /** Paths of the pages this site carries (see own-paths.ts), read when the first page renders. */
  ownPaths: () => ReadonlySet<string>;
  /** Site base path, with its trailing slash. */
  base: string;
  /** Site URL when known: internal links then print in full. */
  site?: string | undefined;
}

type Element = Extract<HastNode, { type: 'element' }>;

const text = (value: string): HastNode => ({ type: 'text', value });
const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): Element =>
  ({ type: 'element', tagName, properties, children }) as Element;

/** The box a heading sits in, with the link to itself beside it (not inside: the heading's name stays its text). */
function headingWrapper(level: number, id: string, label: string): Element {
  return element('div', { className: ['heading-wrapper', `heading-wrapper--h${level}`] }, [
    element('a', { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' }, [
      element('span', { ariaHidden: 'true' }, [text('#')]),
      element('span', { className: ['sr-only'] }, [text(`${pageT('heading.anchor')} ${label}`)]),
    ]),
  ]);
}

function descendants(node: HastNode, tagName: string): Element[] {
  if (!('children' in node) || !node.children) return [];
  return node.children.flatMap((child) => [
    ...(child.type === 'element' && child.tagName === tagName ? [child] : []),
    ...descendants(child, tagName),
  ]);
}

export function handbookMarkdown(options: HandbookMarkdownOptions): HastPluginEntry {
  let ownPaths: ReadonlySet<string> | undefined;
  // A factory: each page gets its own slugger, as Astro's heading ids do.
  return () => {
    const slugger = new Slugger();
    return {
      name: 'csm-handbook-markdown',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'table'],
        visit(node: Element, ctx: HastVisitorContext) {
          const tag = node.tagName;
          if (tag === 'a') return link(node, ctx);
          if (tag === 'table') {
            const label = tableLabel(descendants(node, 'th').map((th) => ctx.textContent(th)));
            ctx.wrapNode(
              node,
              // A named <section> is a region landmark of itself (a <div role="region"> was the same, less native).
              element('section', { className: ['table-scroll'], tabIndex: 0, ariaLabel: label }),
            );
            return;
          }
          // Headings: the id is given here (with Astro's own slugger) so the self-link can use it.
          const words = ctx.textContent(node).trim();
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(words);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          const level = Number(tag.slice(1));
          if (level >= 2 && level <= 4) ctx.wrapNode(node, headingWrapper(level, id, words));
        },
      },
    };
  };

  function link(node: Element, ctx: HastVisitorContext): void {
    const href = node.properties?.href;
    if (typeof href !== 'string') return;
    ownPaths ??= options.ownPaths();
    const resolved = resolveContentLink(href, ownPaths, options.base);
    if (resolved.kind === 'unsafe') {
      ctx.replaceNode(node, { type: 'element', tagName: 'span', properties: {}, children: [...node.children] });
      return;
    }
    ctx.setProperty(node, 'href', resolved.href);
    if (resolved.kind === 'external') {
      ctx.setProperty(node, 'className', ['external']);
      ctx.setProperty(node, 'rel', ['noopener']);
      ctx.appendChild(
        node,
        element('span', { className: ['sr-only'], dataPagefindIgnore: '' }, [text(` ${t('link.external')}`)]),
      );
    } else if (resolved.kind === 'internal' && options.site) {
      ctx.setProperty(node, 'dataPrintHref', printHref(resolved.href, options.site));
    }
  }
}
