import { existsSync } from 'node:fs';
import {
  builtHtmlFiles,
  cspViolations,
  directives,
  isHashSource,
  parseInBrowser,
  readBuilt,
  sha256Source,
  watchCspViolations,
} from './csp';
import { expect, test } from './fixtures';

/*
 * The Content Security Policy of the production build (docs/deploying.md,
 * "Security headers"): one CSP <meta> per page, right after <meta charset> so it covers
 * every script and style that follows, allowing by hash only the inline code
 * that page carries. Both builds are read: the root one and the base-path one.
 */
const BUILDS = ['dist', 'dist-base'];

/** The directives configured in astro.config.mjs, which every page keeps as they are. */
const CONFIGURED = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

for (const dir of BUILDS) {
  test(`every page of ${dir}/ has its CSP first in <head>, allowing exactly its own inline scripts and styles`, async ({
    page,
  }) => {
    expect(existsSync(dir), `${dir}/ is built (npm run build && npm run build:base)`).toBe(true);
    const files = builtHtmlFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const parsed = await parseInBrowser(page, readBuilt(dir, file));
      expect(parsed.policies, `${file}: one CSP <meta>`).toHaveLength(1);
      expect(parsed.head.slice(0, 2), `${file}: <head> opens with charset, then the CSP`).toEqual([
        'meta[charset]',
        'meta[csp]',
      ]);

      const policy = directives(parsed.policies[0] ?? '');
      for (const [name, sources] of Object.entries(CONFIGURED))
        expect(policy.get(name), `${file}: ${name}`).toEqual(sources);

      const scriptSrc = policy.get('script-src') ?? [];
      expect(
        scriptSrc.filter((source) => !isHashSource(source)),
        `${file}: script-src keywords`,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      const scriptHashes = new Set(parsed.scripts.map(sha256Source));
      expect(new Set(scriptSrc.filter(isHashSource)), `${file}: script-src hashes = its inline scripts`).toEqual(
        scriptHashes,
      );

      const styleSrc = policy.get('style-src') ?? [];
      expect(
        styleSrc.filter((source) => !isHashSource(source)),
        `${file}: style-src keywords`,
      ).toEqual(["'self'"]);
      expect(new Set(styleSrc.filter(isHashSource)), `${file}: style-src hashes = its inline styles`).toEqual(
        new Set(parsed.styles.map(sha256Source)),
      );
    }
  });
}

test('a planner page runs under its CSP: theme script, islands and checklists, no violation', async ({ page }) => {
  await watchCspViolations(page);
  await page.goto('/handbook/customer-success/csm/csm-onboarding/');
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeEnabled();
  await expect(page.locator('.checklist input[type="checkbox"]').last()).toBeEnabled();
  await page.locator('.checklist input[type="checkbox"]').first().check();
  await expect(page.locator('.checklist input[type="checkbox"]').first()).toBeChecked();
  expect(await cspViolations(page)).toEqual([]);
});

// The manager handbook's MDX imports its own components, whose sheets Astro inlines in <head> (issue 13).
test('the manager handbook runs under its CSP: its components’ own styles apply, no violation', async ({ page }) => {
  await watchCspViolations(page);
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  // The video link's own scoped style (an inline <style> Astro does not list in its policy): a card, not a text link.
  await expect(page.locator('.video-link a')).toHaveCSS('display', 'inline-flex');
  const tool = page.locator('.tool-panel').first();
  await tool.scrollIntoViewIfNeeded();
  // Its own sheet's padding (manager.css; its edge is the site's shared look, .site-own in global.css, since December 7).
  await expect(tool).toHaveCSS('padding-left', '20px');
  expect(await cspViolations(page)).toEqual([]);
});

test('the plan builder and search (Pagefind’s WebAssembly) run under the CSP with no violation', async ({ page }) => {
  await watchCspViolations(page);
  await page.goto('/plan-builder/');
  await expect(page.getByLabel('Title', { exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  await dialog.getByRole('combobox', { name: 'Search the handbook' }).fill('onboarding');
  await expect(dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
});

/*
 * Headers a host reads from public/_headers (Netlify, Cloudflare Pages); the
 * local server (scripts/serve.mjs) sends them too, so every browser test runs
 * with them.
 */
const EXPECTED_HEADERS = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

for (const path of ['/', '/plan-builder/', '/no/such/page/', '/favicon.svg']) {
  test(`${path} is served with the security headers of public/_headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(headers[name], name).toBe(value);
    expect(headers['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
    expect(headers['permissions-policy']).not.toContain('clipboard-write');
  });
}
