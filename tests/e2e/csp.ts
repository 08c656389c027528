import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { filesUnder } from '../support/source-files';

/** Every HTML file of a build folder (dist/ or dist-base/), as paths inside it. */
export function builtHtmlFiles(dir: string): string[] {
  return filesUnder(resolve(dir), /\.html$/).map((file) => relative(resolve(dir), file));
}

export function readBuilt(dir: string, file: string): string {
  return readFileSync(join(resolve(dir), file), 'utf8');
}

/** What the browser's own HTML parser finds in a page's head and inline code. */
export interface ParsedPage {
  /** The head's elements in order, as `meta[charset]`, `meta[csp]`, `script`, `link`… */
  head: string[];
  /** Content of every CSP `<meta>` of the document. */
  policies: string[];
  /** Text of every inline script the browser would run (no src, JavaScript or module). */
  scripts: string[];
  /** Text of every inline `<style>`. */
  styles: string[];
}

/*
 * Parsed by the browser (DOMParser), not by the code under test: the hash a
 * browser checks is of the element's text as its parser reads it.
 */
export async function parseInBrowser(page: Page, html: string): Promise<ParsedPage> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const isCsp = (el: Element) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy';
    const head = [...doc.head.children].map((el) => {
      const name = el.localName;
      if (name === 'meta' && el.hasAttribute('charset')) return 'meta[charset]';
      if (name === 'meta' && isCsp(el)) return 'meta[csp]';
      return name;
    });
    const policies = [...doc.querySelectorAll('meta')].filter(isCsp).map((el) => el.getAttribute('content') ?? '');
    const runs = (type: string) =>
      type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
    const scripts = [...doc.querySelectorAll('script:not([src])')]
      .filter((el) => runs((el.getAttribute('type') ?? '').trim().toLowerCase()))
      .map((el) => el.textContent ?? '');
    const styles = [...doc.querySelectorAll('style')].map((el) => el.textContent ?? '');
    return { head, policies, scripts, styles };
  }, html);
}

/** A policy as directive name → its sources. */
export function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

export const isHashSource = (source: string) => /^'sha(256|384|512)-/.test(source);

export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Records the page's CSP violations (securitypolicyviolation events) from its
 * first script on; read them with `cspViolations(page)`.
 */
export async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
