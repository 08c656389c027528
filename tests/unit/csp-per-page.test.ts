import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode, policyForPage, withPagePolicy } from '../../src/build/csp-per-page';
import { decodeEntities, parseAttributes, scriptJson } from '../../src/lib/html-scan';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const STALE = hash('a script of another page');
/** Astro's policy lists every inline script and style of the build, this page's and others'. */
const BUILD_HASHES = [STALE, hash('a()'), hash('b()'), hash('x()'), hash('')].join(' ');
const POLICY = `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${BUILD_HASHES}; style-src 'self' ${BUILD_HASHES};`;
const cspMeta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

function page(head: string, body = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;
}

/** The policy of the first CSP <meta> of a page, decoded. */
function policyOf(html: string): string {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
  return decodeEntities(match?.[1] ?? '');
}

describe('inlineCode', () => {
  it('finds the inline scripts that run and the inline styles, in order', () => {
    const html = page(
      '<script>one()</script><script type="module">two()</script><style>a{}</style>',
      '<script type="text/javascript">three()</script><style media="print">b{}</style>',
    );
    expect(inlineCode(html)).toEqual({
      scripts: ['one()', 'two()', 'three()'],
      styles: ['a{}', 'b{}'],
      headStyles: ['a{}'],
    });
  });

  it('leaves out scripts loaded from a file and data blocks the browser never runs', () => {
    const html = page(
      '<script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>',
    );
    expect(inlineCode(html).scripts).toEqual([]);
  });

  it('reads a script whole, even when its text looks like tags, and skips comments', () => {
    const html = page(
      `<!-- <script>commented()</script> --><script>document.write('<style>x{}</style><meta http-equiv="content-security-policy" content="x">')</script>`,
    );
    expect(inlineCode(html)).toEqual({
      scripts: [`document.write('<style>x{}</style><meta http-equiv="content-security-policy" content="x">')`],
      styles: [],
      headStyles: [],
    });
  });

  it('normalises line breaks as the browser’s parser does before hashing', () => {
    expect(inlineCode(page('<script>a()\r\nb()\rc()</script>')).scripts).toEqual(['a()\nb()\nc()']);
  });

  it('does not take a custom element such as <script-list> for a script', () => {
    expect(inlineCode(page('', '<script-list>x()</script-list>')).scripts).toEqual([]);
  });
});

describe('policyForPage', () => {
  it('allows by hash exactly the page’s inline code, keeping every other source and directive', () => {
    const policy = policyForPage(POLICY, { scripts: ['a()', 'b()', 'a()'], styles: [''], headStyles: [] });
    expect(policy).toBe(
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('b()')}; style-src 'self' ${hash('')}`,
    );
  });

  it('drops every hash of a page without inline code, whatever the algorithm', () => {
    const policy = policyForPage(`script-src 'self' 'sha384-abc' 'sha512-def'; style-src 'self' ${STALE}`, {
      scripts: [],
      styles: [],
      headStyles: [],
    });
    expect(policy).toBe("script-src 'self'; style-src 'self'");
  });

  it('treats script-src-elem and style-src-elem like script-src and style-src, and leaves -attr alone', () => {
    const policy = policyForPage(
      `script-src-elem 'self' ${STALE} ${hash('x()')}; style-src-attr 'unsafe-hashes' ${STALE}`,
      {
        scripts: ['x()'],
        styles: [],
        headStyles: [],
      },
    );
    expect(policy).toBe(`script-src-elem 'self' ${hash('x()')}; style-src-attr 'unsafe-hashes' ${STALE}`);
  });

  it('never allows an inline script the build did not hash (raw HTML in a Markdown file, say)', () => {
    const policy = policyForPage(POLICY, { scripts: ['a()', 'alert(document.cookie)'], styles: [], headStyles: [] });
    expect(policy).toContain(hash('a()'));
    expect(policy).not.toContain(hash('alert(document.cookie)'));
  });

  it('allows the styles the build put in <head>, and never an unlisted style of the <body>', () => {
    const mdxSheet = '.checklist{margin:0}';
    const smuggled = 'body{background:url(/x)}';
    const policy = policyForPage(POLICY, { scripts: [], styles: [mdxSheet, smuggled], headStyles: [mdxSheet] });
    expect(policy).toContain(`style-src 'self' ${hash(mdxSheet)}`);
    expect(policy).not.toContain(hash(smuggled));
  });
});

describe('withPagePolicy', () => {
  const theme = "(function(){document.documentElement.classList.add('js')})();";
  const built = page(
    `<script>${theme}</script>${cspMeta(`${POLICY.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${hash(theme)} ${hash('menu()')}`)}`)}<link rel="stylesheet" href="/a.css">`,
    '<script type="module">menu()</script>',
  );

  it('moves the CSP right after <meta charset>, before any script, style or link', () => {
    const html = withPagePolicy(built);
    expect(
      html.startsWith('<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy"'),
    ).toBe(true);
    expect(html.match(/http-equiv/g)).toHaveLength(1);
  });

  it('allows a style Astro inlined in <head> without listing it, not one in <body>', () => {
    const html = withPagePolicy(
      page(`${cspMeta(POLICY)}<style>.from-mdx{}</style>`, '<style>.raw-html{}</style><p>text</p>'),
    );
    const policy = policyOf(html);
    expect(policy).toContain(hash('.from-mdx{}'));
    expect(policy).not.toContain(hash('.raw-html{}'));
  });

  it('lists the hashes of this page’s scripts and styles only', () => {
    const policy = policyOf(withPagePolicy(built));
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash('menu()')}`);
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain(STALE);
  });

  it('changes nothing else in the page', () => {
    const strip = (html: string) => html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
    expect(strip(withPagePolicy(built))).toBe(strip(built));
  });

  it('gives the same page back when run twice', () => {
    const once = withPagePolicy(built);
    expect(withPagePolicy(once)).toBe(once);
  });

  it('reads and writes the policy as an attribute, entities included', () => {
    const html = withPagePolicy(
      page(`<meta content="script-src &#39;self&#39; &amp;x" http-equiv="Content-Security-Policy" />`),
    );
    expect(policyOf(html)).toBe("script-src 'self' &x");
    expect(html).toContain('content="script-src \'self\' &amp;x"');
  });

  it('opens <head> with the policy when the page has no <meta charset>', () => {
    const html = withPagePolicy(
      `<html><head><script>x()</script>${cspMeta(`script-src 'self' ${hash('x()')}`)}</head></html>`,
    );
    expect(html).toBe(`<html><head>${cspMeta(`script-src 'self' ${hash('x()')}`)}<script>x()</script></head></html>`);
  });

  it('leaves a page without a CSP as it is', () => {
    const html = page('<script>x()</script>');
    expect(withPagePolicy(html)).toBe(html);
  });
});

describe('parseAttributes', () => {
  it('does not find an attribute inside another attribute’s value', () => {
    const attributes = parseAttributes(` data-note="type=module src=x" type='text/javascript' async`);
    expect(attributes.get('type')).toBe('text/javascript');
    expect(attributes.has('src')).toBe(false);
    expect(attributes.get('async')).toBe('');
  });
});

describe('scriptJson', () => {
  it('writes JSON no text can break out of, and reads back the same', () => {
    const hostile = ['</script><script>alert(1)</script>', '<!--', 'plain'];
    const body = scriptJson(hostile);
    expect(body).not.toContain('<');
    expect(JSON.parse(body)).toEqual(hostile);
  });
});
