import { crawlSite } from './crawl';
import { expect, test } from './fixtures';

// Both crawls visit every page the home page reaches (the ladder and the planners among them): more than 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('every internal link and anchor reached from the home page works', async ({ page, baseURL }) => {
  const { pages, problems } = await crawlSite(page, baseURL, '/');
  expect(problems).toEqual([]);
  expect(pages.length).toBeGreaterThanOrEqual(6);
});

test('links to upstream pages are external and announced as such', async ({ page }) => {
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  const external = page.locator('article a.external');
  expect(await external.count()).toBeGreaterThan(5);
  for (const link of await external.all()) {
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toContainText('(external link)');
  }
});

test('no page shows a broken image or embeds another site', async ({ page, baseURL }) => {
  const { pages } = await crawlSite(page, baseURL, '/');
  for (const url of pages) {
    await page.goto(url);
    await expect(page.locator('iframe')).toHaveCount(0);
    const broken = await page
      .locator('img')
      .evaluateAll(
        (imgs) =>
          imgs.filter((img) => !(img as HTMLImageElement).complete || (img as HTMLImageElement).naturalWidth === 0)
            .length,
      );
    expect(broken, url).toBe(0);
  }
});

test('every link on the page for a missing address works, hidden ones included', async ({ page, baseURL }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const hrefs = await page.locator('a[href]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
  const here = page.url();
  const local = hrefs.filter((href) => new URL(href).origin === origin);
  // Links within the page (the skip link) point at an element of it; any other must load.
  for (const href of local.filter((href) => href.startsWith(`${here}#`)))
    await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1] ?? '')}"]`), href).toHaveCount(1);
  const pages = [...new Set(local.filter((href) => !href.startsWith(here)).map((href) => href.split('#')[0]))];
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const href of pages) expect((await page.request.get(href as string)).status(), href).toBe(200);
});
