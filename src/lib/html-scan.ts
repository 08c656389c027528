/*
 * Just enough of an HTML tokenizer for built pages: finds <script>, <style>,
 * <meta>, <head> and <body> tags outside comments, and takes a script or style's
 * text whole, so a "<meta" or "<style" written inside a script is not
 * mistaken for a tag (the browser's parser does the same).
 */

/** A tag found in a page, with where it sits in the source. */
export interface HtmlTag {
  name: 'script' | 'style' | 'meta' | 'head' | 'body';
  attributes: Map<string, string>;
  /** Text between the opening and closing tag (script and style), as the source has it. */
  text: string;
  start: number;
  end: number;
}

const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const TAG = new RegExp(
  String.raw`<!--[\s\S]*?-->|<(script|style)(?=[\s/>])(${ATTRIBUTES})>([\s\S]*?)<\/\1\s*>|<(meta|head|body)(?=[\s/>])(${ATTRIBUTES})>`,
  'gi',
);
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The page's script, style, meta, head and body tags, in source order. */
export function scanTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (const match of html.matchAll(TAG)) {
    const name = (match[1] ?? match[4])?.toLowerCase() as HtmlTag['name'] | undefined;
    if (!name) continue; // a comment
    tags.push({
      name,
      attributes: parseAttributes(match[2] ?? match[5] ?? ''),
      text: match[3] ?? '',
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tags;
}

/** Attribute names (lower case) and decoded values; the first of a repeated name wins, as in browsers. */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** Decodes the character references an attribute value of a built page uses. */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (whole, dec, hex, named) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code === undefined) return NAMED_ENTITIES[String(named).toLowerCase()] ?? whole;
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text written into HTML, as element content or an attribute of either quote. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * A value written into a double-quoted attribute, escaping only what can end it or start an entity: the build's
 * per-page Content Security Policy `<meta>` (src/build/csp-per-page.ts), whose `'self'` and hashes stay as
 * written, and short, in every page's HTML (escapeHtml would write each `'` as `&#39;`).
 */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * A value as the body of a `<script type="application/json">` element: every
 * `<` escaped (`\u003c`, still the same JSON), so no text in it can close the
 * element or open a comment. The one way the site writes JSON into a page.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
