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

// December 7: a plan's Markdown named each item's section without a link; now it links to it, under the base path.
test('the plan builder under the base path: a template’s sources link to their sections, in the page and the Markdown', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${BASE_PATH_UNDER_TEST}plan-builder/?template=new-manager`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('My first 90 days as a CSM manager');
  await expect(page.getByText('Saved in this browser', { exact: true })).toBeVisible();
  const section = new URL(
    `${BASE_PATH_UNDER_TEST}handbook/customer-success/csm/csm-manager/#review-checklist`,
    baseURL,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  const markdown = await readFile((await download.path()) as string, 'utf8');
  expect(markdown).toContain(`[Based on the handbook: Review Checklist](${section.href})`);
  await page.getByRole('link', { name: 'Based on the handbook: Review Checklist' }).first().click();
  await expect(page).toHaveURL(section.href);
  await expect(page.getByRole('heading', { name: 'Review Checklist', exact: true })).toBeInViewport();
});

test('links into a checklist page land on their target under the base path, hidden ones shown', async ({ page }) => {
  const internship = `${BASE_PATH_UNDER_TEST}handbook/customer-success/csm/csm-internship/`;
  const onboarding = `${BASE_PATH_UNDER_TEST}handbook/customer-success/csm/csm-onboarding/`;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.install({ time: new Date('2026-12-04T10:00:00') });
  const live = async () => {
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeEnabled();
    await expect(page.locator('.checklist input[type="checkbox"]').last()).toBeEnabled();
  };
  const header = async () => (await page.locator('.site-header').boundingBox())?.height ?? 0;
  const top = (selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top));

  // The internship of the tester's report: started 16 Nov 2026, its first two lists finished (they fold).
  await page.goto(internship);
  await live();
  await page.getByLabel('Start date', { exact: true }).fill('2026-11-16');
  const boxes = page.locator('.checklist input[id$="-check"]');
  for (let i = 0; i < 12; i += 1) await boxes.nth(i).check();
  await page.goto(`${BASE_PATH_UNDER_TEST}my-progress/`);
  const now = page.getByRole('link', { name: 'Now: Week 3 (30 Nov – 6 Dec 2026)' });
  await expect(now).toHaveAttribute('href', `${internship}#week-3`);
  await now.click();
  await live();
  expect(await top('#week-3')).toBeGreaterThanOrEqual(await header());
  expect(await top('#week-3')).toBeLessThan((await header()) + 100);

  // A Manager task read as a New CSM: its list is shown, said so, and the task has the focus.
  await page.goto(`${onboarding}?role=new-csm`);
  await live();
  await expect(page.getByRole('radio', { name: 'New CSM' })).toBeChecked();
  await page.goto(BASE_PATH_UNDER_TEST);
  await page.goto(`${onboarding}#task-onb-mgr-m1-pto-policy`);
  await live();
  await expect(page.locator('#task-onb-mgr-m1-pto-policy')).toBeFocused();
  await expect(page.getByRole('group', { name: 'Manager: month 1' })).toContainText(
    'Shown because you followed a link to it',
  );
  expect(await top('#task-onb-mgr-m1-pto-policy')).toBeLessThan((await header()) + 100);
});
