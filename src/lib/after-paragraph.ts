import { htmlToText } from './html-text';

/*
 * Places a site part right after a paragraph of a page rendered from Markdown, found by its handbook words: links
 * and entities do not matter, and the site's own words inside it (an external link's hidden "(external)", marked
 * data-pagefind-ignore) are left out. How a plain Markdown page, which cannot hold a <SiteNote> tag, gets one
 * beside the handbook words it is about (the job family page's grade sentence).
 */

/** A span of the site's own words inside the handbook's (src/markdown/handbook-markdown.ts): never nested. */
const SITE_SPAN = /<span[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/span>/g;

/** `html` with `insert` after the first paragraph whose text is `text`; undefined when no paragraph is. */
export function insertAfterParagraph(html: string, text: string, insert: string): string | undefined {
  for (const match of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    if (htmlToText((match[1] ?? '').replace(SITE_SPAN, '')) !== text) continue;
    const end = (match.index ?? 0) + match[0].length;
    return html.slice(0, end) + insert + html.slice(end);
  }
  return undefined;
}
