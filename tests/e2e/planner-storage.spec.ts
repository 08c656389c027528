import { expect, test } from './fixtures';
import { INTERNSHIP, openPlanner, storedKeys } from './planner-helpers';

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
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openPlanner(page, INTERNSHIP);
  await expect(page.getByText(/Your progress is not being saved in this browser/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
});

test('full storage: the tick stays, the reader is told, saving resumes when there is room', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull && key.includes(':task:')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      original.call(this, key, value);
    };
  });
  await openPlanner(page, INTERNSHIP);
  await page.evaluate(() => {
    (window as unknown as { storageFull?: boolean }).storageFull = true;
  });
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
  await expect(page.getByText(/storage is full: 1 change is shown but not saved/)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('could not be saved');
  expect((await storedKeys(page))[KEY]).toBeUndefined();

  await page.evaluate(() => {
    (window as unknown as { storageFull?: boolean }).storageFull = false;
  });
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByText(/storage is full/)).toHaveCount(0);
  expect(JSON.parse((await storedKeys(page))[KEY] ?? '{}')).toMatchObject({ state: 'done' });
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
