import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { makeStamp } from '../../src/lib/plan-clock';
import { createPlan } from '../../src/lib/plan-model';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { BUILDER, openBuilder, waitSaved } from './plan-records';
import {
  BIDI_CONTROLS,
  closingAsks,
  hearsOtherTabsLate,
  holdsAutosaves,
  holdsOtherTabsSaves,
  INTERNSHIP,
  MY_PROGRESS,
  ONBOARDING,
  openPlanner,
  readsOldCopyOf,
  releaseOtherTabsSaves,
  storedKeys,
  tasksFillStorage,
} from './planner-helpers';

/*
 * The data safety issue's losses, reproduced as a reader (or a second tab)
 * causes them, on the production build with the browser's real storage.
 * Each failed on the build before the record store (item numbers from the issue).
 */

const TASK = 'csm-handbook:task:int-w1-gitlab-101';
const NOTE_RECORD = '{"v":2,"state":"open","note":"My 1:1 notes, keep them","updatedAt":1}';

async function openProgress(page: Page): Promise<void> {
  await page.goto(MY_PROGRESS);
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeEnabled();
}

async function restoreFile(page: Page, content: string): Promise<void> {
  await page
    .getByLabel('Restore from a backup file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) });
}

function backupOf(tasks: Record<string, unknown>, plans: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'csm-handbook-backup',
    version: 1,
    exportedAt: '2027-01-04T10:00:00.000Z',
    tasks,
    programs: {},
    plans,
  });
}

test('item 3: Title typed in one tab and Context in another, saved at the same moment, both survive', async ({
  context,
}) => {
  const first = await context.newPage();
  await openBuilder(first);
  await first.getByLabel('Title', { exact: true }).fill('Shared plan');
  await waitSaved(first);
  const second = await context.newPage();
  await hearsOtherTabsLate(second);
  await openBuilder(second);
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Shared plan');

  await first.getByLabel('Title', { exact: true }).fill('Title from tab one');
  await second.getByLabel('Context').fill('Context from tab two');
  await waitSaved(first);
  await waitSaved(second);
  for (const tab of [first, second]) {
    await expect(tab.getByLabel('Title', { exact: true })).toHaveValue('Title from tab one');
    await expect(tab.getByLabel('Context')).toHaveValue('Context from tab two');
  }
  await first.reload();
  await expect(first.getByLabel('Title', { exact: true })).toHaveValue('Title from tab one');
  await expect(first.getByLabel('Context')).toHaveValue('Context from tab two');
});

test('item 3: when both tabs type in the same field, the tab that lost is told and can put its text back', async ({
  context,
}) => {
  const first = await context.newPage();
  await openBuilder(first);
  await waitSaved(first);
  await first.getByLabel('Title', { exact: true }).fill('Start');
  await waitSaved(first);
  const second = await context.newPage();
  await hearsOtherTabsLate(second);
  await openBuilder(second);
  await first.getByLabel('Title', { exact: true }).fill('Mine from tab one');
  await waitSaved(first);
  await second.getByLabel('Title', { exact: true }).fill('Theirs from tab two');
  await waitSaved(second);
  // Both tabs settle on the newer text; the first tab is told its text lost, and offered it back.
  await expect(first.getByLabel('Title', { exact: true })).toHaveValue('Theirs from tab two');
  await expect(first.getByRole('status')).toContainText(
    'Another tab saved different text at the same moment, and its text is kept. Yours is not lost: “Mine from tab one”.',
  );
  await first.getByRole('button', { name: 'Put mine back' }).click();
  await expect(first.getByLabel('Title', { exact: true })).toHaveValue('Mine from tab one');
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Mine from tab one');
});

test('item 4: a failed read is not taken for empty storage, and nothing is written over it', async ({ page }) => {
  await page.addInitScript(
    ({ key, record }) => {
      localStorage.setItem(key, record);
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (name: string) {
        if (name.startsWith('csm-handbook:task:')) throw new DOMException('Read failed', 'UnknownError');
        return getItem.call(this, name);
      };
      Storage.prototype.key = () => {
        throw new DOMException('Read failed', 'UnknownError');
      };
    },
    { key: TASK, record: NOTE_RECORD },
  );
  await openPlanner(page, INTERNSHIP);
  await expect(page.getByText(/would not read some of your saved planner data/).first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Not saved');
  const stored = await page.evaluate((key) => Object.getOwnPropertyDescriptor(localStorage, key)?.value, TASK);
  expect(stored).toBe(NOTE_RECORD);
});

test('item 4: when the browser will not list what is stored, no backup is written and none is recorded', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate((record) => localStorage.setItem('csm-handbook:task:int-w1-gitlab-101', record), NOTE_RECORD);
  await page.addInitScript(() => {
    Storage.prototype.key = () => {
      throw new DOMException('Read failed', 'SecurityError');
    };
  });
  await page.goto(MY_PROGRESS);
  await expect(page.getByText(/would not read some of your saved planner data/).first()).toBeVisible();
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await page.getByRole('button', { name: 'Download a backup' }).click();
  // A backup of what could be read would look complete and be empty: it is refused, and said why.
  await expect(page.getByRole('status')).toContainText('Not backed up');
  await expect(page.locator('.backup-card__last')).toHaveText('You have not made a backup in this browser yet.');
  expect(downloads).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('csm-handbook:meta'))).toBeNull();
});

