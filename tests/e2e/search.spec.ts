import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the handbook' });
const results = (page: Page) => dialog(page).getByRole('listbox', { name: 'Search results' });

async function searchFor(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click();
  await input(page).fill(query);
}

test('no part of Pagefind loads before search opens', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefind.push(request.url());
  });
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
  await searchFor(page, 'renewal');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  expect(pagefind.length).toBeGreaterThan(0);
});

test('"Gainsight dashboard" finds the manager handbook, with the match highlighted', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'Gainsight dashboard');
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText('CSM Manager Handbook');
  await expect(first.locator('mark').first()).toHaveText(/gainsight|dashboard/i);
  await expect(dialog(page).getByRole('status')).toContainText(/results? for “Gainsight dashboard”/);
});

test('"Learn Git Branching" finds the internship plan task, and a section result opens the page there', async ({
  page,
}) => {
  await page.goto('/');
  await searchFor(page, 'Learn Git Branching');
  await expect(results(page).getByRole('option').first()).toContainText('CSM Internship Program');
  const section = results(page)
    .getByRole('option', { name: /Week 1|Async Material Review/ })
    .first();
  await section.click();
  await expect(page).toHaveURL(/csm-internship\/#/);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('keyboard: / and Ctrl+K open, arrows move, Enter opens, Escape closes and returns focus', async ({ page }) => {
  await page.goto('/handbook/customer-success/csm/csm-onboarding/');
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  const themeSelect = page.getByRole('combobox', { name: 'Theme' });
  await themeSelect.focus();
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(themeSelect).toBeFocused();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('escalation');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const activeId = await input(page).getAttribute('aria-activedescendant');
  expect(activeId).toBeTruthy();
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const second = await input(page).getAttribute('aria-activedescendant');
  expect(second).not.toBe(activeId);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/csm-onboarding\/$/);
});

test('/ typed in a field stays a character', async ({ page }) => {
  await page.goto('/handbook/customer-success/csm/csm-internship/');
  await page.getByRole('button', { name: 'Note and options for: GitLab 101 course' }).click();
  const note = page.getByRole('textbox', { name: 'Your note for: GitLab 101 course' });
  await note.fill('');
  await note.press('/');
  await expect(note).toHaveValue('/');
  await expect(dialog(page)).toBeHidden();
});

test('says clearly when nothing matches', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'xylophonequartz');
  await expect(dialog(page).getByRole('status')).toHaveText(
    'No results for “xylophonequartz”. Try other words, or fewer filters.',
  );
  await expect(results(page)).toBeHidden();
});

test('filters narrow the results', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'manager');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  const titles = async () =>
    results(page).locator('.search-result:not(.search-result--section) .search-result__title').allTextContents();
  const all = await titles();
  await dialog(page).getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Handbook page' }).click();
  await expect(dialog(page).getByRole('button', { name: 'Handbook page' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(titles).not.toEqual(all);
  const filtered = await titles();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.every((title) => ['CSM Manager Handbook', 'Customer Success Management'].includes(title))).toBe(true);
});

test('the search page runs ?q= on load and keeps the address in step', async ({ page }) => {
  await page.goto('/search/?q=internship%20mentor');
  const pageInput = page.getByRole('main').getByRole('combobox', { name: 'Search the handbook' });
  await expect(pageInput).toHaveValue('internship mentor');
  await expect(page.getByRole('main').getByRole('option').first()).toContainText('CSM Internship Program');
  await pageInput.fill('graduation');
  await expect(page).toHaveURL(/\?q=graduation$/);
});

test('is axe clean with the dialog open and results shown', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'onboarding buddy');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
