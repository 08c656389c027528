import { type MdastNode, markdownToMdast } from 'satteri';

/*
 * Handbook words the site shows outside its Markdown pages (the career ladder's items, read from the job family
 * page's source, and its quotes of the program pages) typeset as those pages typeset them: by the same processor's
 * smart punctuation, which the pages have as Astro's `smartypants` default (astro.config.mjs, render-markdown.ts).
 * So "It's" reads "It’s", "boring solutions" in curly quotes, on the ladder as on the page it comes from.
 */

/** ASCII punctuation smart punctuation does not read: escaped, so the words are never read as Markdown markup. */
const MARKUP = /[!#$%&()*+,/:;<=>?@[\\\]^_`{|}~]/g;

/** The text of a Markdown tree, its nodes' values in order. */
function textOf(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node && node.children ? node.children.map(textOf).join('') : '';
}

/** Plain words (one line, as src/lib/ladder-parse.ts's plainMarkdown gives them) typeset as a handbook page's. */
export function typeset(words: string): string {
  // A line's start could open a list ("- ", "1. "): escaped too, that is all the Markdown the words keep.
  const source = words
    .replace(MARKUP, '\\$&')
    .replace(/^-/, '\\-')
    .replace(/^(\d+)\./, '$1\\.');
  return textOf(markdownToMdast(source, { features: { smartPunctuation: true }, position: false }));
}
