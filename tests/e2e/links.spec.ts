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
