import type { Page } from '@playwright/test';
import { readProgramFiles } from '../support/programs';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { ASPIRING, INTERNSHIP, isoDaysFromToday, MY_PROGRESS, ONBOARDING, openPlanner } from './planner-helpers';

/*
 * Visual checks of the designed pages: each state is screenshotted at 375 and
 * 1280 px in both themes into test-results/visual/ (look at them: pixel
 * comparisons are too fragile across machines), and its layout is asserted:
 * nothing wider than the screen, the parts that state should show.
 */

const WIDTHS = [375, 1280] as const;
// Four screenshots per state (and axe) on a shared, busy machine.
test.describe.configure({ timeout: 180_000 });
const THEMES = ['light', 'dark'] as const;

async function noSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
}

async function shoot(page: Page, name: string, check: () => Promise<void>): Promise<void> {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await check();
      await noSideways(page);
      await page.screenshot({ path: `test-results/visual/${name}-${width}-${theme}.png`, fullPage: true });
    }
  }
}

/** Every task id of the programs, from their content files. */
function allTaskIds(): string[] {
  const ids: string[] = [];
  for (const { data } of readProgramFiles()) {
    const program = data as { sections: { tasks: { id: string; subtasks?: { id: string }[] }[] }[] };
    for (const section of program.sections)
      for (const task of section.tasks) ids.push(task.id, ...(task.subtasks ?? []).map((sub) => sub.id));
  }
  return ids;
}

async function seedTasks(page: Page, ids: string[]): Promise<void> {
  await page.evaluate((list) => {
    for (const id of list)
      localStorage.setItem(
        `csm-handbook:task:${id}`,
        JSON.stringify({ v: 2, state: 'done', note: '', updatedAt: Date.now() }),
      );
  }, ids);
}