test('item 6: an impossible stored start date is set aside and the checklist still works', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('csm-handbook:program:onboarding', '{"v":1,"startDate":"9999-99-99"}');
  });
  await openPlanner(page, ONBOARDING);
  await expect(page.getByText(/could not be read\. It was kept aside/)).toBeVisible();
  const keys = Object.keys(await storedKeys(page));
  expect(keys.some((key) => key.endsWith(':csm-handbook:program:onboarding'))).toBe(true);
  await expect(page.getByLabel('Start date', { exact: true })).toHaveValue('');
});

test('item 6: a plan with an impossible date does not blank the builder', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const plan = {
      v: 1,
      id: 'bad-date',
      title: 'Dated',
      role: '',
      reviewers: '',
      context: '',
      startDate: '9999-99-99',
      phases: [0, 1, 2].map(() => ({ theme: '', goals: [], people: [], review: { happened: '', why: '', next: '' } })),
      createdAt: 1,
      updatedAt: 1,
    };
    localStorage.setItem('csm-handbook:plan:bad-date', JSON.stringify(plan));
  });
  await openBuilder(page, `${BUILDER}?plan=bad-date`);
  await expect(page.getByText(/could not be read\. It was kept aside/)).toBeVisible();
});

test('item 7: ?plan=constructor settles on a plan, never on "Opening your plans…"', async ({ page }) => {
  await openBuilder(page, `${BUILDER}?plan=constructor`);
  await expect(page.getByText('Opening your plans…')).toHaveCount(0);
});

test('item 7: the only plan deleted in another tab leaves a clear empty state with New plan', async ({ context }) => {
  const first = await context.newPage();
  await openBuilder(first);
  await first.getByLabel('Title', { exact: true }).fill('Only plan');
  await waitSaved(first);
  const second = await context.newPage();
  await openBuilder(second);
  await second.getByRole('button', { name: 'Delete…' }).click();
  await second.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(first.getByText('You have no plan in this browser yet.')).toBeVisible();
  await first.getByRole('button', { name: 'New plan' }).click();
  await first
    .getByRole('dialog', { name: 'Start a new plan' })
    .getByRole('button', { name: 'Create the plan' })
    .click();
  await expect(first.getByLabel('Title', { exact: true })).toBeVisible();
});

/*
 * An audit (December 6, night): a plan another tab deleted went from this tab without a word, the focus with the
 * field it was in; and a plan deleted while this tab typed in it came back at once, by this tab's autosave, while
 * the deleting tab still said it was deleted.
 */
async function onePlanInTwoTabs(context: BrowserContext): Promise<[Page, Page]> {
  const first = await context.newPage();
  await openBuilder(first);
  await first.getByLabel('Title', { exact: true }).fill('Plan one');
  await waitSaved(first);
  const second = await context.newPage();
  return [first, second];
}

async function deleteShownPlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
}

test('a plan deleted in another tab is told in the tab showing it, and the keys typed there are not dropped', async ({
  context,
}) => {
  const [first, second] = await onePlanInTwoTabs(context);
  await openBuilder(second, first.url());
  await second.getByLabel('Context').pressSequentially('First words.');
  await waitSaved(second);

  await deleteShownPlan(first);
  await expect(second.getByRole('status')).toHaveText('“Plan one” was deleted in another tab or window.');
  await expect(second.getByText('You have no plan in this browser yet.')).toBeVisible();
  // The field the focus was in went with the plan: the focus goes to what the page offers next, never the page.
  await expect(second.getByRole('button', { name: 'New plan' })).toBeFocused();

  await second.getByRole('button', { name: 'Bring it back' }).click();
  await expect(second.getByLabel('Context')).toHaveValue('First words.');
  await expect(second.getByRole('navigation').getByRole('button', { name: 'Plan one' })).toBeFocused();
  await expect(first.getByRole('status')).toHaveText('“Plan one” is back: another tab or window kept it.');
  await expect(first.getByLabel('Context')).toHaveValue('First words.');
});

