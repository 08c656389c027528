import { seriousViolations } from './axe';
import { acceptBlockedLoads, blockCode, expect, test } from './fixtures';
import { storedKeys } from './planner-helpers';

/*
 * A planner's own code that cannot load at all (offline, or a newer deploy replaced its file while the page
 * was open: Astro tries twice, then gives up). Before December 3 the page kept the server's disabled controls
 * and empty figures with nothing said: the plan builder read "Opening your plans…" for good, and My progress
 * showed every program at 0 % and "No plan yet" to a reader with months of ticks, as if their data were gone.
 * Now a notice says what happened and that nothing is lost (src/components/IslandFailure.astro).
 */

const NOTICE = /could not load .* Nothing is lost: your progress stays in this browser\. Reload the page/;

test('My progress whose code cannot load says so, and does not show a reader with progress 0 %', async ({
  page,
  pageProblems,
}) => {
  // A reader with a tick: the page must not look as if it were gone.
  await page.goto('/handbook/customer-success/csm/csm-internship/');
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  const before = await storedKeys(page);
  await blockCode(page, 'MyProgress');
  await page.goto('/my-progress/');
  await expect(page.getByRole('alert')).toHaveText(NOTICE);
  await expect(page.getByText('0 of 118 done')).toBeHidden();
  await expect(page.getByText('No plan yet.')).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await storedKeys(page)).toEqual(before);
  acceptBlockedLoads(pageProblems);
});

test('the plan builder whose code cannot load says so instead of “Opening your plans…” for good', async ({
  page,
  pageProblems,
}) => {
  await blockCode(page, 'PlanBuilder');
  await page.goto('/plan-builder/');
  await expect(page.getByRole('alert')).toHaveText(NOTICE);
  await expect(page.getByText('Opening your plans…')).toBeHidden();
  acceptBlockedLoads(pageProblems);
});

test('a checklist page whose lists cannot load says so by each list and the panel, keeps the tasks readable, and alerts once', async ({
  page,
  pageProblems,
}) => {
  // The lists and the program's panel share one file (src/build/chunk-groups.ts): when it cannot load, neither can.
  await blockCode(page, 'checklists');
  await page.goto('/handbook/customer-success/csm/csm-aspiring-leaders/');
  const notices = page.getByText(NOTICE).filter({ visible: true });
  await expect(notices.first()).toBeVisible();
  // One notice per island that did not load (each list and the panel), next to it; a screen reader hears the
  // first one only.
  await expect
    .poll(() => notices.count())
    .toBe((await page.locator('.checklist').count()) + (await page.locator('.program-panel').count()));
  await expect(page.getByRole('alert')).toHaveCount(1);
  // The handbook's words stay: the tasks are still there to read, their boxes disabled.
  const box = page.locator('.checklist input[type="checkbox"]').first();
  await expect(box).toBeVisible();
  await expect(box).toBeDisabled();
  // No list or panel says "0 of 5 done" to a reader whose ticks it could not read.
  await expect(page.getByText(/^0 of \d+ done$/).filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset…' })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  acceptBlockedLoads(pageProblems);
});

test('a manager tool whose code cannot load when it is scrolled to (a deploy since the page opened) says so', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  // The page is open; then its tools' file goes away before the reader reaches them.
  await blockCode(page, 'tools');
  const toolPanel = page.locator('.tool-panel').first();
  await toolPanel.scrollIntoViewIfNeeded();
  await expect(toolPanel.getByRole('alert')).toHaveText(NOTICE);
  // Its empty state ("No one yet", "0 calls reviewed") is not the manager's: it goes, the panel's title stays.
  await expect(toolPanel.getByRole('heading')).toBeVisible();
  await expect(toolPanel.getByRole('button').filter({ visible: true })).toHaveCount(0);
  // A tool's note on its calendar file goes with the tool.
  const agenda = page.getByRole('region', { name: 'This week’s 1:1 agenda' });
  await agenda.scrollIntoViewIfNeeded();
  await expect(agenda.getByText(NOTICE)).toBeVisible();
  const calendarNote = agenda.getByText(/^The calendar has the next 13 weeks/);
  await expect(calendarNote).toHaveCount(1);
  await expect(calendarNote).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
  acceptBlockedLoads(pageProblems);
});

