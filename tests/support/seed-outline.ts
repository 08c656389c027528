import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';

/*
 * The shape of a handbook page as lines of text, so a page can be compared
 * with the seed it came from: `## Heading`, a paragraph's text, a list item as
 * `  2. text` (its depth by indent, its number or `-`), a table row as
 * `| a | b |`. The same outline function reads the built page and the seed
 * rendered to HTML; the internship seed, plain text, is rebuilt from its
 * indentation by `plainTextOutline`.
 */

export const SEEDS_DIR = join(import.meta.dirname, '../fixtures/seeds');

/** A seed Markdown file as HTML, front matter dropped (the layout renders title and description). */
export function seedHtml(file: string): string {
  const source = readFileSync(join(SEEDS_DIR, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return markdownToHtml(source, { features: { gfm: true } }).html;
}

/** What an outline leaves out of a built page: the site's own parts, not handbook text. */
export const SITE_PARTS = [
  'h1',
  '.lead',
  '.program-panel',
  '[data-pagefind-ignore]',
  // The manager toolkit's panels: the site's tools (search finds them by their titles, so not all of a panel is ignored).
  '.tool-panel',
  '.sr-only',
  'button',
  'input',
  'script',
  'style',
  'template',
  '.site-aside',
  // Each task's own N/A control (its word is a label, not handbook text).
  '.task__na',
  // The video the seed embeds: the site links to it instead (no embeds), with the video's title.
  '.video-link',
].join(', ');

/**
 * Runs in the page (no imports: Playwright sends its source). Every heading,
 * paragraph, list item and table row under `rootSelector`, in order, as text.
 */
export function outlineInPage({ rootSelector, skip }: { rootSelector: string; skip: string }): string[] {
  const root = document.querySelector(rootSelector);
  if (!root) throw new Error(`no ${rootSelector}`);
  const lines: string[] = [];
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const isList = (el: Element) => el.tagName === 'UL' || el.tagName === 'OL';
  const textOf = (el: Element, withoutLists: boolean) => {
    const copy = el.cloneNode(true) as Element;
    for (const part of copy.querySelectorAll(skip)) part.remove();
    if (withoutLists) for (const list of copy.querySelectorAll('ul, ol')) list.remove();
    return clean(copy.textContent ?? '');
  };
  const nestedLists = (li: Element): Element[] =>
    [...li.querySelectorAll('ul, ol')].filter(
      (list) => list.parentElement?.closest('li') === li && !list.closest(skip) && !isListInsideList(list, li),
    );
  // A list inside another nested list of the same item is that list's business.
  const isListInsideList = (list: Element, li: Element) => {
    let parent = list.parentElement;
    while (parent && parent !== li) {
      if (isList(parent)) return true;
      parent = parent.parentElement;
    }
    return false;
  };
  const walkList = (list: Element, depth: number) => {
    const ordered = list.tagName === 'OL';
    let n = Number(list.getAttribute('start') ?? 1);
    for (const li of list.children) {
      if (li.tagName !== 'LI' || li.matches(skip)) continue;
      const value = li.getAttribute('value');
      if (value) n = Number(value);
      lines.push(`${'  '.repeat(depth)}${ordered ? `${n}.` : '-'} ${textOf(li, true)}`);
      n += 1;
      for (const nested of nestedLists(li)) walkList(nested, depth + 1);
    }
  };
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.matches(skip)) continue;
      const tag = child.tagName;
      if (/^H[1-6]$/.test(tag)) lines.push(`${'#'.repeat(Number(tag[1]))} ${textOf(child, false)}`);
      else if (tag === 'P') {
        const text = textOf(child, false);
        if (text) lines.push(text);
      } else if (isList(child)) walkList(child, 0);
      else if (tag === 'TABLE') {
        for (const row of child.querySelectorAll('tr')) {
          lines.push(`| ${[...row.children].map((cell) => textOf(cell, false)).join(' | ')} |`);
        }
      } else if (tag === 'HR') lines.push('---');
      else walk(child);
    }
  };
  walk(root);
  return lines;
}

/**
 * The internship seed is plain text: a heading is a short line without a
 * full stop; a list item is `  1. text`, its depth rebuilt from its indent
 * (the nearest shallower item above is its parent).
 */
export function plainTextOutline(file: string): string[] {
  const lines = readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n');
  const out: string[] = [];
  const stack: number[] = [];
  for (const [i, raw] of lines.entries()) {
    if (i === 0 || !raw.trim()) continue; // line 1 is the page title (the h1)
    const item = /^( *)(\d+)\. (.*)$/.exec(raw);
    if (item) {
      const indent = item[1]?.length ?? 0;
      while (stack.length > 0 && (stack.at(-1) ?? 0) >= indent) stack.pop();
      out.push(`${'  '.repeat(stack.length)}${item[2]}. ${item[3]?.trim()}`);
      stack.push(indent);
      continue;
    }
    stack.length = 0;
    const text = raw.trim();
    out.push(text.length < 60 && !/[.:!?]$/.test(text) ? `# ${text}` : text);
  }
  return out;
}

/** Differences of typography only: curly and straight quotes, spaces. */
export function normaliseLine(line: string): string {
  const indent = /^ */.exec(line)?.[0] ?? '';
  const text = line.slice(indent.length).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trimEnd();
  return indent + text;
}

/** Headings of any level read as `#`, for a seed whose levels were rebuilt (the internship). */
export function flattenHeadingLevels(line: string): string {
  return line.replace(/^#+ /, '# ');
}
