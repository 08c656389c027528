const BASE_PATH_UNDER_TEST = '/handbook/';

import { readFile } from 'node:fs/promises';
import { crawlSite } from './crawl';
import { cspViolations, watchCspViolations } from './csp';
import { expect, test } from './fixtures';

test('a build under a base path keeps every link, anchor and asset inside it', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const { pages, problems } = await crawlSite(page, baseURL, BASE_PATH_UNDER_TEST);
  expect(problems).toEqual([]);
  expect(pages.length).toBeGreaterThanOrEqual(6);
  for (const url of pages) expect(new URL(url).pathname.startsWith(BASE_PATH_UNDER_TEST)).toBe(true);
  expect(requests.filter((path) => !path.startsWith(BASE_PATH_UNDER_TEST))).toEqual([]);
});

test('a base-path build styles its pages and applies the theme', async ({ page }) => {
  await page.goto(BASE_PATH_UNDER_TEST);
  await expect(page.getByRole('link', { name: 'CSM Handbook' })).toHaveAttribute('href', BASE_PATH_UNDER_TEST);
  const position = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).position);
  expect(position).toBe('sticky');
});

test('search works in a base-path build: results, suggestions and recent searches stay under the base', async ({
  page,
}) => {
  await page.goto(BASE_PATH_UNDER_TEST);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // A misspelling fetches the handbook's words from under the base.
  await dialog.getByRole('combobox').fill('gainsite');
  await expect(dialog.getByRole('status')).toContainText('“gainsight”');
  await dialog.getByRole('combobox').fill('Learn Git Branching');
  await expect(dialog.getByRole('listbox').getByRole('group').first()).toHaveAccessibleName('CSM Internship Program');
  const option = dialog.getByRole('option').first();
  await expect(option).toHaveAttribute(
    'href',
    new RegExp(`^${BASE_PATH_UNDER_TEST}handbook/customer-success/csm/csm-internship/#`),
  );
  await option.click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH_UNDER_TEST}handbook/customer-success/csm/csm-internship/#`));
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(dialog.getByRole('option', { name: 'Learn Git Branching', exact: true })).toHaveAttribute(
    'href',
    `${BASE_PATH_UNDER_TEST}search/?q=Learn%20Git%20Branching`,
  );
});

test('a base-path planner page runs under its own CSP with no violation', async ({ page }) => {
  await watchCspViolations(page);
  await page.goto(`${BASE_PATH_UNDER_TEST}handbook/customer-success/csm/csm-onboarding/`);
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await expect(page.locator('.checklist input[type="checkbox"]').last()).toBeEnabled();
  expect(await cspViolations(page)).toEqual([]);
});

test('the manager toolkit works under the base path: tools hydrate and save, exports and links carry the base', async ({
  page,
  baseURL,
}) => {
  const manager = `${BASE_PATH_UNDER_TEST}handbook/customer-success/csm/csm-manager/`;
  await watchCspViolations(page);
  await page.goto(manager);
  const panel = (heading: string) =>
    page.locator('.tool-panel').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

  // A tool hydrates (its words come from the page) and saves.
  const team = panel('Your team: 1:1s and IDP syncs');
  await team.scrollIntoViewIfNeeded();
  await team.getByRole('textbox', { name: 'First name or initials' }).fill('Ana');
  await team.getByRole('button', { name: 'Add to team' }).click();
  await expect(team.locator('.team-list__name')).toHaveText(['Ana']);

  // A review exported as Markdown links back to its section under the base.
  const renewal = panel('Renewal Review sessions');
  await renewal.scrollIntoViewIfNeeded();
  await renewal.getByRole('button', { name: 'Start a Renewal Review' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    renewal.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  const markdown = await readFile((await download.path()) as string, 'utf8');
  expect(markdown).toContain(`(${new URL(`${manager}#renewal-review`, baseURL).href})`);

  // "What is due" links to the sections of this page.
  const due = panel('What is due');
  await due.scrollIntoViewIfNeeded();
  await expect(due.getByRole('link', { name: 'Renewal Review', exact: true })).toHaveAttribute(
    'href',
    '#renewal-review',
  );
  expect(await cspViolations(page)).toEqual([]);

  // Kept after a reload; My progress shows the week and links back under the base.
  await page.reload();
  await panel('Your team: 1:1s and IDP syncs').scrollIntoViewIfNeeded();
  await expect(panel('Your team: 1:1s and IDP syncs').locator('.team-list__name')).toHaveText(['Ana']);
  await page.goto(`${BASE_PATH_UNDER_TEST}my-progress/`);
  const week = page.locator('.tool-panel').filter({ has: page.getByRole('heading', { name: 'My week as a manager' }) });
  await week.scrollIntoViewIfNeeded();
  await expect(week).toContainText('Renewal Review');
  await expect(week.getByRole('link', { name: 'Open the manager toolkit' })).toHaveAttribute('href', manager);
});
