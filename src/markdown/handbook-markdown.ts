import Slugger from 'github-slugger';
import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { t } from '../i18n/ui';
import { resolveContentLink } from '../lib/links';

/*
 * Plain Markdown handbook pages (`.md`) get what MDX pages get from their
 * components (src/components/content): headings with a link to themselves,
 * content links resolved to our pages or marked external, and tables that
 * scroll in a named box. A Sätteri hast plugin, because `.md` pages render in
 * the content layer without components; MDX pages are left to their components.
 * The markup is the components' markup, so both kinds of page look and behave alike.
 */

export interface HandbookMarkdownOptions {
  /** Paths of the pages this site carries (see own-paths.ts), read when the first page renders. */
  ownPaths: () => ReadonlySet<string>;
  /** Site base path, with its trailing slash. */
  base: string;
  /** Site URL when known: internal links then print in full. */
  site?: string | undefined;
}

type Element = Extract<HastNode, { type: 'element' }>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function headingWrapper(level: number, id: string, text: string): string {
  return (
    `<div class="heading-wrapper heading-wrapper--h${level}">` +
    `<a class="heading-anchor" href="#${escapeHtml(id)}" data-pagefind-ignore>` +
    `<span aria-hidden="true">#</span><span class="sr-only">${escapeHtml(`${t('heading.anchor')} ${text}`)}</span>` +
    `</a></div>`
  );
}

function descendants(node: HastNode, tagName: string): Element[] {
  if (!('children' in node) || !node.children) return [];
  return node.children.flatMap((child) => [
    ...(child.type === 'element' && child.tagName === tagName ? [child] : []),
    ...descendants(child, tagName),
  ]);
}

function tableLabel(table: Element, ctx: HastVisitorContext): string {
  const columns = descendants(table, 'th')
    .map((th) => ctx.textContent(th).trim())
    .filter(Boolean);
  return columns.length > 0 ? `${t('table.label')}: ${columns.join(', ')}` : t('table.label');
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
          if (ctx.sourceFormat !== 'markdown') return;
          const tag = node.tagName;
          if (tag === 'a') return link(node, ctx);
          if (tag === 'table') {
            ctx.wrapNode(node, {
              raw: `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(tableLabel(node, ctx))}"></div>`,
            });
            return;
          }
          // Headings: the id is given here (with Astro's own slugger) so the self-link can use it.
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          const level = Number(tag.slice(1));
          if (level >= 2 && level <= 4) ctx.wrapNode(node, { raw: headingWrapper(level, id, text) });
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
      ctx.appendChild(node, {
        type: 'raw',
        value: `<span class="sr-only" data-pagefind-ignore> ${escapeHtml(t('link.external'))}</span>`,
      });
    } else if (resolved.kind === 'internal' && options.site) {
      ctx.setProperty(node, 'dataPrintHref', new URL(resolved.href, options.site).href);
    }
  }
}
