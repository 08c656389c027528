import { acceptBlockedLoads, blockCode, expect, test } from './fixtures';
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

test('blocked storage, and the notices cannot load (offline, a new deploy): the page still says something is wrong', async ({
  page,
  pageProblems,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  // The notices come with their words when there is one to show (StorageNotices.tsx), not in the first load.
  await blockCode(page, 'StorageNoticeList');
  await openPlanner(page, INTERNSHIP);
  await expect(page.getByRole('status')).toContainText('This part of the page could not load');
  await expect(page.getByText(/Your progress is not being saved/)).toHaveCount(0);
  acceptBlockedLoads(pageProblems);
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

test('full storage: leaving the page with changes not saved asks first, and not once they are saved', async ({
  page,
}) => {
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
  await expect(page.getByText(/storage is full: 1 change is shown but not saved/)).toBeVisible();
  // The browser's own question; the reader stays (until December 5, afternoon, the page closed at once, and the
  // tick that was only on screen with it).
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await page.evaluate(() => {
    (window as unknown as { storageFull?: boolean }).storageFull = false;
  });
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByText(/storage is full/)).toHaveCount(0);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toHaveLength(1);
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
