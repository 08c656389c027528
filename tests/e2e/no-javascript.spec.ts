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

test('the manager toolkit without JavaScript says each tool needs it, never "Opening…" or an empty list', async ({
  page,
}) => {
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  const panels = page.locator('section.tool-panel');
  expect(await panels.count()).toBeGreaterThan(4);
  for (const panel of await panels.all()) {
    await expect(panel.getByText('This tool needs JavaScript', { exact: false })).toBeVisible();
    await expect(panel.getByText('Opening…').filter({ visible: true })).toHaveCount(0);
    // No control to reach that would do nothing: the tool's fields and buttons are not shown.
    await expect(panel.getByRole('button')).toHaveCount(0);
    await expect(panel.getByRole('textbox')).toHaveCount(0);
  }
  await expect(page.getByText('Opening…').filter({ visible: true })).toHaveCount(0);
});
