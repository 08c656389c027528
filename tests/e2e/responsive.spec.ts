import { readerPaths } from '../support/content';
import { expect, test } from './fixtures';

const paths = readerPaths();

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of paths) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  for (const path of [
    '/handbook/customer-success/csm/csm-internship/',
    '/handbook/customer-success/csm/csm-manager/',
  ]) {
    test(`${path} does not jump while it loads and its islands hydrate`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const total = await page.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
      );
      expect(total, 'cumulative layout shift').toBeLessThan(0.05);
    });
  }

  test('the menu button opens and closes the navigation', async ({ page }) => {
    await page.goto(paths[1] ?? '/');
    const nav = page.getByRole('navigation', { name: 'Handbook' });
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await nav.getByRole('link').nth(1).focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
  });
});

test('printing hides the navigation and shows where links go', async ({ page }) => {
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Handbook' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const after = await page
    .locator('article a.external')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
});
