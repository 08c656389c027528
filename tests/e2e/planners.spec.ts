import type { BrowserContext, Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { drawnDirection } from './drawn-order';
import { acceptBlockedLoads, blockCode, expect, test, unblockCode } from './fixtures';
import {
  ASPIRING,
  BIDI_CONTROLS,
  countLiveButNotReadyFrames,
  INTERNSHIP,
  isoDaysFromToday,
  ONBOARDING,
  openPlanner,
  pasteThenType,
  storedKeys,
  tickAndResetInternship,
} from './planner-helpers';

test.describe('checklists', () => {
  test('a tick shows at once, counts in progress and survives a reload', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const week1 = page.getByRole('group', { name: 'Week 1: Async Material Review' });
    const task = week1.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
    await task.check();
    await expect(task).toBeChecked();
    await expect(week1.getByText('1 of 14 done')).toBeVisible();
    await expect(week1.getByRole('progressbar', { name: /Week 1: Async Material Review/ })).toHaveAttribute(
      'value',
      '1',
    );

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
    await expect(page.locator('.program-panel').getByText(/^1 of \d+ done/)).toBeVisible();

    await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).uncheck();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).not.toBeChecked();
  });

  test('a tick and its counts change in one go, so the reader sees them in the same frame', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const week1 = page.getByRole('group', { name: 'Week 1: Async Material Review' });
    const task = week1.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
    // What the list and the panel say when the tick's own task is over (its microtasks included): the
    // browser draws no frame before that, so this is what the first frame after the tick shows.
    const drawn = await task.evaluate(async (box: HTMLInputElement) => {
      box.click();
      for (let turn = 0; turn < 5; turn++) await Promise.resolve();
      const progressOf = (root: Element | null) => root?.querySelector('.progress__text')?.textContent ?? '';
      return {
        list: progressOf(box.closest('[role="group"]')),
        panel: progressOf(document.querySelector('.program-panel')),
      };
    });
    expect(drawn.list).toBe('1 of 14 done');
    expect(drawn.panel).toMatch(/^1 of \d+ done/);
    await expect(task).toBeChecked();
  });

  test('a list comes alive with its boxes enabled: no frame shows it live but still disabled', async ({ page }) => {
    const frames = await countLiveButNotReadyFrames(page, '.checklist input[type="checkbox"]:disabled');
    await openPlanner(page, ONBOARDING);
    expect(await frames()).toBe(0);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const task = page.getByRole('checkbox', { name: 'Learn Git Branching', exact: true });
    await task.focus();
    await page.keyboard.press('Space');
    await expect(task).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'N/A, not applicable: Learn Git Branching' })).toBeFocused();
    await page.keyboard.press('Tab');
    const noteButton = page.getByRole('button', { name: 'Note for: Learn Git Branching' });
    await expect(noteButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(noteButton).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('textbox', { name: 'Your note for: Learn Git Branching' })).toBeFocused();
    await page.keyboard.type('Levels 1 to 4 done');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'N/A, not applicable: Learn Git Branching' })).toBeChecked();
  });

  // A review (December 7, late night): since the boxes went to 24 px, N/A's box filled its 28 px frame, 2 px from its edges.
  for (const width of [375, 1280]) {
    test(`N/A's box has room in its frame, and Note beside it is as tall (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openPlanner(page, INTERNSHIP);
      const box = page.getByRole('checkbox', { name: 'N/A, not applicable: Learn Git Branching' });
      const [inner, frame, note] = await Promise.all([
        box.boundingBox(),
        box.locator('xpath=..').boundingBox(),
        page.getByRole('button', { name: 'Note for: Learn Git Branching' }).boundingBox(),
      ]);
      if (!inner || !frame || !note) throw new Error('N/A or Note is not drawn');
      expect(inner.height).toBeGreaterThanOrEqual(24);
      // From the frame's outer edge (its 1 px border included): 2.5 and 1.5 px in a 28 px frame.
      expect(inner.y - frame.y, 'room above the box').toBeGreaterThanOrEqual(3);
      expect(frame.y + frame.height - (inner.y + inner.height), 'room below the box').toBeGreaterThanOrEqual(3);
      expect(note.height).toBe(frame.height);
    });
  }

  test('a task with points under it is described by them, and tasks in the same words are told apart by where they are', async ({
    page,
  }) => {
    await openPlanner(page, INTERNSHIP);
    const topics =
      'How does this category provide value to a customer? Why would a customer choose GitLab over a competitive tool? ' +
      'What features are most interesting to you and why? How would you approach discussing adoption of this use case with a customer?';
    const discuss = 'Be prepared to discuss with your mentor:';
    // Twelve weeks have this task: each one's name says its week, and its topics are its description.
    const week3 = page.getByRole('checkbox', { name: `${discuss} (Week 3)`, exact: true });
    await expect(week3).toHaveCount(1);
    await expect(week3).toBeEnabled();
    await expect(week3).toHaveAccessibleDescription(topics);
    await expect(page.getByRole('checkbox', { name: `N/A, not applicable: ${discuss} (Week 3)` })).toHaveCount(1);
    await expect(page.getByRole('button', { name: `Note for: ${discuss} (Week 3)` })).toHaveCount(1);
    // Week 10 has it twice: each one says the task it is under.
    const architecture = page.getByRole('checkbox', {
      name: `${discuss} (Week 10, Learn about Architecture/HA and what’s best for each customer)`,
      exact: true,
    });
    await expect(architecture).toHaveAccessibleDescription(
      /^Ask them to share an architecture diagram from one of their customers ; Why a customer would choose SaaS/,
    );
    await expect(page.getByRole('checkbox', { name: `${discuss} (Week 10)`, exact: true })).toHaveCount(0);
    // A task with words of its own is named by them alone.
    await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toHaveCount(1);
    // Still described by its topics after a tick re-renders its row.
    await week3.check();
    await expect(week3).toHaveAccessibleDescription(topics);
    // The points under a task of another program are its description too, nested points included.
    await openPlanner(page, ASPIRING);
    await expect(
      page.getByRole('checkbox', { name: /^Have a career growth conversation with your manager/ }).first(),
    ).toHaveAccessibleDescription(/^Why do you want to be a manager\? What do you envision/);
    await expect(page.getByRole('checkbox', { name: /^Find a mentor/ })).toHaveAccessibleDescription(
      /^How to find a mentor: Seek recommendations from your own manager or fellow CSMs\./,
    );
  });

  test('points described together are read apart: a pause between points that end without punctuation', async ({
    page,
  }) => {
    await openPlanner(page, INTERNSHIP);
    const week5 = page.getByRole('checkbox', {
      name: 'Be prepared to discuss with your mentor: (Week 5)',
      exact: true,
    });
    await expect(week5).toHaveAccessibleDescription(
      // The pause is an element of its own, out of the text's flow: Chromium reads it apart, " ; ".
      'Any modules/topics you struggled with understanding in the learning path ; ' +
        'Any questions you got wrong in the knowledge checks and what the correct answer is and why ; ' +
        'Any roadblocks you ran into with the hands-on labs ; ' +
        'How you would translate what you learned in the course to a customer conversation in order to increase CI adoption',
    );
    // The list the eye reads keeps the handbook's words as they are: the pause is not drawn.
    const pause = page.locator('#task-int-w5-discuss-ci-details > li').first().locator('.sr-only');
    await expect(pause).toHaveText(';');
    expect((await pause.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  });

  test('opening a note puts the focus in its field, and Escape closes it back onto its button', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const noteButton = page.getByRole('button', { name: 'Note for: GitLab Flow (video and documentation)' });
    const field = page.getByRole('textbox', { name: 'Your note for: GitLab Flow (video and documentation)' });
    await noteButton.focus();
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    // Typed at once, "/" included (on the page it opens search): it all lands in the note.
    await page.keyboard.type('Watch /docs first');
    await expect(field).toHaveValue('Watch /docs first');
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(noteButton).toBeFocused();
    await expect(noteButton).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#task-int-w1-gitlab-flow')).toContainText('Your note: Watch /docs first');
    await page.keyboard.press('Space');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('Watch /docs first');
    // The button closes it too, and keeps the focus.
    await noteButton.click();
    await expect(field).toHaveCount(0);
    await expect(noteButton).toBeFocused();
  });

  // An audit (December 7): Clear date went with its own press, and the focus fell to the page.
  // The last stop's note (December 7): a Hebrew note took the page's left-to-right direction in its field.
  test('right-to-left words: a Hebrew note is laid out right to left in its field', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    await page.getByRole('button', { name: 'Note for: GitLab Flow (video and documentation)' }).click();
    const field = page.getByRole('textbox', { name: 'Your note for: GitLab Flow (video and documentation)' });
    await field.fill('צפיתי בסרטון, 2 פעמים.');
    expect(await drawnDirection(field)).toBe('rtl');
  });

  test('Clear date keeps the focus in the panel, on the date field', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const start = page.getByLabel('Start date', { exact: true });
    await start.fill(isoDaysFromToday(1));
    const clear = page.getByRole('button', { name: 'Clear date' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(clear).toHaveCount(0);
    await expect(start).toHaveValue('');
    await expect(start).toBeFocused();
  });

  // An audit (December 7): an open note printed as a form field, its resize handle and all, where a closed one
  // prints as "Your note: …".
  test('a note prints as its words, open or closed, with no field', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    await page.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
    const field = page.getByRole('textbox', { name: 'Your note for: GitLab 101 course' });
    await field.fill('Ask about the labs');
    await page.emulateMedia({ media: 'print' });
    const task = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'GitLab 101 course' }) });
    await expect(task.getByText('Your note: Ask about the labs')).toBeVisible();
    await expect(field).toBeHidden();
    await expect(task.getByText('Your note', { exact: true })).toBeHidden();
  });

  /** The internship's "GitLab 101 course" note, opened with the clipboard allowed: its field. */
  async function openNoteToPasteInto(page: Page, context: BrowserContext): Promise<Locator> {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPlanner(page, INTERNSHIP);
    await page.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
    return page.getByRole('textbox', { name: 'Your note for: GitLab 101 course' });
  }

  // An audit (December 6): 6,500 characters pasted into a note kept 5,000 and said only that the note was full: the
  // last 1,500 were gone without a word.
  // Until December 6, night, it did not say how much: "(1,500 left out)".
  test('a paste longer than a note can hold says that what goes past the limit is not kept, and how much', async ({
    page,
    context,
  }) => {
    const field = await openNoteToPasteInto(page, context);
    const paste = async (text: string) => {
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      await field.selectText();
      await page.keyboard.press('ControlOrMeta+V');
    };
    await paste('n'.repeat(6_500));
    await expect(field).toHaveValue('n'.repeat(5_000));
    await expect(page.getByRole('status')).toHaveText(
      'Your note is full at 5,000 characters: nothing past that is kept (1,500 left out).',
    );
    // Text copied on Windows ends its lines with "\r\n", which the field keeps as one character each.
    await field.fill('');
    await paste(`${'n'.repeat(4_980)}${'\r\nline'.repeat(10)}`);
    await expect(field).toHaveValue(`${'n'.repeat(4_980)}${'\nline'.repeat(4)}`);
    await expect(page.getByRole('status')).toHaveText(
      'Your note is full at 5,000 characters: nothing past that is kept (30 left out).',
    );
  });

  test('a start date ahead counts the days to it, in words that fit the count', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const start = page.getByLabel('Start date', { exact: true });
    await start.fill(isoDaysFromToday(1));
    await expect(page.locator('.program-panel')).toContainText(/Starts on \d+ \w+ \d{4} \(1 day from today\)\./);
    await start.fill(isoDaysFromToday(2));
    await expect(page.locator('.program-panel')).toContainText(/\(2 days from today\)\./);
    await start.fill(isoDaysFromToday(-200));
    await expect(page.locator('.program-panel')).toContainText(/The 12 weeks ended on \d+ \w+ \d{4}\./);
  });

  // December 8 (a reviewer's report, I1): retyping a start date passed through dates nobody chose (01/05 of the
  // year still in the field), each saved as it came; the year then typed was refused and "That date was not used"
  // said, but the half-typed date stayed saved in place of the reader's.
  test('a start date retyped and refused brings back the date saved before, not one passed through while typing', async ({
    page,
  }) => {
    await openPlanner(page, INTERNSHIP);
    const start = page.getByLabel('Start date', { exact: true });
    await start.fill('2026-11-30');
    await page.reload();
    // Into the month, then month, day and a year past the last the site takes (2099); Tab on until the field is left
    // (Chromium's Tab goes through the field's calendar button first).
    await start.click({ position: { x: 12, y: 12 } });
    await page.keyboard.type('01052207');
    while (await start.evaluate((field) => field === document.activeElement)) await page.keyboard.press('Tab');
    await expect(page.getByRole('status')).toContainText('That date was not used');
    await expect(start).toHaveValue('2026-11-30');
    await page.reload();
    await expect(page.getByLabel('Start date', { exact: true })).toHaveValue('2026-11-30');
  });

  test('a finished section says so', async ({ page }) => {
    await openPlanner(page, ASPIRING);
    const group = page.getByRole('group', { name: 'Ongoing Activities' });
    for (const box of await group.getByRole('checkbox', { name: /^(?!N\/A, )/ }).all()) await box.check();
    await expect(group.getByRole('button', { name: /^Done: Ongoing Activities/ })).toBeVisible();
  });

  test('notes are saved and shown as text, never as HTML', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    await page.getByRole('button', { name: 'Note for: GitLab 201 course' }).click();
    const hostile = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> **not bold**';
    await page.getByRole('textbox', { name: 'Your note for: GitLab 201 course' }).fill(hostile);
    await page.reload();
    const note = page.locator('#task-int-w1-gitlab-201 .task__note');
    await expect(note).toContainText(hostile);
    await expect(page.locator('.checklist img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  // Until December 7 a note kept the bidi controls the plan builder's fields drop: a note pasted as "Q1 " + U+202E +
  // "gnp.exe" read "Q1 exe.png" under its task, on paper and in the exported task list.
  test('bidi controls typed or pasted into a task’s note are dropped: the field, the note, the export and storage show none', async ({
    page,
    context,
  }) => {
    const field = await openNoteToPasteInto(page, context);
    await expect(field).toBeFocused();
    await page.evaluate(() => navigator.clipboard.writeText('Q1 \u202egnp.exe'));
    await page.keyboard.press('ControlOrMeta+V');
    await expect(field).toHaveValue('Q1 gnp.exe');
    await page.keyboard.type(' \u2066ok\u2069');
    await expect(field).toHaveValue('Q1 gnp.exe ok');
    await field.press('Escape');
    const task = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'GitLab 101 course' }) });
    await expect(task.getByText('Your note: Q1 gnp.exe ok')).toBeVisible();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status')).toContainText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Note: Q1 gnp.exe ok');
    expect(copied).not.toMatch(BIDI_CONTROLS);
    expect(Object.values(await storedKeys(page)).join('')).not.toMatch(BIDI_CONTROLS);
  });

  // Until December 7 the caret went to the end of the note when a bidi control was dropped from a paste in its
  // middle: the reader's next key landed at the end, not after what they had pasted.
  test('a paste in the middle of a task’s note that drops a bidi control leaves the caret after the pasted text', async ({
    page,
    context,
  }) => {
    const field = await openNoteToPasteInto(page, context);
    await field.fill('Q1 review');
    await pasteThenType(page, field, 3, 'team \u202e');
    await expect(field).toHaveValue('Q1 team Areview');
  });

  test('not applicable leaves a task out of the count', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const week1 = page.getByRole('group', { name: 'Week 1: Async Material Review' });
    await week1.getByRole('checkbox', { name: 'N/A, not applicable: Account teams' }).check();
    await expect(week1.getByText('0 of 13 done · 1 not applicable')).toBeVisible();
    await expect(week1.getByRole('checkbox', { name: 'Account teams', exact: true })).toBeDisabled();
  });

  test('the program’s bar counts as its words do: a task not applicable is out of its total, before and after a reload', async ({
    page,
  }) => {
    await openPlanner(page, INTERNSHIP);
    const week1 = page.getByRole('group', { name: 'Week 1: Async Material Review' });
    await week1.getByRole('checkbox', { name: 'N/A, not applicable: Account teams' }).check();
    await week1.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
    const panel = page.locator('.program-panel');
    const words = panel.getByText(/^1 of \d+ done · 1 not applicable/);
    await expect(words).toBeVisible();
    const total = ((await words.textContent()) ?? '').match(/of (\d+) done/)?.[1];
    const bar = panel.getByRole('progressbar');
    for (const when of ['now', 'after a reload']) {
      if (when !== 'now') {
        await page.reload();
        await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeEnabled();
        await expect(words).toBeVisible();
      }
      await expect(bar, when).toHaveJSProperty('max', Number(total));
      await expect(bar, when).toHaveJSProperty('value', 1);
    }
  });

  test('the internship start date dates every week and marks the current one', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    await page.getByLabel('Start date', { exact: true }).fill(isoDaysFromToday(-10));
    const week2 = page.getByRole('group', { name: 'Week 2', exact: true });
    await expect(week2.getByText('This week')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Week 3', exact: true }).getByText('This week')).toHaveCount(0);
    await expect(page.getByText(/Now: week 2 of 12/)).toBeVisible();
    await page.getByRole('link', { name: 'Go to week 2' }).click();
    await expect(page).toHaveURL(/#week-2$/);
    await expect(page.locator('#week-2')).toBeInViewport();

    await page.reload();
    await expect(page.getByLabel('Start date', { exact: true })).toHaveValue(isoDaysFromToday(-10));
    await expect(week2).toHaveClass(/checklist--current/);
  });

  test('the onboarding start date turns months into dates', async ({ page }) => {
    await openPlanner(page, ONBOARDING);
    await page.getByLabel('Start date', { exact: true }).fill('2027-01-04');
    await expect(page.getByRole('group', { name: 'Manager: month 1' })).toContainText('4 Jan – 3 Feb 2027');
    await expect(page.getByRole('group', { name: 'Buddy: month 3' })).toContainText('4 Mar – 3 Apr 2027');
    // The months beyond the third have no last day (the checklists' words for one, src/i18n/checklist-ui.ts).
    await expect(page.getByRole('group', { name: 'Manager: beyond month 3' })).toContainText('from 4 Apr 2027');
  });

  test('the onboarding start date says how the site counts a month, which the handbook does not define', async ({
    page,
  }) => {
    await openPlanner(page, ONBOARDING);
    await expect(page.locator('.program-panel')).toContainText(
      'The handbook does not define a month: here each starts on your start date’s day of the month (or the month’s last day, if shorter) and ends the day before the next.',
    );
    // 31 January: month 2 starts on 28 February, the last day February has, so month 1 ends on the 27th.
    await page.getByLabel('Start date', { exact: true }).fill('2027-01-31');
    await expect(page.getByRole('group', { name: 'Manager: month 1' })).toContainText('31 Jan – 27 Feb 2027');
    await expect(page.getByRole('group', { name: 'Manager: month 2' })).toContainText('28 Feb – 30 Mar 2027');
  });

  test('the onboarding role switch shows the reader their part and is remembered', async ({ page }) => {
    await openPlanner(page, ONBOARDING);
    await page.getByRole('radio', { name: 'Manager' }).check();
    const managerList = page.getByRole('group', { name: 'Manager: month 1' });
    const buddyList = page.getByRole('group', { name: 'Buddy: month 1' });
    await expect(managerList.getByRole('checkbox').first()).toBeVisible();
    await expect(buddyList).toContainText('This list is for the Buddy');
    await expect(buddyList.getByRole('checkbox')).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Manager' })).toBeChecked();
    await expect(buddyList.getByRole('checkbox')).toHaveCount(0);
    await buddyList.getByRole('button', { name: 'Show it anyway' }).click();
    // The list comes back with its words (they are in the page once, not in the island's props).
    await expect(
      buddyList.getByRole('checkbox', {
        name: 'Nurture a welcoming environment for the new team member',
        exact: true,
      }),
    ).toBeVisible();

    await page.getByRole('radio', { name: 'Everyone' }).check();
    await expect(page.getByText(/This list is for the/)).toHaveCount(0);
  });

  test('exports a GitLab task list to the clipboard and as a file', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPlanner(page, ONBOARDING);
    const firstTask = page
      .getByRole('group', { name: /^Module 1:/ })
      .getByRole('checkbox')
      .first();
    const firstText = (
      await firstTask.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')
    ).trim();
    await firstTask.check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status')).toContainText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# CSM Onboarding\n/);
    expect(copied).toContain(`- [x] ${firstText}`);
    expect(copied).toMatch(/^## Manager: month 1$/m);
    // The heading names the role; the tasks' words are the handbook's alone (no "Manager: " before them).
    expect(copied).toMatch(/^- \[ \] Schedule recurring 1:1s and check in calls$/m);
    expect(copied).not.toMatch(/^- \[.\] (Manager|Buddy): /m);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .md' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('onboarding-checklist.md');
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await file.path()) ?? '', 'utf8')).toBe(copied);
  });

  test('after hydration each task keeps its words, links and details, once', async ({ page }) => {
    await openPlanner(page, ASPIRING);
    const task = page.getByRole('checkbox', { name: /^Read through the leadership page .* of the handbook\.$/ });
    await task.check();
    await expect(task).toBeChecked();
    const item = page.locator('li.task', { has: task }).first();
    const link = item.getByRole('link', { name: /^leadership page/ });
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', 'https://handbook.gitlab.com/handbook/leadership/');
    await expect(page.getByText('Read through the', { exact: false })).toHaveCount(1);
    const withDetails = page.locator('li.task', { hasText: 'Consider participating in the' }).first();
    await expect(withDetails.getByRole('link', { name: /^GitLab mentorship program/ })).toHaveCount(1);
  });

  test('names the next open task and links to it', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    const panel = page.locator('.program-panel');
    const first = 'The intern must get approval from their manager to participate in the internship';
    await expect(panel.getByRole('link', { name: first })).toHaveAttribute(
      'href',
      '#task-int-pre-intern-manager-approval',
    );
    await page.getByRole('checkbox', { name: first, exact: true }).check();
    await panel.getByRole('link', { name: 'The intern must get agreement from a CSM to be their mentor' }).click();
    await expect(page).toHaveURL(/#task-int-pre-find-mentor$/);
  });

  test('when the export code cannot be loaded, the reader is told and nothing is copied', async ({
    page,
    context,
    pageProblems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await blockCode(page, 'export-markdown');
    await openPlanner(page, INTERNSHIP);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status')).toContainText('could not load, so nothing was done');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');

    await unblockCode(page, 'export-markdown');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status')).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# CSM Internship Program\n/);
    acceptBlockedLoads(pageProblems);
  });

  test('when the clipboard is refused, the task list is shown to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await openPlanner(page, INTERNSHIP);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status')).toContainText('Could not copy');
    await expect(page.getByRole('textbox', { name: 'Copy as Markdown' })).toHaveValue(/^# CSM Internship Program\n/);
  });

  test('reset asks first and can be undone', async ({ page }) => {
    await openPlanner(page, INTERNSHIP);
    await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
    await page.getByRole('button', { name: 'Reset…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset Internship?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();

    await page.getByRole('button', { name: 'Reset…' }).click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).not.toBeChecked();
    expect(Object.keys(await storedKeys(page)).filter((k) => k.includes(':task:'))).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
  });

  // An audit (December 6): the program's settings had changed since the reset, so Undo left them as they were and
  // the start date was lost, while the message said Onboarding was back "except 1 item changed since".
  test('Undo of Reset… after Hide finished tasks brings the start date back', async ({ page }) => {
    await openPlanner(page, ONBOARDING);
    const start = page.getByLabel('Start date', { exact: true });
    const hide = page.getByRole('checkbox', { name: 'Hide finished tasks' });
    await start.fill('2027-01-04');
    await page.getByRole('button', { name: 'Reset…' }).click();
    await page
      .getByRole('dialog', { name: /^Reset / })
      .getByRole('button', { name: 'Reset' })
      .click();
    await expect(start).toHaveValue('');
    await hide.check();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.toast--visible').getByRole('status')).toHaveText('Onboarding is back.');
    for (const reloaded of [false, true]) {
      if (reloaded) await page.reload();
      await expect(start, `reloaded: ${reloaded}`).toHaveValue('2027-01-04');
      await expect(hide).toBeChecked();
    }
  });

  test('Ctrl+Z undoes a reset while the message offers Undo, from a task’s checkbox too', async ({ page }) => {
    const task = await tickAndResetInternship(page);
    await task.focus();
    await page.keyboard.press('Control+z');
    await expect(task).toBeChecked();
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  });

  test('the reset toast keeps Undo and × together, on the message’s row where it fits', async ({ page }) => {
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await openPlanner(page, INTERNSHIP);
      await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
      await page.getByRole('button', { name: 'Reset…' }).click();
      await page.getByRole('dialog', { name: 'Reset Internship?' }).getByRole('button', { name: 'Reset' }).click();
      const toast = page.locator('.toast--visible');
      await expect(toast.getByRole('status')).toHaveText('Internship was reset.');
      // Where each part's middle is, once the toast has slid in.
      const middle = async (name: 'status' | 'Undo' | 'Dismiss') => {
        const part = name === 'status' ? toast.getByRole('status') : toast.getByRole('button', { name });
        await expect(part).toBeInViewport({ ratio: 1 });
        const box = await part.boundingBox();
        return box ? box.y + box.height / 2 : Number.NaN;
      };
      const [text, undo, close] = [await middle('status'), await middle('Undo'), await middle('Dismiss')];
      expect(Math.abs(close - undo), `× beside Undo at ${width} px`).toBeLessThan(2);
      expect(Math.abs(text - undo), `one row at ${width} px`).toBeLessThan(2);
    }
  });

  test('a toast’s buttons stay readable under the pointer, in both themes', async ({ page }) => {
    // Two loads of the program's page and two axe runs over all of it: 29 to 32 s on the 2-core CI machine, which
    // took it past the default 30 s once in two runs on December 6.
    test.setTimeout(60_000);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openPlanner(page, INTERNSHIP);
      await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
      await page.getByRole('button', { name: 'Reset…' }).click();
      await page.getByRole('dialog', { name: 'Reset Internship?' }).getByRole('button', { name: 'Reset' }).click();
      // Until December 5, afternoon, the page's hover colours drew the button light on light (dark on dark).
      await page.getByRole('button', { name: 'Undo' }).hover();
      expect(await seriousViolations(page), `Undo under the pointer, ${colorScheme}`).toEqual([]);
    }
  });

  test('the toast gives the focus back to where the reader was when its button goes: Undo, × or its time up', async ({
    page,
  }) => {
    await page.clock.install();
    await openPlanner(page, INTERNSHIP);
    const task = page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
    const reset = page.getByRole('button', { name: 'Reset…' });
    const resetFromKeyboard = async () => {
      await task.check();
      await reset.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Reset Internship?' }).getByRole('button', { name: 'Reset' }).click();
      await expect(task).not.toBeChecked();
      // The dialog gives the focus back to Reset…, and the toast's Undo is the next stop.
      await expect(reset).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    };
    // Until December 5, afternoon, each of these left the focus on the page itself.
    await resetFromKeyboard();
    await page.keyboard.press('Enter');
    await expect(task).toBeChecked();
    await expect(reset).toBeFocused();

    await resetFromKeyboard();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Dismiss' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(reset).toBeFocused();

    await resetFromKeyboard();
    await page.clock.fastForward(20_000);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(reset).toBeFocused();

    // A reader who went on past the message, and whose focus then left the page's controls, is left where they are
    // when it goes.
    await resetFromKeyboard();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.clock.fastForward(20_000);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(reset).not.toBeFocused();
  });

  test('when the confirm dialog cannot load (offline, a new deploy), the page says so and resets nothing', async ({
    page,
    pageProblems,
  }) => {
    await openPlanner(page, INTERNSHIP);
    await page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true }).check();
    // The dialog's code loads on the first click (use-confirm.tsx): here that request fails.
    await blockCode(page, 'ConfirmDialog');
    await page.getByRole('button', { name: 'Reset…' }).click();
    await expect(page.getByRole('status')).toContainText('could not load');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true })).toBeChecked();
    // Once the connection is back, the same button asks as usual.
    await unblockCode(page, 'ConfirmDialog');
    await page.getByRole('button', { name: 'Reset…' }).click();
    await expect(page.getByRole('dialog', { name: 'Reset Internship?' })).toBeVisible();
    acceptBlockedLoads(pageProblems);
  });

  for (const path of [INTERNSHIP, ONBOARDING, ASPIRING]) {
    test(`${path} planner is axe clean with its tools open`, async ({ page }) => {
      // axe over a program page (up to 79 tasks, each with its controls) takes 10-25 s on a 2-core machine.
      test.slow();
      await openPlanner(page, path);
      await page.locator('.task__more').first().click();
      await page.locator('.checklist input[type="checkbox"]').first().check();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every task is on the page as text', async ({ page }) => {
    await page.goto(INTERNSHIP);
    await expect(page.getByText('Learn Git Branching')).toBeVisible();
    await expect(page.getByText('Read through the Product Categories').first()).toBeVisible();
    const boxes = page.locator('.checklist input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(100);
    await expect(boxes.first()).toBeDisabled();
  });
});