// Found by the review of December 7, evening: the Delete dialog followed the plan on screen, so when another tab
// deleted the plan it asked about, it asked about the next plan, and confirming deleted that one.
test('the Delete dialog of a plan another tab deletes meanwhile closes, and never deletes another plan', async ({
  context,
}) => {
  const [first, second] = await onePlanInTwoTabs(context);
  await first.getByRole('button', { name: 'New plan' }).click();
  await first
    .getByRole('dialog', { name: 'Start a new plan' })
    .getByRole('button', { name: 'Create the plan' })
    .click();
  await first.getByLabel('Title', { exact: true }).fill('Plan two');
  await waitSaved(first);
  await first.getByRole('navigation').getByRole('button', { name: 'Plan one' }).click();
  await expect(first.getByLabel('Title', { exact: true })).toHaveValue('Plan one');
  await first.getByRole('button', { name: 'Delete…' }).click();
  await expect(first.getByRole('dialog', { name: 'Delete “Plan one”?' })).toBeVisible();

  await openBuilder(second, first.url());
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Plan one');
  await deleteShownPlan(second);
  await expect(first.getByRole('status')).toHaveText('“Plan one” was deleted in another tab or window.');
  await expect(first.getByRole('dialog')).toHaveCount(0);
  await expect(first.getByLabel('Title', { exact: true })).toHaveValue('Plan two');
  // Had the dialog stayed, its Delete would now delete "Plan two". It closed: the focus is back on what opened it.
  await expect(first.getByRole('button', { name: 'Delete…' })).toBeFocused();
  await expect(first.getByRole('navigation').getByRole('button', { name: 'Plan two' })).toBeVisible();
  expect(Object.values(await storedKeys(first)).join('')).toContain('Plan two');
});

test('a plan deleted while another tab types in it is told in both tabs', async ({ context }) => {
  const [first, second] = await onePlanInTwoTabs(context);
  const autosaves = await holdsAutosaves(second);
  await openBuilder(second, first.url());
  const context_ = second.getByLabel('Context');
  await context_.fill('Typed while the other tab deletes the plan');

  await deleteShownPlan(first);
  await expect(second.getByRole('status')).toHaveText(
    '“Plan one” was deleted in another tab or window while you were typing in it: it is kept here, with your words.',
  );
  await expect(context_).toBeFocused();
  await autosaves.release();
  // The typing saved the plan again: the tab that deleted it says so, and shows it, rather than "Deleted".
  await expect(first.getByRole('status')).toHaveText('“Plan one” is back: another tab or window kept it.');
  await expect(first.getByLabel('Context')).toHaveValue('Typed while the other tab deletes the plan');

  // Let go, it goes from both tabs, and the other tab is told.
  await second.getByRole('button', { name: 'Delete it' }).click();
  await expect(second.getByText('You have no plan in this browser yet.')).toBeVisible();
  await expect(second.getByRole('button', { name: 'New plan' })).toBeFocused();
  await expect(first.getByRole('status')).toHaveText('“Plan one” was deleted in another tab or window.');
  expect(Object.keys(await storedKeys(first)).filter((key) => key.startsWith('csm-handbook:plan:'))).toEqual([]);
});

/*
 * The last stop's note (December 7): two tabs opened on an empty builder each showed a draft of their own, so the
 * reader's first keys in the second tab saved a second plan beside the one the first tab had saved.
 */
const planKeys = async (page: Page) =>
  Object.keys(await storedKeys(page)).filter((key) => key.startsWith('csm-handbook:plan:'));

test('a plan saved in another tab replaces the untouched draft here, said, and the next keys edit that plan', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await openBuilder(first);
  await openBuilder(second);
  await first.getByLabel('Title', { exact: true }).fill('Plan one');
  await waitSaved(first);

  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Plan one');
  await expect(second.getByRole('status')).toHaveText(
    '“Plan one” was started in another tab or window: it is open here, in place of the new plan no one had typed in.',
  );
  await second.getByLabel('Context').fill('Typed in the second tab.');
  await waitSaved(second);
  expect(await planKeys(second)).toHaveLength(1);
  await expect(first.getByLabel('Context')).toHaveValue('Typed in the second tab.');
  await expect(second.getByRole('navigation').getByRole('listitem')).toHaveText(['Plan one']);
});

test('a plan made from a template in another tab replaces the untouched draft here', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await openBuilder(second);
  await openBuilder(first, `${BUILDER}?template=interview-mock`);
  const title = await first.getByLabel('Title', { exact: true }).inputValue();
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue(title);
  expect(await planKeys(second)).toHaveLength(1);
});

test('a draft typed in here is a plan of its own: a plan saved in another tab is kept beside it', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  // The second tab's words wait for their save while the first tab's plan is heard: both drafts were typed in.
  const autosaves = await holdsAutosaves(second);
  await openBuilder(first);
  await openBuilder(second);
  await second.getByLabel('Context').fill('Mine, in the second tab.');
  await first.getByLabel('Title', { exact: true }).fill('Plan one');
  await waitSaved(first);
  await expect(second.getByRole('navigation').getByRole('button', { name: 'Plan one' })).toBeVisible();
  await autosaves.release();
  await waitSaved(second);

  await expect(second.getByLabel('Context')).toHaveValue('Mine, in the second tab.');
  await expect(first.getByLabel('Title', { exact: true })).toHaveValue('Plan one');
  await expect(first.getByRole('navigation').getByRole('listitem')).toHaveCount(2);
  expect(await planKeys(second)).toHaveLength(2);
});

