/*
 * Astro's CSP <meta> (security.csp) comes after the head's inline theme
 * script, which it therefore does not govern, and lists on every page the
 * hashes of every inline script and style of the whole build. These turn one
 * built page's policy into its own: script-src and style-src allow by hash
 * exactly the inline code of that page, and the <meta> moves right after
 * <meta charset>, before any script or style. Used by
 * src/integrations/csp-per-page.ts once the build is written.
 */

import { escapeAttribute, type HtmlTag, scanTags } from '../lib/html-scan.ts';
import { cspSha256 } from './csp-hash.ts';

/** The inline code of a page that a CSP allows by hash, as the browser reads it. */
interface InlineCode {
  scripts: string[];
  styles: string[];
  /**
   * The styles among `styles` that sit in <head>. Only the build puts styles there: a page's content
   * (Markdown, MDX, raw HTML in either) renders inside <body>. Astro inlines the sheets of the components
   * an MDX page imports in <head> but leaves their hashes out of its policy, so these are allowed as the
   * build's own (a style in <body> still needs a hash Astro listed).
   */
  headStyles: string[];
}

/*
 * The <script> types that run, so fall under script-src: classic (no type or a
 * JavaScript MIME type), module, import map and speculation rules. Any other
 * type is a data block the browser never runs (JSON, templates).
 */
const JAVASCRIPT_TYPE =
  /^(?:(?:application|text)\/(?:x-)?(?:java|ecma)script|text\/javascript1\.[0-5]|text\/jscript|text\/livescript)$/;
const OTHER_RUN_TYPES = new Set(['', 'module', 'importmap', 'speculationrules']);

function runsAsScript(tag: HtmlTag): boolean {
  if (tag.attributes.has('src')) return false;
  const type = (tag.attributes.get('type') ?? '').trim().toLowerCase();
  return OTHER_RUN_TYPES.has(type) || JAVASCRIPT_TYPE.test(type);
}

/** The HTML parser turns CR LF and lone CR into LF before the browser hashes the text. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n');

/** The inline scripts (that run) and styles of a page, in source order. */
export function inlineCode(html: string): InlineCode {
  return inlineCodeOf(scanTags(html));
}

function inlineCodeOf(tags: HtmlTag[]): InlineCode {
  const bodyStart = tags.find((tag) => tag.name === 'body')?.start ?? Number.POSITIVE_INFINITY;
  const styles = tags.filter((tag) => tag.name === 'style');
  return {
    scripts: tags.filter((tag) => tag.name === 'script' && runsAsScript(tag)).map((tag) => asParsed(tag.text)),
    styles: styles.map((tag) => asParsed(tag.text)),
    headStyles: styles.filter((tag) => tag.start < bodyStart).map((tag) => asParsed(tag.text)),
  };
}

const HASH_SOURCE = /^'sha(?:256|384|512)-[^']*'$/i;
const HASHED: Record<string, 'scripts' | 'styles'> = {
  'script-src': 'scripts',
  'script-src-elem': 'scripts',
  'style-src': 'styles',
  'style-src-elem': 'styles',
};

/**
 * The policy with the hashes of script-src and style-src (and their -elem
 * forms) narrowed to those of `code`; their other sources and every other
 * directive are kept as they are. Only hashes Astro's own policy already
 * allowed stay, and those of the styles the build put in <head> (see
 * `InlineCode`): code that came into a page any other way (raw HTML in a
 * Markdown file, say) is never allowed by this rewrite, only left out.
 */
export function policyForPage(policy: string, code: InlineCode): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/);
      const kind = HASHED[name.toLowerCase()];
      if (!kind) return directive;
      const allowed = new Set(sources.filter((source) => HASH_SOURCE.test(source)));
      if (kind === 'styles') for (const text of code.headStyles) allowed.add(`'${cspSha256(text)}'`);
      const hashes = new Set(code[kind].map((text) => `'${cspSha256(text)}'`).filter((hash) => allowed.has(hash)));
      return [name, ...sources.filter((source) => !HASH_SOURCE.test(source)), ...hashes].join(' ');
    })
    .join('; ');
}

const isCspMeta = (tag: HtmlTag) =>
  tag.name === 'meta' && tag.attributes.get('http-equiv')?.trim().toLowerCase() === 'content-security-policy';

/**
 * The page with each CSP <meta> rewritten for the page's own inline code and
 * moved right after <meta charset> (or the <head> tag, if the page has no
 * charset). A page without a CSP <meta> comes back unchanged.
 */
export function withPagePolicy(html: string): string {
  const tags = scanTags(html);
  const metas = tags.filter(isCspMeta);
  if (metas.length === 0) return html;
  const code = inlineCodeOf(tags);
  const rewritten = metas
    .map((meta) => policyForPage(meta.attributes.get('content') ?? '', code))
    .map((policy) => `<meta http-equiv="content-security-policy" content="${escapeAttribute(policy)}">`)
    .join('');

  const anchor =
    tags.find((tag) => tag.name === 'meta' && tag.attributes.has('charset')) ?? tags.find((tag) => tag.name === 'head');
  const insertAt = anchor?.end ?? 0;
  let page = '';
  let from = 0;
  let removedBefore = 0;
  for (const meta of metas) {
    page += html.slice(from, meta.start);
    if (meta.end <= insertAt) removedBefore += meta.end - meta.start;
    from = meta.end;
  }
  page += html.slice(from);
  const at = insertAt - removedBefore;
  return page.slice(0, at) + rewritten + page.slice(at);
}
