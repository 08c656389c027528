import { seriousViolations } from './axe';
import { acceptBlockedLoads, blockCode, expect, test } from './fixtures';
import { blocksStorage, closingAsks, INTERNSHIP, openPlanner, storedKeys, tasksFillStorage } from './planner-helpers';

const KEY = 'csm-handbook:task:int-w1-gitlab-101';

test('two tabs converge without a reload, and ticks made in both are kept', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openPlanner(first, INTERNSHIP);
  await openPlanner(second, INTERNSHIP);

  await first.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(second.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();

  // Both tabs tick a different task at the same moment.
  await Promise.all([
    first.getByRole('checkbox', { name: 'GitLab 201 course', exact: true }).check(),
    second.getByRole('checkbox', { name: 'Learn Git Branching', exact: true }).check(),
  ]);
  for (const tab of [first, second]) {
    await expect(tab.getByRole('checkbox', { name: 'GitLab 201 course', exact: true })).toBeChecked();
    await expect(tab.getByRole('checkbox', { name: 'Learn Git Branching', exact: true })).toBeChecked();
  }
  await second.reload();
  await expect(second.getByRole('checkbox', { name: 'GitLab 201 course', exact: true })).toBeChecked();
  await expect(second.getByRole('checkbox', { name: 'Learn Git Branching', exact: true })).toBeChecked();
});

test('blocked storage: everything works for the visit and the page says progress is not saved', async ({ page }) => {
  await blocksStorage(page);
  await openPlanner(page, INTERNSHIP);
  await expect(page.getByText(/Your progress is not being saved in this browser/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
});

test('blocked storage, and the notices cannot load (offline, a new deploy): the page still says something is wrong', async ({
  page,
  pageProblems,
}) => {
  await blocksStorage(page);
  // The notices come with their words when there is one to show (StorageNotices.tsx), not in the first load.
  await blockCode(page, 'StorageNoticeList');
  await openPlanner(page, INTERNSHIP);
  await expect(page.getByRole('status')).toContainText('This part of the page could not load');
  await expect(page.getByText(/Your progress is not being saved/)).toHaveCount(0);
  acceptBlockedLoads(pageProblems);
});

test('full storage: the tick stays, the reader is told, saving resumes when there is room', async ({ page }) => {
  const storage = await tasksFillStorage(page);
  await openPlanner(page, INTERNSHIP);
  await storage.fill();
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
  await expect(page.getByText(/storage is full: 1 change is shown but not saved/)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('could not be saved');
  expect((await storedKeys(page))[KEY]).toBeUndefined();

  await storage.free();
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByText(/storage is full/)).toHaveCount(0);
  expect(JSON.parse((await storedKeys(page))[KEY] ?? '{}')).toMatchObject({ state: 'done' });
});

test('full storage: leaving the page with changes not saved asks first, and not once they are saved', async ({
  page,
}) => {
  const storage = await tasksFillStorage(page);
  await openPlanner(page, INTERNSHIP);
  await storage.fill();
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(page.getByText(/storage is full: 1 change is shown but not saved/)).toBeVisible();
  // The browser's own question; the reader stays (until December 5, afternoon, the page closed at once, and the
  // tick that was only on screen with it).
  expect(await closingAsks(page)).toBe(true);

  await storage.free();
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByText(/storage is full/)).toHaveCount(0);
  expect(await closingAsks(page)).toBe(false);
});

test('corrupt storage: the raw value is kept aside, the reader is told, the page carries on', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{definitely not json');
      localStorage.setItem('csm-handbook:task:int-w1-gitlab-201', '{"v":2,"state":"done","note":"","updatedAt":1}');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await openPlanner(page, INTERNSHIP);
  await expect(page.getByText(/Some saved planner data could not be read/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'GitLab 201 course', exact: true })).toBeChecked();
  const stored = await storedKeys(page);
  const aside = Object.entries(stored).find(([key]) => key.startsWith('csm-handbook:recovered:'));
  expect(aside?.[1]).toBe('{definitely not json');
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
});

test('data from a newer version is left untouched and the reader is told', async ({ page }) => {
  const newer = '{"v":9,"status":"finished"}';
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, newer] as const);
  await openPlanner(page, INTERNSHIP);
  await expect(page.getByText(/saved by a newer version of this site/).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeDisabled();
  expect((await storedKeys(page))[KEY]).toBe(newer);
});

test('the notices of storage blocked and full are axe clean where they show', async ({ page }) => {
  // axe over a program page with its notice takes several seconds on a 2-core machine.
  test.slow();
  const storage = await tasksFillStorage(page);
  await openPlanner(page, INTERNSHIP);
  await storage.fill();
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(page.getByText(/storage is full: 1 change is shown but not saved/)).toBeVisible();
  expect(await seriousViolations(page), 'storage full').toEqual([]);

  const blocked = await page.context().newPage();
  await blocksStorage(blocked);
  await blocked.goto('/plan-builder/');
  await expect(blocked.getByText(/Your progress is not being saved/)).toBeVisible();
  expect(await seriousViolations(blocked), 'storage blocked').toEqual([]);
});