test('item 8: Undo of a reset keeps a note added in another tab since, beside the tick it brings back', async ({
  context,
}) => {
  const first = await context.newPage();
  await openPlanner(first, INTERNSHIP);
  await first.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await first.getByRole('checkbox', { name: 'GitLab 201 course', exact: true }).check();
  await first.getByRole('button', { name: 'Reset…' }).click();
  await first.getByRole('dialog', { name: 'Reset Internship?' }).getByRole('button', { name: 'Reset' }).click();
  const second = await context.newPage();
  await openPlanner(second, INTERNSHIP);
  await second.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
  await second.getByRole('textbox', { name: 'Your note for: GitLab 101 course' }).fill('Added in tab two');
  await first.getByRole('button', { name: 'Undo' }).click();
  await expect(first.getByRole('checkbox', { name: 'GitLab 201 course', exact: true })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
  const stored = await storedKeys(first);
  expect(JSON.parse(stored[TASK] ?? '{}')).toMatchObject({ note: 'Added in tab two', state: 'done' });
});

test('a task unticked in one tab while another writes a note on it, neither hearing of the other: both hold', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const tab of [first, second]) await holdsOtherTabsSaves(tab);
  await openPlanner(first, INTERNSHIP);
  const box = (tab: Page) => tab.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
  await box(first).check();
  await openPlanner(second, INTERNSHIP);
  await expect(box(second)).toBeChecked();
  await second.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
  await second.getByRole('textbox', { name: 'Your note for: GitLab 101 course' }).fill('Finished module 3');
  await expect.poll(async () => (await storedKeys(second))[TASK] ?? '').toContain('Finished module 3');
  // The first tab has not heard of the note, and unticks the task.
  await box(first).uncheck();
  await releaseOtherTabsSaves(first);
  await releaseOtherTabsSaves(second);
  for (const tab of [first, second]) {
    await tab.reload();
    await expect(box(tab)).toBeEnabled();
    await expect(box(tab)).not.toBeChecked();
    await expect(tab.locator('#task-int-w1-gitlab-101 .task__note')).toContainText('Finished module 3');
  }
});

test('a task ticked in one tab while another saves a note on it in the same moment: both hold, in both tabs', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  // The first tab reads the task as it was before the tick and hears of the tick only after its own save: its note
  // is written over the tick, which the first tab then puts back.
  await holdsOtherTabsSaves(first);
  for (const tab of [first, second]) await openPlanner(tab, INTERNSHIP);
  await readsOldCopyOf(first, TASK);
  const box = (tab: Page) => tab.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
  await box(second).check();
  await expect.poll(async () => (await storedKeys(second))[TASK] ?? '').toContain('"done"');
  await first.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
  await first.getByRole('textbox', { name: 'Your note for: GitLab 101 course' }).fill('Finished module 3');
  await expect.poll(async () => (await storedKeys(second))[TASK] ?? '').toContain('Finished module 3');
  await releaseOtherTabsSaves(first);
  for (const tab of [first, second]) {
    await expect(box(tab)).toBeChecked();
    await expect
      .poll(async () => JSON.parse((await storedKeys(tab))[TASK] ?? '{}'))
      .toMatchObject({
        state: 'done',
        note: 'Finished module 3',
      });
  }
  await second.reload();
  await expect(box(second)).toBeChecked();
  await expect(second.locator('#task-int-w1-gitlab-101 .task__note')).toContainText('Finished module 3');
});

/*
 * Until December 7 a change that waited for room went in as it waited once there was room, over a save another
 * tab had made meanwhile: the note saved in the second tab was gone from both tabs, without a word, whether or not
 * the first had heard of it.
 */
for (const [when, heard] of [
  ['after this tab heard of it', true],
  ['before this tab heard of it', false],
] as const) {
  test(`a note saved in another tab while this tab’s tick waits for room is kept when the tick is saved, ${when}`, async ({
    context,
  }) => {
    const [first, second] = [await context.newPage(), await context.newPage()];
    const storage = await tasksFillStorage(first);
    if (!heard) await holdsOtherTabsSaves(first);
    for (const tab of [first, second]) await openPlanner(tab, INTERNSHIP);
    const box = (tab: Page) => tab.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
    const note = (tab: Page) => tab.locator('#task-int-w1-gitlab-101 .task__note');
    await storage.fill();
    await box(first).check();
    await expect(first.getByText(/storage is full: 1 change is shown but not saved/)).toBeVisible();
    // The second tab has room, and saves a note on the task.
    await second.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
    await second.getByRole('textbox', { name: 'Your note for: GitLab 101 course' }).fill('Finished module 3');
    await expect.poll(async () => (await storedKeys(first))[TASK] ?? '').toContain('Finished module 3');
    await storage.free();
    await first.getByRole('button', { name: 'Try saving again' }).click();
    await expect(first.getByText(/storage is full/)).toHaveCount(0);
    if (!heard) await releaseOtherTabsSaves(first);
    for (const tab of [first, second]) {
      await expect
        .poll(async () => JSON.parse((await storedKeys(tab))[TASK] ?? '{}'))
        .toMatchObject({ state: 'done', note: 'Finished module 3' });
      await expect(box(tab)).toBeChecked();
      await expect(note(tab)).toContainText('Finished module 3');
    }
    await second.reload();
    await expect(box(second)).toBeChecked();
    await expect(note(second)).toContainText('Finished module 3');
  });
}