/*
 * December 7: every tool's notice said "This part of the page could not load…": the first one, an alert, was heard
 * without its panel's title, and the tally's said nothing of which part. Each names its tool now, in the words My
 * progress names the tally's view by when its code cannot load (my-progress.spec.ts).
 */
test('a manager tool whose code cannot load names itself: the first, the alert, and the President’s Club tally', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  await blockCode(page, 'tools');
  const rest =
    'could not load or stopped working (you may be offline, or the site has just been updated), so it cannot be used now. Nothing is lost: your progress stays in this browser. Reload the page to try again.';
  // The first notice shown is the alert a screen reader hears, away from its panel's title.
  await page.locator('.tool-panel').first().scrollIntoViewIfNeeded();
  await expect(page.getByRole('alert')).toHaveText(`Your team’s 1:1s, IDP syncs and call reviews ${rest}`);
  const club = page.getByRole('region', { name: 'President’s Club tally' });
  await club.scrollIntoViewIfNeeded();
  await expect(club.getByText(`The President’s Club tally ${rest}`, { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  acceptBlockedLoads(pageProblems);
});

test('when the code loads, no notice shows on any planner page', async ({ page }) => {
  for (const path of ['/my-progress/', '/plan-builder/', '/handbook/customer-success/csm/csm-onboarding/']) {
    await page.goto(path);
    await expect(page.locator('astro-island[ssr][client="load"]')).toHaveCount(0);
    // Each island has its notice in the page, ready, and hidden.
    expect(await page.locator('[data-island-failed][hidden]').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-island-failed]:not([hidden])')).toHaveCount(0);
    await expect(page.getByText(NOTICE).filter({ visible: true })).toHaveCount(0);
  }
});

test('a list that fails while the reader uses it goes back to its tasks, disabled, says so, and keeps what was saved', async ({
  page,
  pageProblems,
}) => {
  // Two page loads and a whole-page axe run on a program page: 28-31 s on a busy CI machine, against the
  // default 30 s (a clean-clone run of December 6, late night, passed it on its retry).
  test.setTimeout(60_000);
  await page.goto('/handbook/customer-success/csm/csm-internship/');
  await page.getByRole('button', { name: 'Note for: GitLab 201 course' }).click();
  await page.getByRole('textbox', { name: 'Your note for: GitLab 201 course' }).fill('Ask my mentor');
  const list = page.locator('.checklist').filter({ has: page.getByText('GitLab 201 course', { exact: true }) });
  // A defect, or the browser failing under the page: the list's next change of a text on screen throws.
  await list.evaluate((element) => {
    const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data') as PropertyDescriptor;
    Object.defineProperty(CharacterData.prototype, 'data', {
      ...data,
      set(this: CharacterData, value: string) {
        if (element.contains(this)) throw new Error('a render that fails, for the test');
        data.set?.call(this, value);
      },
    });
  });
  // The tick is taken (and stored), and the list's render fails on it.
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).click();
  // The list says so where it stands, once, as an alert; the page stays, with the handbook's tasks to read.
  await expect(page.getByRole('alert')).toHaveText(NOTICE);
  await expect(list.getByText('GitLab 101 course', { exact: true })).toBeVisible();
  await expect(list.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeDisabled();
  // The page's other lists still work.
  const other = page.getByRole('group', { name: 'Week 2' }).getByRole('checkbox', {
    name: 'Shadow your mentor on customer calls, team calls, & account team calls (Week 2)',
    exact: true,
  });
  await other.check();
  await expect(other).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  // Nothing is lost: the tick and the note are stored, and come back on reload.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
  await expect(other).toBeChecked();
  await expect(page.locator('#task-int-w1-gitlab-201')).toContainText('Your note: Ask my mentor');
  // The error is in the console for whoever looks into it.
  expect(pageProblems).toHaveLength(1);
  expect(pageProblems[0]).toMatch(/^console error: Error: a render that fails, for the test\n/);
  pageProblems.length = 0;
});