test('home, first visit: asks what brings the reader, with a path for each', async ({ page }) => {
  await page.goto('/');
  await shoot(page, 'home-first', async () => {
    await expect(page.getByRole('heading', { name: 'What brings you here?' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeHidden();
  });
  for (const [name, url] of [
    [/^I am a new CSM(?! manager)/, /csm-onboarding\/\?role=new-csm$/],
    [/^I am starting an internship/, /csm-internship\/\?start=ask$/],
    ['Plan my first 90 days', /plan-builder\/\?template=new-csm$/],
    [/^I mentor an intern/, /csm-internship\/#internship-expectations$/],
    [/^I am thinking about promotion/, /customer-success-management\/ladder\/$/],
    [/^I want to lead a CSM team/, /csm-aspiring-leaders\/$/],
    ['Draft the mock plan', /plan-builder\/\?template=interview-mock$/],
    [/^I am a new CSM manager/, /csm-manager\/$/],
    ['Start my 30-60-90 plan', /plan-builder\/\?template=new-manager$/],
  ] as const) {
    await expect(page.getByRole('link', { name })).toHaveAttribute('href', url);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

/*
 * PRODUCT.md's readers include the CSM thinking about promotion (compare levels, assess themselves with evidence,
 * draft the promotion document): a review found no way in for them on the home page at 375 or 1280, no path and no
 * planner's card, the career ladder linked only from the footer; and the new CSM's path did not offer the "New CSM:
 * first 90 days" plan the plan builder holds for them, where the leader's and the manager's paths offer theirs.
 */
test('the CSM thinking about promotion has a path to the career ladder and its card among the planners, at 375 and 1280', async ({
  page,
}) => {
  await page.goto('/');
  const paths = page.getByRole('region', { name: 'What brings you here?' });
  const planners = page.getByRole('region', { name: 'Planners' });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const path = paths.getByRole('link', { name: /^I am thinking about promotion/ });
    await path.scrollIntoViewIfNeeded();
    await expect(path).toBeInViewport();
    await expect(path).toContainText('promotion document');
    await expect(planners.getByRole('link', { name: /^Career ladder/ })).toBeVisible();
    await expect(paths.getByRole('link', { name: 'Plan my first 90 days' })).toBeVisible();
  }
  await paths.getByRole('link', { name: /^I am thinking about promotion/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Career ladder' })).toBeVisible();
  await page.goBack();
  await planners.getByRole('link', { name: /^Career ladder/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Career ladder' })).toBeVisible();
});

test('the new CSM path opens onboarding with the new CSM part chosen; the intern path asks for the start date', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^I am a new CSM(?! manager)/ }).click();
  await expect(page.getByRole('radio', { name: 'New CSM' })).toBeChecked();
  await expect(page).toHaveURL(/csm-onboarding\/$/);
  await page.goto('/');
  await page.getByRole('link', { name: /^I am starting an internship/ }).click();
  await expect(page.getByLabel('Start date', { exact: true })).toBeFocused();
});

test('a path names only a part its page lets the reader choose (an unknown one would be dropped without a word)', async ({
  page,
}) => {
  // The mentor's path once carried `?role=mentor` to the internship, which has no "Show tasks for": the page
  // showed every task, not the mentor's part the path promised.
  await page.goto('/');
  const paths = page.getByRole('region', { name: 'What brings you here?' }).getByRole('link');
  const hrefs = await paths.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const named = hrefs.map((href) => new URL(href)).filter((url) => url.searchParams.has('role'));
  expect(named.length).toBeGreaterThan(0);
  for (const url of named) {
    const program = readProgramFiles().find(({ data }) => url.pathname === (data as { page: string }).page);
    const roles = (program?.data as { roles?: string[] } | undefined)?.roles ?? [];
    expect(roles, `${url.pathname}${url.search}`).toContain(url.searchParams.get('role'));
  }
  // The mentor's path opens what its card says: the internship at its expectations, the mentor's tasks marked.
  await page.getByRole('link', { name: /^I mentor an intern/ }).click();
  await expect(page).toHaveURL(/csm-internship\/#internship-expectations$/);
  await expect(page.getByRole('checkbox', { name: /^Mentor: / }).first()).toBeVisible();
});

test('home, returning: continue where you left off, with the next task, its section and this week', async ({
  page,
}) => {
  await openPlanner(page, INTERNSHIP);
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await page.getByLabel('Start date', { exact: true }).fill(isoDaysFromToday(-15));
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Continue where you left off' });
  await shoot(page, 'home-returning', async () => {
    await expect(card.getByRole('link', { name: 'CSM Internship Program' })).toBeVisible();
  });
  await expect(card.getByText(/^1 of \d+ done$/)).toBeVisible();
  // As My progress says it: the section first, then the task as the link (the card said "Next: … plan. in …").
  await expect(card.locator('.continue__next')).toHaveText(
    /^Next, in Pre-internship tasks: The intern must get approval/,
  );
  await expect(card.getByRole('link', { name: /^The intern must get approval/ })).toBeVisible();
  const now = card.getByRole('link', { name: /^Now: Week 3 \(/ });
  await expect(now).toHaveAttribute('href', /#week-3$/);
  expect(await seriousViolations(page)).toEqual([]);
  // The same block in the same words on My progress (the card said "Week 3, 17 Nov – 23 Nov" before).
  const words = (await now.textContent()) ?? '';
  await page.goto(MY_PROGRESS);
  await expect(page.getByText(words, { exact: true })).toBeVisible();
});

test('My progress, empty, half done and full', async ({ page }) => {
  await page.goto(MY_PROGRESS);
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeEnabled();
  await shoot(page, 'my-progress-empty', async () => {
    await expect(page.getByText('Not started yet').first()).toBeVisible();
    await expect(page.getByText('No file chosen')).toBeVisible();
  });
  expect(await seriousViolations(page)).toEqual([]);

  const ids = allTaskIds();
  await seedTasks(
    page,
    ids.filter((_, index) => index % 2 === 0),
  );
  await page.reload();
  await shoot(page, 'my-progress-half', async () => {
    await expect(page.getByText('In progress').first()).toBeVisible();
  });
  expect(await seriousViolations(page)).toEqual([]);

  await seedTasks(page, ids);
  await page.reload();
  await shoot(page, 'my-progress-full', async () => {
    await expect(page.getByText('Program complete: well done!')).toHaveCount(3);
  });
  expect(await seriousViolations(page)).toEqual([]);
});

test('a planner page', async ({ page }) => {
  await openPlanner(page, ONBOARDING);
  await page.getByRole('radio', { name: 'New CSM' }).check();
  await shoot(page, 'planner', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('the design page shows every control, passes axe in both themes, and is not in search', async ({ page }) => {
  await page.goto('/design/');
  await shoot(page, 'design', async () => {
    for (const name of ['Primary', 'Secondary', 'Danger…', 'Quiet']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('checkbox', { name: 'Ticked task' })).toBeChecked();
    await expect(page.getByLabel('Date field')).toBeVisible();
    await expect(page.getByLabel('Restore from a backup file')).toBeAttached();
    expect(await seriousViolations(page)).toEqual([]);
  });
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  // Controls are big enough to hit (WCAG 2.5.8). Counted, so a page whose controls are all hidden (or not yet
  // drawn) cannot pass by measuring none: the design page shows at least its four buttons and its boxes.
  let measured = 0;
  for (const control of await page.locator('main :is(button, input[type=checkbox], input[type=radio], select)').all()) {
    const box = await control.boundingBox();
    if (!box || !(await control.isVisible())) continue;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    measured += 1;
  }
  expect(measured).toBeGreaterThanOrEqual(6);
});

// What a finished program suggests next is celebration.spec.ts's; this one holds the section's message.
test('finishing a section celebrates it', async ({ page }) => {
  await openPlanner(page, ASPIRING);
  const boxes = page.locator('.checklist').first().getByRole('checkbox');
  const count = await boxes.count();
  for (let index = 0; index < count; index += 1) await boxes.nth(index).check();
  await expect(page.getByRole('status')).toContainText('Finished:');
});

test('the sidebar shows each started program’s progress, the contents a check beside finished sections', async ({
  page,
}) => {
  await openPlanner(page, ASPIRING);
  // The tasks' own boxes, not their N/A boxes (named "N/A, not applicable: …").
  const boxes = page
    .locator('.checklist')
    .first()
    .getByRole('checkbox', { name: /^(?!N\/A)/ });
  const count = await boxes.count();
  for (let index = 0; index < count; index += 1) await boxes.nth(index).check();
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  await expect(page.locator('.sidebar').getByRole('link', { name: /^Aspiring leaders \d+% done$/ })).toBeAttached();
  await openPlanner(page, ASPIRING);
  await expect(page.locator('.toc').getByRole('link', { name: /^Ongoing Activities\s*✓ \(done\)$/ })).toBeAttached();
});