/*
 * Two tabs writing a note on the same task, each before hearing of the other's: the second save keeps its own
 * note and the first tab's was lost without a word (December 5: "the last save wins"). The tab that saves
 * second is the one that knows both notes, so it says so and offers the other note.
 */
/** Two tabs of the internship, each with the note of one task open; the second's clock can be moved on. */
async function aNoteInTwoTabs(context: BrowserContext) {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await second.clock.install();
  for (const tab of [first, second]) {
    await holdsOtherTabsSaves(tab);
    await openPlanner(tab, INTERNSHIP);
    await tab.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
  }
  const note = (tab: Page) => tab.getByRole('textbox', { name: 'Your note for: GitLab 101 course' });
  await note(first).fill('Ask Ana about the demo');
  // Stored, as the second tab reads storage too: tabs are processes of their own, and a save reaches another's
  // copy of storage a moment later (a busy machine made it later than the second tab's save).
  for (const tab of [first, second]) {
    await expect.poll(async () => (await storedKeys(tab))[TASK] ?? '').toContain('Ask Ana about the demo');
  }
  await note(second).fill('Book the 1:1 room');
  await expect.poll(async () => (await storedKeys(second))[TASK] ?? '').toContain('Book the 1:1 room');
  return { first, second, note };
}

test('two tabs write a note on one task at once: the tab whose note is kept says so, and can use the other', async ({
  context,
}) => {
  // Two tabs of the internship page and an axe scan of one: 27 s of the default 30 on a loaded 2-core machine.
  test.setTimeout(60_000);
  const { first, second, note } = await aNoteInTwoTabs(context);
  const told = second.getByRole('status');
  await expect(told).toContainText('Another tab saved different text at the same moment: “Ask Ana about the demo”');
  expect(await seriousViolations(second)).toEqual([]);
  // The other note is only in this message: it stays until the reader answers or closes it (until December 5,
  // midday, it went after 15 s like any message with an action, and the note with it).
  await second.clock.fastForward(60_000);
  await expect(told).toContainText('Another tab saved different text at the same moment');
  await expect(second.getByRole('button', { name: 'Use that text' })).toBeVisible();
  await second.getByRole('button', { name: 'Use that text' }).click();
  await expect(note(second)).toHaveValue('Ask Ana about the demo');
  await expect.poll(async () => (await storedKeys(second))[TASK] ?? '').toContain('Ask Ana about the demo');
  await releaseOtherTabsSaves(first);
  await expect(note(first)).toHaveValue('Ask Ana about the demo');
  // The tab that saved first was not told anything: its note is the one kept.
  await expect(first.getByRole('status')).not.toContainText('Another tab');
});

test('text offered back is not lost when another message comes: it returns once that one goes', async ({ context }) => {
  const { second, note } = await aNoteInTwoTabs(context);
  const told = second.getByRole('status');
  await expect(told).toContainText('Another tab saved different text at the same moment: “Ask Ana about the demo”');
  // Something else to say, before the reader answers: until December 5, afternoon, it took the offer's place,
  // and the other tab's note was gone.
  const downloaded = second.waitForEvent('download');
  await second.getByRole('button', { name: 'Download .md' }).click();
  await downloaded;
  await expect(told).toContainText('Downloaded');
  await second.clock.fastForward(10_000);
  await expect(told).toContainText('Another tab saved different text at the same moment: “Ask Ana about the demo”');
  // Closing the other message brings it back at once too.
  await second.getByRole('button', { name: 'Download .md' }).click();
  await expect(told).toContainText('Downloaded');
  await second.getByRole('button', { name: 'Dismiss' }).click();
  await expect(told).toContainText('Another tab saved different text at the same moment');
  await second.getByRole('button', { name: 'Use that text' }).click();
  await expect(note(second)).toHaveValue('Ask Ana about the demo');
  // Answered: the offer does not come back after the message that says it was done.
  await expect(told).not.toContainText('Another tab');
  await second.clock.fastForward(20_000);
  await expect(second.getByRole('button', { name: 'Use that text' })).toHaveCount(0);
});

test('when the text offered back cannot be copied, the offer stays with the way to keep it', async ({ context }) => {
  test.setTimeout(60_000); // as above: two tabs of the internship page and an axe scan
  const { second, note } = await aNoteInTwoTabs(context);
  await second.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  });
  const told = second.getByRole('status');
  await expect(told).toContainText('Another tab saved different text at the same moment');
  await second.getByRole('button', { name: 'Copy that text' }).click();
  // Until December 5, afternoon, the message said to choose Use that text, which had gone with the offer.
  await expect(told).toContainText('Could not copy that text: choose Use that text to keep it instead.');
  // Said as an error, its buttons readable under the pointer too.
  await second.getByRole('button', { name: 'Copy that text' }).hover();
  expect(await seriousViolations(second)).toEqual([]);
  await second.clock.fastForward(60_000);
  await second.getByRole('button', { name: 'Use that text' }).click();
  await expect(note(second)).toHaveValue('Ask Ana about the demo');
});

