import type { Page } from '@playwright/test';
import { programTasks } from '../support/programs';
import { expect, test } from './fixtures';
import { ONBOARDING, openPlanner } from './planner-helpers';

/*
 * The progress marks in the navigation (src/components/ProgressMarks.astro):
 * the sidebar's badge beside each started planner page and the contents'
 * check beside each finished section follow the reader's ticks as they
 * happen, in this tab and in others, with no reload.
 */

const MANAGER = '/handbook/customer-success/csm/csm-manager/';
// Module 3 of CSM Onboarding has two tasks: one is done before the test, the reader ticks the other.
const SECTION = 'Module 3: Technical Deep Dive';
const DONE_BEFORE = 'onb-m3-git-associate-cert';
const LAST_OPEN = 'onb-m3-cadence-calls';

/** The words of a CSM Onboarding task (its checkbox's name), from the program's content file. */
function taskWords(id: string): string {
  const task = programTasks('onboarding').find((item) => item.id === id);
  if (!task) throw new Error(`no task ${id}`);
  return task.plain;
}

/** Stores a task as done, in the planner's own record format. */
async function seedDone(page: Page, id: string): Promise<void> {
  await page.evaluate((taskId) => {
    localStorage.setItem(
      `csm-handbook:task:${taskId}`,
      JSON.stringify({ v: 2, state: 'done', note: '', updatedAt: Date.now() }),
    );
  }, id);
}

const badge = (page: Page) => page.locator(`.sidebar a[href="${ONBOARDING}"] .nav-badge`);
const contentsEntry = (page: Page) => page.locator('.toc').getByRole('link', { name: new RegExp(`^${SECTION}`) });

test('ticking the last open task of a section checks it in the contents and moves the sidebar badge, without reload', async ({
  page,
}) => {
  await page.goto('/');
  await seedDone(page, DONE_BEFORE);
  // The planner page writes the progress summary; the next load shows it.
  await openPlanner(page, ONBOARDING);
  await page.reload();
  await openPlanner(page, ONBOARDING);
  await expect(badge(page)).toHaveText(/^\d+%/);
  const before = await badge(page).textContent();
  await expect(contentsEntry(page)).toHaveAccessibleName(SECTION);

  await page.getByRole('checkbox', { name: taskWords(LAST_OPEN), exact: true }).check();

  await expect(contentsEntry(page)).toHaveAccessibleName(new RegExp(`^${SECTION}\\s*✓ \\(done\\)$`));
  await expect(badge(page)).not.toHaveText(before ?? '');
  await expect(badge(page)).toHaveText(/^\d+%/);
});

test('a tick in another tab shows in this tab’s sidebar once that tab has saved it', async ({ page, context }) => {
  await page.goto(MANAGER);
  await expect(badge(page)).toHaveCount(0);

  const other = await context.newPage();
  await openPlanner(other, ONBOARDING);
  await other.getByRole('checkbox', { name: taskWords(LAST_OPEN), exact: true }).check();
  await expect(badge(other)).toHaveText(/^\d+% done$/);

  await expect(badge(page)).toHaveText(/^\d+% done$/);
  await expect(page.locator('.sidebar').getByRole('link', { name: /^Onboarding \d+% done$/ })).toBeVisible();
});
