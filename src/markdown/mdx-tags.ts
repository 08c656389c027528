/**
 * The MDX components a plain Markdown page names (`<SiteNote>`, `<Checklist … />`). A `.md` page is not MDX:
 * such a tag reaches the page as an element no browser knows, its words shown as if they were the handbook's
 * and without the aside that says they are the site's. The loader (handbook-loader.ts) refuses the page with
 * this list, so the build says so, rather than `npm test`'s HTML validator later. Code is left out: a tag
 * quoted in backticks or a fenced block is text.
 */
export function componentTagsIn(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
  return [...new Set(Array.from(prose.matchAll(/<([A-Z][\w.]*)(?=[\s/>])/g), (match) => match[1] as string))];
}