test('leaving the page before answering an offer of text asks first, and not once it is answered', async ({
  context,
}) => {
  const { second } = await aNoteInTwoTabs(context);
  await expect(second.getByRole('status')).toContainText('Another tab saved different text at the same moment');
  // The browser's own question before a page is closed or reloaded; the reader stays (until December 5,
  // afternoon, the page closed at once, and the other tab's note with it).
  expect(await closingAsks(second)).toBe(true);
  // Set aside by another message, it is still unanswered.
  await second.getByRole('button', { name: 'Download .md' }).click();
  await expect(second.getByRole('status')).toContainText('Downloaded');
  expect(await closingAsks(second)).toBe(true);
  await second.clock.fastForward(10_000);
  await second.getByRole('button', { name: 'Copy that text' }).click();
  expect(await closingAsks(second)).toBe(false);
});

test('item 2: a restore that would overwrite a newer plan is refused as a whole', async ({ page }) => {
  await page.goto('/');
  const newer = '{"v":99,"id":"p1"}';
  await page.evaluate((record) => localStorage.setItem('csm-handbook:plan:p1', record), newer);
  await openPlanner(page, INTERNSHIP);
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await openProgress(page);
  const before = await storedKeys(page);
  const plan = {
    v: 2,
    id: 'p1',
    title: 'From the backup',
    role: '',
    reviewers: '',
    context: '',
    phases: [0, 1, 2].map(() => ({ theme: '', goals: [], people: [], review: { happened: '', why: '', next: '' } })),
    createdAt: 1,
    updatedAt: 1,
    clock: {},
    removed: {},
  };
  await restoreFile(page, backupOf({}, { p1: plan }));
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByRole('alert')).toContainText('newer version');
  expect(await storedKeys(page)).toEqual(before);
});

test('item 5: a backup over 1 MB (231 tasks with long notes) restores', async ({ page }) => {
  await openProgress(page);
  const note = 'Long note about the week. '.repeat(180);
  const tasks = Object.fromEntries(
    Array.from({ length: 231 }, (_, i) => [`task-${i}`, { v: 2, state: 'done', note, updatedAt: 1 }]),
  );
  const file = backupOf(tasks);
  expect(file.length).toBeGreaterThan(1_070_000);
  await restoreFile(page, file);
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('status')).toContainText('Your backup was restored');
  expect(Object.keys(await storedKeys(page)).filter((key) => key.includes(':task:'))).toHaveLength(231);
});

// Until December 7 a task's note stored or restored with bidi controls was shown, backed up and saved with them.
test('a task note stored or restored with bidi controls is read without them: shown, backed up and saved so', async ({
  page,
}) => {
  await page.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [
    TASK,
    '{"v":2,"state":"open","note":"Q1 \\u202egnp.exe","updatedAt":1}',
  ] as const);
  await openProgress(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const backup = JSON.parse(await readFile((await (await download).path()) ?? '', 'utf8'));
  expect(backup.tasks['int-w1-gitlab-101']).toMatchObject({ note: 'Q1 gnp.exe' });

  await openPlanner(page, INTERNSHIP);
  const task = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'GitLab 101 course' }) });
  await expect(task.getByText('Your note: Q1 gnp.exe')).toBeVisible();
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect.poll(async () => JSON.parse((await storedKeys(page))[TASK] ?? '{}')).toMatchObject({ state: 'done' });
  expect((await storedKeys(page))[TASK]).not.toMatch(BIDI_CONTROLS);

  await openProgress(page);
  await restoreFile(
    page,
    backupOf({ 'int-w1-gitlab-101': { v: 2, state: 'open', note: 'Keep\u2066 this', updatedAt: 1 } }),
  );
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('status')).toContainText('Your backup was restored');
  expect(JSON.parse((await storedKeys(page))[TASK] ?? '{}')).toMatchObject({ note: 'Keep this' });
  await openPlanner(page, INTERNSHIP);
  await expect(task.getByText('Your note: Keep this')).toBeVisible();
});

test('item 9: a restore into nearly full storage changes nothing and says so', async ({ page }) => {
  await openPlanner(page, INTERNSHIP);
  await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await openProgress(page);
  // Fill the storage to within a few KB of the browser's quota.
  await page.evaluate(() => {
    let size = 6_000_000;
    let low = 0;
    while (size - low > 1_000) {
      const mid = Math.floor((size + low) / 2);
      try {
        localStorage.setItem('filler', 'x'.repeat(mid));
        low = mid;
      } catch {
        size = mid;
      }
    }
    localStorage.setItem('filler', 'x'.repeat(Math.max(0, low - 3_000)));
  });
  const before = await storedKeys(page);
  const tasks = Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`new-${i}`, { v: 2, state: 'done', note: 'n'.repeat(200), updatedAt: 1 }]),
  );
  await restoreFile(page, backupOf(tasks));
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  expect(await storedKeys(page)).toEqual(before);
  await page.evaluate(() => localStorage.removeItem('filler'));
});

