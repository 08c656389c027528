import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const WHITE = 'rgb(255, 255, 255)';

test('the theme follows the system by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).not.toBe(WHITE);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');

  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(WHITE);
});

test('a chosen theme is remembered across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  expect(await background(page)).not.toBe(WHITE);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await background(page)).not.toBe(WHITE);

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
  await page.reload();
  expect(await background(page)).toBe(WHITE);
});

test('a stored theme applies before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('csm-handbook:theme', 'dark');
    // Record the theme as the body is first parsed, before any deferred script runs.
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { firstTheme: string | undefined }).firstTheme = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
});

test('the theme still works when storage is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  expect(await background(page)).not.toBe(WHITE);
});
