import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { handbookPages, readerPaths } from '../support/content';
import { expect, test } from './fixtures';

const pages = handbookPages();

test('the home page introduces the site and links to every handbook page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Success Management handbook');
  for (const { title, path } of pages) {
    await expect(page.getByRole('main').locator(`a.card[href="${path}"]`).first()).toContainText(title);
  }
  await expect(page.getByRole('link', { name: /My progress/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your data stays in this browser' })).toBeVisible();
});

for (const { title, path } of pages) {
  test(`${title} renders its title, navigation and credit`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${title} | CSM Handbook`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    const sidebar = page.getByRole('navigation', { name: 'Handbook' });
    await expect(sidebar.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText(title);
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();

    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('Creative Commons Attribution-ShareAlike 4.0');
    // A page whose original address is not known credits its handbook section, and says so.
    const source = /this page in the GitLab handbook|the section of the GitLab handbook this page comes from/;
    await expect(footer.getByRole('link', { name: source })).toHaveAttribute(
      'href',
      /^https:\/\/handbook\.gitlab\.com\//,
    );
    await expect(page.getByText(/Last updated:/)).toBeVisible();
  });
}

test('previous and next links walk through every page once', async ({ page }) => {
  await page.goto(pages[0]?.path ?? '/');
  const pagination = page.getByRole('navigation', { name: 'More pages' });
  const follow = async (name: RegExp) => {
    const link = pagination.getByRole('link', { name });
    if ((await link.count()) === 0) return false;
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    return true;
  };
  while (await follow(/^Previous/)) {
    // walk back to the first page
  }
  const seen: string[] = [];
  do {
    seen.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
  } while (await follow(/^Next/));
  expect([...seen].sort()).toEqual(pages.map((p) => p.title).sort());
});

test('the table of contents marks the section being read', async ({ page }) => {
  // The onboarding page is one of the five the site is built from: missing, this fails rather than skips.
  const onboarding = pages.find((p) => p.path.includes('csm-onboarding'));
  expect(onboarding, 'the CSM Onboarding page').toBeDefined();
  await page.goto(onboarding?.path ?? '/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const second = toc.getByRole('link').nth(2);
  const target = decodeURIComponent((await second.getAttribute('href'))?.slice(1) ?? '');
  await second.click();
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${target}`);
});

test('headings link to themselves', async ({ page }) => {
  await page.goto(pages[0]?.path ?? '/');
  const firstH2 = page.locator('article .heading-wrapper h2[id]').first();
  const id = await firstH2.getAttribute('id');
  await expect(page.locator(`a.heading-anchor[href="#${id}"]`)).toHaveCount(1);
});

test('an unknown address answers 404 with a way home', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL('/');
});

/*
 * The 404 page is shorter than a screen: its footer sat halfway up it, under the way home, with blank page below
 * (design review, December 2026). On a short page the footer sits at the foot of the screen; on a long one it follows
 * the content, as before.
 */
for (const [width, height] of [
  [1280, 800],
  [375, 667],
] as const) {
  test(`the 404 page keeps its footer at the foot of the screen (${width} × ${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/no/such/page/');
    const main = await page.getByRole('main').boundingBox();
    const footer = await page.getByRole('contentinfo').boundingBox();
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(main && footer).toBeTruthy();
    if (!main || !footer) return;
    // At the foot of the screen (or of the page, were it longer), and after the content, never over it.
    expect(Math.abs(footer.y + footer.height - Math.max(height, pageHeight))).toBeLessThanOrEqual(1);
    expect(pageHeight).toBeLessThanOrEqual(Math.max(height, footer.y + footer.height) + 1);
    expect(footer.y).toBeGreaterThanOrEqual(main.y + main.height - 1);
  });
}

// A reader who followed a broken link wanted something: the 404 offers search, filled with the address's words.
test('the 404 page offers a search filled with the missing address’s words, which finds the page', async ({ page }) => {
  const response = await page.goto('/handbook/csm-onboarding/');
  expect(response?.status()).toBe(404);
  const search = page.getByRole('main').getByRole('search');
  const box = search.getByRole('searchbox', { name: 'Search the handbook' });
  await expect(box).toHaveValue('csm onboarding');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search/?q=csm+onboarding');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toHaveAttribute(
    'href',
    /^\/handbook\/customer-success\/csm\/csm-onboarding\//,
  );
  // Other words, typed over them, are searched as well.
  await page.goto('/no/such/page/');
  await expect(box).toHaveValue('page');
  await box.fill('buddy');
  await box.press('Enter');
  await expect(page).toHaveURL('/search/?q=buddy');
  await expect(results.getByRole('option').first()).toBeVisible();
});

test('every page carries a content security policy without unsafe-inline scripts', async ({ page }) => {
  for (const path of ['/', ...pages.map((p) => p.path)]) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
  }
});

/** Every key of every dictionary in src/i18n/ (read as text: a dictionary module may need the build's globals). */
function dictionaryKeys(): string[] {
  const dir = join(import.meta.dirname, '../../src/i18n');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/^\s+'([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+)':/gm)].map(
        (match) => match[1] as string,
      ),
    );
}

// A lookup that misses its dictionary shows the key itself ("nav.group.role"): no page, hydrated, may show one.
test('no page shows a string’s key instead of its words', async ({ page }) => {
  test.slow();
  const keys = dictionaryKeys();
  expect(keys.length).toBeGreaterThan(500);
  for (const path of readerPaths()) {
    await page.goto(path);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="visible"])'));
    // Case-insensitive: a label styled in capitals reads "NAV.GROUP.ROLE".
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, not the page's JSON copy of a dictionary
    const text = (await page.locator('body').innerText()).toLowerCase();
    expect(
      keys.filter((key) => text.includes(key.toLowerCase())),
      path,
    ).toEqual([]);
  }
});

/** The names of the page's landmarks of one role, as a screen reader lists them ("" for one with none). */
async function landmarkNames(page: Page, role: 'complementary' | 'region'): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return [...snapshot.matchAll(new RegExp(`^\\s*- ${role}(?: "([^"]*)")?`, 'gm'))].map((match) => match[1] ?? '');
}

// A screen reader's list of landmarks shows each by its name: three asides all called "From this site" (the job
// family page) or one with no name (the contents' column) cannot be told apart there.
test('every aside of a handbook page has a name of its own, saying what it is about', async ({ page }) => {
  for (const { path } of pages) {
    await page.goto(path);
    const names = await landmarkNames(page, 'complementary');
    expect(
      names.filter((name) => name === ''),
      `${path}: an aside with no name`,
    ).toEqual([]);
    expect(new Set(names).size, `${path}: asides sharing a name: ${names.join(' | ')}`).toBe(names.length);
    for (const name of names.filter((n) => n.startsWith('From this site'))) {
      expect(name, `${path}: a site note names what it is about`).toMatch(/^From this site: \S/);
    }
  }
});