test('item 10: storage cleared by another tab is told, not shown as a silent reset', async ({ context }) => {
  const first = await context.newPage();
  await openPlanner(first, INTERNSHIP);
  await first.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  const second = await context.newPage();
  await second.goto('/');
  await second.evaluate(() => localStorage.clear());
  await expect(first.getByText(/cleared in another tab or window/).first()).toBeVisible();
});

/** Every message the page's live region says from now on, in order; the function returned reads them. */
async function messagesSaid(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const text = document.querySelector('.toast__text')?.textContent ?? '';
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

/** CSM Onboarding in a tab of its own, with two of Module 1's tasks ticked and a note being written on the second. */
async function ticksAndANote(context: BrowserContext) {
  const checklist = await context.newPage();
  await openPlanner(checklist, ONBOARDING);
  const module1 = checklist.getByRole('group', { name: 'Module 1: CSM Basics and Call Shadowing' });
  const first = 'Complete Pulse+ Customer Success Manager Certificate I';
  const second = 'Complete Pulse+ Advanced Customer Success Manager Certificate II';
  const box = (name: string) => module1.getByRole('checkbox', { name, exact: true });
  await box(first).check();
  await box(second).check();
  await module1.getByRole('button', { name: `Note for: ${second}` }).click();
  const note = module1.getByRole('textbox', { name: `Your note for: ${second}` });
  await note.fill('Ask my buddy about the demo');
  await expect(module1.getByText('2 of 3 done', { exact: true })).toBeVisible();
  const said = await messagesSaid(checklist);
  return { checklist, module1, box, first, second, note, said };
}

/*
 * An audit (December 6, evening): Reset all on My progress removes the records key by key, and a tab open on a
 * checklist took in each removal without a word: the reader saw their ticks go, and the note they were writing
 * empty under their fingers, and was never told why.
 */
test('Reset all in another tab is told here once, and the checklist shows it cleared, the note being written too', async ({
  context,
}) => {
  const { checklist, module1, box, first, second, note, said } = await ticksAndANote(context);

  const progress = await context.newPage();
  await openProgress(progress);
  await progress.getByRole('button', { name: 'Reset all planner data…' }).click();
  await progress.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(progress.getByRole('status')).toContainText('was reset');

  const told = 'Your progress was cleared in another tab or window, and here too, with any note you were writing.';
  await expect(checklist.getByRole('status')).toHaveText(told);
  await expect(box(first)).not.toBeChecked();
  await expect(box(second)).not.toBeChecked();
  await expect(module1.getByText('0 of 3 done', { exact: true })).toBeVisible();
  await expect(note).toHaveValue('');
  expect(await said()).toEqual([told]);
  // What is stored is what the page shows: a tick made now brings back nothing the reset cleared.
  await box('Understand the different stages of call shadowing').check();
  await expect
    .poll(async () => Object.keys(await storedKeys(checklist)).filter((key) => key.startsWith('csm-handbook:task:')))
    .toEqual(['csm-handbook:task:onb-m1-understand-call-shadowing']);
});

/*
 * An audit (December 6, night): a program's Reset… in another tab took this tab's ticks and saved notes away one
 * by one, without a word, as Reset all did before it was told.
 */
test('Reset… of a program in another tab is told once in a tab showing it', async ({ context }) => {
  const { checklist, module1, box, first, note, said } = await ticksAndANote(context);

  const other = await context.newPage();
  await openPlanner(other, ONBOARDING);
  await other.getByRole('button', { name: 'Reset…' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(other.getByRole('status')).toContainText('Onboarding was reset.');

  const told = 'Onboarding was reset in another tab or window, with any note you were writing.';
  await expect(checklist.getByRole('status')).toHaveText(told);
  await expect(box(first)).not.toBeChecked();
  await expect(module1.getByText('0 of 3 done', { exact: true })).toBeVisible();
  await expect(note).toHaveValue('');
  expect(await said()).toEqual([told]);
});

test('item 7: back to the builder after Reset all shows no deleted plan and is never stuck', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('Only plan');
  await waitSaved(page);
  await openProgress(page);
  await page.getByRole('button', { name: 'Reset all planner data…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status')).toContainText('was reset');
  await page.goBack();
  await expect(page.getByText('Opening your plans…')).toHaveCount(0);
  // Loaded afresh it opens a new draft; restored from the back/forward cache it re-reads storage (pageshow) and
  // settles on no plan. Headless Chromium here reloads rather than restoring, so this checks the first path.
  await expect(
    page.getByText('You have no plan in this browser yet.').or(page.getByLabel('Title', { exact: true })),
  ).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Your plans' }).getByRole('button', { name: 'Only plan' }),
  ).toHaveCount(0);
});

/**
 * The reader's note on GitLab 101, cleared by Reset all on My progress; a checklist tab then ticks the task, and
 * Undo on My progress keeps the tick, with the note's record kept aside.
 */
async function undoKeepsATaskAside(context: BrowserContext) {
  const progress = await context.newPage();
  await progress.goto(INTERNSHIP);
  await progress.evaluate(({ key, record }) => localStorage.setItem(key, record), { key: TASK, record: NOTE_RECORD });
  await openProgress(progress);
  await progress.getByRole('button', { name: 'Reset all planner data…' }).click();
  await progress.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(progress.getByRole('status')).toContainText('was reset');

  const checklist = await context.newPage();
  await openPlanner(checklist, INTERNSHIP);
  await checklist.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
  await expect.poll(async () => (await storedKeys(checklist))[TASK] ?? '').toContain('"done"');

  await progress.getByRole('button', { name: 'Undo' }).click();
  return { progress, checklist };
}

test('Undo of Reset all keeps aside, and says so, a task’s note when another tab ticked that task meanwhile', async ({
  context,
}) => {
  const { progress } = await undoKeepsATaskAside(context);
  await expect(progress.getByRole('status')).toContainText(
    'Undone, except 1 record changed since, which keeps its newer state; what it held before is kept aside in this browser, under a key starting with “csm-handbook:recovered:”.',
  );
  const stored = await storedKeys(progress);
  expect(stored[TASK]).toContain('"done"');
  const aside = Object.keys(stored).filter((key) => key.startsWith('csm-handbook:recovered:') && key.includes(TASK));
  expect(aside.map((key) => stored[key])).toEqual([NOTE_RECORD]);
});

/*
 * An audit (December 6, evening): the checklists took every kept-aside key of a task for a record that could not
 * be read, Undo's too. A task Undo had kept a note of aside, unticked by the reader, was "not known here: what was
 * saved for it could not be read" on the next visit, though nothing had failed to read.
 */
test('a task whose older record Undo kept aside, unticked later, is open on the next visit, never "could not be read"', async ({
  context,
}) => {
  const { progress, checklist } = await undoKeepsATaskAside(context);
  await expect(progress.getByRole('status')).toContainText('kept aside');
  const week1 = checklist.getByRole('group', { name: 'Week 1: Async Material Review' });
  const box = week1.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
  await box.uncheck();
  await expect.poll(async () => (await storedKeys(checklist))[TASK]).toBeUndefined();
  await openPlanner(checklist, INTERNSHIP);
  await expect(week1.getByText('0 of 14 done', { exact: true })).toBeVisible();
  await expect(box).toBeChecked({ checked: false });
  await expect(week1.getByText(/could not be read/)).toHaveCount(0);
});

/*
 * A backup from a browser whose clock is an hour fast carries change stamps an hour ahead of this one. Until
 * December 7, with two tabs open, a title typed in one snapped back to the backup's within half a second: the
 * other tab kept the older value, stamped later, and wrote it back; the typing tab was told another tab had typed
 * over it, and "Put mine back" lost the same way. A change is now stamped later than every stamp of the record it
 * changes (src/lib/stamp-time.ts).
 */
test('a plan restored from a backup stamped an hour ahead: a title typed in one of two tabs stays, told as lost nowhere', async ({
  context,
}) => {
  const ahead = Date.now() + 3_600_000;
  const plan = {
    ...createPlan('fastclock', ahead - 60_000),
    title: 'Fast clock title',
    clock: { title: { s: makeStamp(ahead, 'fasttab') } },
  };
  const a = await context.newPage();
  await openProgress(a);
  await restoreFile(a, backupOf({}, { fastclock: plan }));
  await a.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(a.getByRole('link', { name: 'Fast clock title' })).toBeVisible();
  await openBuilder(a, `${BUILDER}?plan=fastclock`);
  const b = await context.newPage();
  await openBuilder(b, `${BUILDER}?plan=fastclock`);
  await expect(b.getByLabel('Title', { exact: true })).toHaveValue('Fast clock title');

  const title = a.getByLabel('Title', { exact: true });
  await title.press('End');
  await title.pressSequentially(' and more words');
  await waitSaved(a);
  await expect(b.getByLabel('Title', { exact: true })).toHaveValue('Fast clock title and more words');
  // The other tab heard of the save and merged it: what it would write back, it has by now.
  await a.waitForTimeout(1500);
  for (const tab of [a, b]) {
    await expect(tab.getByLabel('Title', { exact: true })).toHaveValue('Fast clock title and more words');
    await expect(tab.getByText('Another tab saved different text')).toHaveCount(0);
  }
  await a.reload();
  await expect(a.getByLabel('Title', { exact: true })).toHaveValue('Fast clock title and more words');
});
