import { handbookPages } from '../support/content';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

for (const { title, path } of handbookPages()) {
  test(`${title} reads completely without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('navigation', { name: 'Handbook' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    expect(await page.locator('article h2').count()).toBeGreaterThan(1);
  });
}

test('the small screen navigation works without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(handbookPages()[0]?.path ?? '/');
  await expect(page.getByRole('navigation', { name: 'Handbook' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
});
