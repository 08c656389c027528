import { encodePlan } from '../../src/lib/plan-share';
import { seriousViolations } from './axe';
import { acceptBlockedLoads, blockCode, expect, test, unblockCode } from './fixtures';
import { BUILDER, openBuilder, phase, seedPlan } from './plan-records';

/*
 * The plan builder's parts that load on a click (src/islands/use-lazy.ts: the template picker, the
 * timeline, the ideas sheet and dialog, the review view) when their file cannot come: offline, or a newer
 * deploy replaced it. The page says so, nothing is stuck, and the reader's next try loads it. Before
 * December 3 a failed load left the control dead until a reload ("+ New plan", "Add from the handbook", named
 * "Ideas based on the handbook" since December 7, and "Add again" did nothing more) and a review link on
 * "Opening your plans…" for good.
 */

test('“+ New plan” says when the template picker cannot load, and the next click opens it', async ({
  page,
  pageProblems,
}) => {
  await openBuilder(page);
  await blockCode(page, 'TemplatePicker');
  const newPlan = page.getByRole('button', { name: 'New plan' });
  await newPlan.click();
  await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(newPlan).toBeEnabled();
  await unblockCode(page, 'TemplatePicker');
  await newPlan.click();
  await expect(page.getByRole('dialog', { name: 'Start a new plan' })).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('a link that names a template says when the template code cannot load, and opens the builder as usual', async ({
  page,
  pageProblems,
}) => {
  await blockCode(page, 'TemplatePicker');
  await page.goto(`${BUILDER}?template=interview-mock`);
  await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('My 30-60-90 day plan');
  await expect(page.getByText('Opening your plans…')).toHaveCount(0);
  // + New plan still offers the template (its code comes again when asked for).
  await unblockCode(page, 'TemplatePicker');
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('dialog', { name: 'Start a new plan' })).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('the exports say when their code cannot load, and the next click downloads', async ({ page, pageProblems }) => {
  await openBuilder(page);
  await blockCode(page, 'plan-files');
  const json = page.getByRole('button', { name: 'Download .json' });
  await json.click();
  await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
  await unblockCode(page, 'plan-files');
  const download = page.waitForEvent('download');
  await json.click();
  expect((await download).suggestedFilename()).toBe('30-60-90-plan-my-30-60-90-day-plan.json');
  acceptBlockedLoads(pageProblems);
});

test('the timeline view says when it cannot load and goes back to editing; choosing it again loads it', async ({
  page,
  pageProblems,
}) => {
  await openBuilder(page);
  await blockCode(page, 'PlanTimeline');
  // click, not check: the failed load can put Edit back before check() looks, and check() then throws.
  await page.getByRole('radio', { name: 'Timeline' }).click();
  await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
  // Not a "loading" line for good: the plan's fields are back, Edit chosen.
  await expect(page.getByRole('radio', { name: 'Edit' })).toBeChecked();
  await expect(page.getByText('Opening your plans…')).toHaveCount(0);
  await expect(phase(page, 1)).toBeVisible();
  await unblockCode(page, 'PlanTimeline');
  await page.getByRole('radio', { name: 'Timeline' }).check();
  await expect(page.getByRole('region', { name: /The 90 days at a glance/ })).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('on a phone, “Ideas based on the handbook” says when the ideas cannot load, and the next tap opens them', async ({
  page,
  pageProblems,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openBuilder(page);
  await blockCode(page, 'IdeasSheet');
  const open = phase(page, 2).getByRole('button', { name: 'Ideas based on the handbook' });
  await open.click();
  await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await unblockCode(page, 'IdeasSheet');
  await open.click();
  await expect(page.getByRole('dialog', { name: /Ideas based on the handbook, for Days 31–60/ })).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('adding an idea a second time says when its question cannot load, and the next click asks', async ({
  page,
  pageProblems,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openBuilder(page);
  const idea = page
    .getByRole('complementary', { name: 'Ideas based on the handbook' })
    .getByRole('listitem')
    .filter({ hasText: 'Review my team’s Success Plans' });
  const add = idea.getByRole('button', { name: /^Add “Review my team’s Success Plans/ });
  await add.click();
  await expect(idea.getByText('Added ✓')).toBeVisible();
  await blockCode(page, 'IdeaDialog');
  await add.click();
  await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(phase(page, 2).getByLabel('Goal', { exact: true })).toHaveCount(1);
  await unblockCode(page, 'IdeaDialog');
  await add.click();
  await expect(page.getByRole('dialog', { name: /already in your plan/ })).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('a review link whose view cannot load says so in the page and offers to try again', async ({
  page,
  pageProblems,
}) => {
  const plan = seedPlan({ title: 'Shared for review', goals: { 0: [{ text: 'Meet every customer' }] } });
  await blockCode(page, 'SharedReview');
  await page.goto(`${BUILDER}#review=${await encodePlan(plan)}`);
  await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
  await expect(page.getByText('The plan in this link cannot be shown')).toBeVisible();
  await expect(page.getByText('Opening your plans…')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  // Still offline: the same message, and the focus stays on "Try again".
  const retry = page.getByRole('button', { name: 'Try again' });
  await retry.click();
  await expect(retry).toBeFocused();
  await unblockCode(page, 'SharedReview');
  await retry.click();
  await expect(page.getByRole('heading', { name: 'A plan shared for review' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Shared for review' })).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('from a review link that cannot load, “Go to my plans” leaves the link for the reader’s own plans', async ({
  page,
  pageProblems,
}) => {
  await blockCode(page, 'SharedReview');
  await page.goto(`${BUILDER}#review=${await encodePlan(seedPlan({}))}`);
  await page.getByRole('button', { name: 'Go to my plans' }).click();
  // As from a broken link: a review link opens no draft of its own, so a first visit has no plan yet.
  await expect(page.getByText('You have no plan in this browser yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New plan' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  acceptBlockedLoads(pageProblems);
});
