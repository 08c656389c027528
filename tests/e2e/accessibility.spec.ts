import { handbookPages, readerPaths } from '../support/content';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const paths = [...readerPaths(), '/no/such/page/'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of paths) {
    test(`${path} has no serious or critical axe violation (${colorScheme})`, async ({ page }) => {
      // The career ladder lists every level in full: axe needs longer there on a busy machine.
      if (path.includes('/ladder/')) test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('the skip link moves keyboard focus to the content', async ({ page }) => {
  await page.goto(handbookPages()[0]?.path ?? '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
});
