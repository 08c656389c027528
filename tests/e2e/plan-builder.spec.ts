import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { drawnDirection, drawnX } from './drawn-order';
import { expect, test } from './fixtures';
import { BUILDER, openBuilder, openSeededPlan, phase, seedPlan, waitSaved } from './plan-records';
import {
  ASPIRING,
  blocksStorage,
  countLiveButNotReadyFrames,
  hearsLiveRegions,
  isoDaysFromToday,
  MY_PROGRESS,
  openPlanner,
  storedKeys,
  tasksFillStorage,
} from './planner-helpers';

async function planKeys(page: Page) {
  return Object.keys(await storedKeys(page)).filter((key) => key.startsWith('csm-handbook:plan:'));
}

test('a first visit opens a fresh draft, ready to type into', async ({ page }) => {
  await openBuilder(page);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('My 30-60-90 day plan');
  for (const n of [1, 2, 3] as const) await expect(phase(page, n)).toBeVisible();
  await expect(phase(page, 1).getByLabel('Theme')).toHaveValue('Learn');
});

test('the builder comes alive with the plan: no frame shows it live but still opening the plans', async ({ page }) => {
  const frames = await countLiveButNotReadyFrames(page, '.plan-builder--loading');
  await openBuilder(page);
  expect(await frames()).toBe(0);
});

test('a plan filled in across all three phases is all there after a reload', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('Mock plan for the interview');
  await page.getByLabel('Role it is for').fill('CSM Manager');
  await page.getByLabel('Reviewed by (manager, mentor)').fill('Sam, Ana');
  await page.getByLabel('Context').fill('Team of 8 CSMs');
  for (const n of [1, 2, 3] as const) {
    const p = phase(page, n);
    await p.getByRole('button', { name: 'Add a goal' }).click();
    await p.getByLabel('Goal', { exact: true }).fill(`Goal of phase ${n}`);
    await p.getByLabel('How success is measured').fill(`Measure ${n}`);
    await p.getByRole('button', { name: 'Add an action' }).click();
    await p.getByLabel('Action', { exact: true }).fill(`Action of phase ${n}`);
    await p.getByLabel('Owner').selectOption('mentor');
    await p.getByRole('button', { name: 'Add a person' }).click();
    await p.getByRole('textbox', { name: 'Name', exact: true }).fill(`Person ${n}`);
    await p.getByLabel('Why').first().fill('Knows the accounts');
    await p.getByLabel('What happened').fill(`Review ${n}`);
  }
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Mock plan for the interview');
  await expect(page.getByLabel('Context')).toHaveValue('Team of 8 CSMs');
  for (const n of [1, 2, 3] as const) {
    const p = phase(page, n);
    await expect(p.getByLabel('Goal', { exact: true })).toHaveValue(`Goal of phase ${n}`);
    await expect(p.getByLabel('Action', { exact: true })).toHaveValue(`Action of phase ${n}`);
    await expect(p.getByLabel('Owner')).toHaveValue('mentor');
    await expect(p.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(`Person ${n}`);
    await expect(p.getByLabel('What happened')).toHaveValue(`Review ${n}`);
  }
});

test('a start date dates every phase and action, and overdue actions stand out', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Start date (day 1)').fill('2027-01-04');
  await expect(phase(page, 1).getByRole('heading', { level: 2 })).toContainText('4 Jan – 2 Feb 2027');
  await expect(phase(page, 2).getByRole('heading', { level: 2 })).toContainText('3 Feb – 4 Mar 2027');
  await expect(phase(page, 3).getByRole('heading', { level: 2 })).toContainText('5 Mar – 3 Apr 2027');
  const first = phase(page, 1);
  await first.getByRole('button', { name: 'Add a goal' }).click();
  await first.getByRole('button', { name: 'Add an action' }).click();
  await first.getByLabel('Due day').fill('10');
  await expect(first.getByText('Due 13 Jan 2027')).toBeVisible();
  await expect(first.getByText('Overdue')).toHaveCount(0);

  await page.getByLabel('Start date (day 1)').fill(isoDaysFromToday(-20));
  await expect(first.getByText('Overdue')).toBeVisible();
  await first.getByLabel('Status').selectOption('done');
  await expect(first.getByText('Overdue')).toHaveCount(0);
});

/*
 * Reported on the built site: without a start date, an action due on day 14 showed an empty "Due date" picker
 * (day 14 only on the timeline and in the export, with no way to edit it); with one, an action due on a date
 * showed an empty "Due day" box.
 */
test('Edit shows each action’s due as it is stored: a day without a start date, a date with one', async ({ page }) => {
  const plan = seedPlan({ goals: { 0: [{ text: 'Know the team', actions: ['Meet each CSM', 'Book the QBRs'] }] } });
  const [onDay, onDate] = plan.phases[0].goals[0]?.actions ?? [];
  if (!onDay || !onDate) throw new Error('the seeded plan has two actions');
  onDay.due = { kind: 'day', day: 14 };
  onDate.due = { kind: 'date', date: '2027-01-20' };
  await openSeededPlan(page, plan);
  const meet = page.locator(`#action-${onDay.id}`);
  const book = page.locator(`#action-${onDate.id}`);
  await expect(meet.getByLabel('Due day')).toHaveValue('14');
  await expect(book.getByLabel('Due date')).toHaveValue('2027-01-20');
  await expect(book.getByText('Due 20 Jan 2027')).toBeVisible();
  await meet.getByLabel('Due day').fill('15');
  await waitSaved(page);
  const saved = JSON.parse((await storedKeys(page))[`csm-handbook:plan:${plan.id}`] ?? '{}');
  expect(saved.phases[0].goals[0].actions[0].due).toEqual({ kind: 'day', day: 15 });

  await page.getByLabel('Start date (day 1)').fill('2027-01-04');
  await expect(meet.getByLabel('Due day')).toHaveValue('15');
  await expect(meet.getByText('Due 18 Jan 2027')).toBeVisible();
  await expect(book.getByLabel('Due date')).toHaveValue('2027-01-20');
  await expect(book.getByText('Due 20 Jan 2027')).toBeVisible();
});

test('an action’s due emptied in Edit keeps its field while the reader is in it, then takes the one an undated action takes', async ({
  page,
}) => {
  const plan = seedPlan({ goals: { 0: [{ text: 'Know the team', actions: ['Book the QBRs', 'Meet each CSM'] }] } });
  const [onDate, onDay] = plan.phases[0].goals[0]?.actions ?? [];
  if (!onDate || !onDay) throw new Error('the seeded plan has two actions');
  plan.startDate = '2027-01-04';
  onDate.due = { kind: 'date', date: '2027-01-20' };
  onDay.due = { kind: 'day', day: 14 };
  await openSeededPlan(page, plan);
  const book = page.locator(`#action-${onDate.id}`);
  const meet = page.locator(`#action-${onDay.id}`);

  // With a start date an undated action takes a day: a due date emptied and left becomes a day field, as it is
  // after a reload, and the focus is where the reader went.
  await book.getByLabel('Due date').fill('');
  await expect(book.getByLabel('Due date')).toBeFocused();
  await expect(book.getByText('Due 20 Jan 2027')).toHaveCount(0);
  await book.getByLabel('Action', { exact: true }).click();
  await expect(book.getByLabel('Action', { exact: true })).toBeFocused();
  await expect(book.getByLabel('Due date')).toHaveCount(0);
  await expect(book.getByLabel('Due day')).toHaveValue('');
  await book.getByLabel('Due day').fill('12');
  await expect(book.getByText('Due 15 Jan 2027')).toBeVisible();

  // Without one an undated action takes a date. A due day emptied to type another stays a day field meanwhile
  // (the keys typed are a day's); emptied and left, it becomes a date picker.
  await page.getByRole('button', { name: 'Clear date' }).click();
  const day = meet.getByLabel('Due day');
  await day.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(day).toBeFocused();
  await page.keyboard.type('21');
  await expect(day).toHaveValue('21');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(meet.getByLabel('Status')).toBeFocused();
  await expect(day).toHaveCount(0);
  await expect(meet.getByLabel('Due date')).toHaveValue('');
  await waitSaved(page);
  const saved = JSON.parse((await storedKeys(page))[`csm-handbook:plan:${plan.id}`] ?? '{}');
  expect(saved.phases[0].goals[0].actions.map((action: { due?: unknown }) => action.due)).toEqual([
    { kind: 'day', day: 12 },
    undefined,
  ]);
  await page.reload();
  await expect(book.getByLabel('Due day')).toHaveValue('12');
  await expect(meet.getByLabel('Due date')).toHaveValue('');
});

test('a date typed with the keyboard is kept as it is typed, and a year retyped keeps the saved date until it is whole', async ({
  page,
}) => {
  await openBuilder(page);
  const start = page.getByLabel('Start date (day 1)');
  // Typed segment by segment, as a keyboard user does (month, day, year in this locale).
  await start.click();
  await start.press('Home');
  await page.keyboard.type('01042027');
  await expect(start).toHaveValue('2027-01-04');
  await waitSaved(page);
  await expect(phase(page, 1).getByRole('heading', { level: 2 })).toContainText('4 Jan – 2 Feb 2027');
  // Retyping the year passes through 0002, 0020, 0202: the saved date stays until the year is whole.
  await start.press('ArrowRight');
  await start.press('ArrowRight');
  await page.keyboard.type('2');
  await expect(phase(page, 1).getByRole('heading', { level: 2 })).toContainText('4 Jan – 2 Feb 2027');
  await page.keyboard.type('028');
  await expect(start).toHaveValue('2028-01-04');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel('Start date (day 1)')).toHaveValue('2028-01-04');
  // A date left unfinished is not used, the saved one stays, and the page says so.
  const again = page.getByLabel('Start date (day 1)');
  await again.click();
  await again.press('Home');
  await again.press('Backspace');
  await again.blur();
  await expect(page.getByRole('alert').or(page.getByRole('status'))).toContainText('That date was not used');
  await page.reload();
  await expect(page.getByLabel('Start date (day 1)')).toHaveValue('2028-01-04');
});

test('an idea from the handbook is added with one click and can be edited', async ({ page }) => {
  await openBuilder(page);
  const ideas = page.getByRole('complementary', { name: 'Ideas based on the handbook' });
  await expect(ideas.getByRole('link', { name: /Based on the handbook: Review Checklist/ }).first()).toHaveAttribute(
    'href',
    /csm-manager\/#review-checklist$/,
  );
  await ideas.getByRole('button', { name: /^Add “Review my team’s Success Plans.*” to Days 31–60$/ }).click();
  const goal = phase(page, 2).getByLabel('Goal', { exact: true });
  await expect(goal).toHaveValue(/Review my team’s Success Plans/);
  await expect(phase(page, 2).getByLabel('How success is measured')).toHaveValue(/Success Plans reviewed/);
  await goal.fill('Every customer has a Success Plan (my words)');
  await waitSaved(page);
  await page.reload();
  await expect(phase(page, 2).getByLabel('Goal', { exact: true })).toHaveValue(
    'Every customer has a Success Plan (my words)',
  );
});

test('goals reorder with the keyboard', async ({ page }) => {
  await openBuilder(page);
  const p = phase(page, 1);
  for (const [index, text] of ['First', 'Second'].entries()) {
    await p.getByRole('button', { name: 'Add a goal' }).click();
    await expect(p.getByLabel('Goal', { exact: true })).toHaveCount(index + 1);
    await p.getByLabel('Goal', { exact: true }).nth(index).fill(text);
  }
  await p.getByRole('button', { name: 'Move down: First' }).focus();
  await page.keyboard.press('Enter');
  await expect(p.getByLabel('Goal', { exact: true }).first()).toHaveValue('Second');
  await expect(p.getByLabel('Goal', { exact: true }).last()).toHaveValue('First');
});

test('exports Markdown (copy and file) and a calendar', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('Export test');
  await page.getByLabel('Start date (day 1)').fill('2027-01-04');
  const p = phase(page, 1);
  await p.getByRole('button', { name: 'Add a goal' }).click();
  await p.getByLabel('Goal', { exact: true }).fill('Know the team');
  await p.getByRole('button', { name: 'Add an action' }).click();
  await p.getByLabel('Action', { exact: true }).fill('Meet each CSM');
  await p.getByLabel('Due day').fill('5');
  await p.getByLabel('Status').selectOption('done');

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  // The export code loads on demand: the copy is done once the page says so.
  await expect(page.getByRole('status')).toContainText('Copied the plan as Markdown');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('# Export test\n');
  expect(markdown).toContain('## Days 1–30: Learn (4 Jan – 2 Feb 2027)');
  expect(markdown).toContain('### Know the team');
  expect(markdown).toContain('- [x] Meet each CSM (Owner: Me, Due: day 5 (8 Jan 2027))');

  const mdDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .md' }).click();
  const md = await mdDownload;
  expect(md.suggestedFilename()).toBe('30-60-90-plan-export-test.md');
  expect(await readFile((await md.path()) ?? '', 'utf8')).toBe(markdown);

  const icsDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await icsDownload).path()) ?? '', 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(4);
  expect(ics).toContain('SUMMARY:Meet each CSM');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270108');
});

/*
 * PRODUCT.md lists JSON among the plan builder's exports; the builder had Markdown, print, a calendar and a review
 * link, and JSON only through My progress's whole backup. "Download .json" writes the plan alone as a backup file,
 * which My progress restores beside the reader's other data ("every backup the site writes, it can restore").
 */
test('Download .json gives the plan alone, which My progress brings back beside the reader’s other data', async ({
  page,
}) => {
  await page.goto(BUILDER);
  await page.getByLabel('Title', { exact: true }).fill('Plan to keep');
  await phase(page, 1).getByRole('button', { name: 'Add a goal' }).click();
  await phase(page, 1).getByLabel('Goal', { exact: true }).fill('A goal to bring back');
  await waitSaved(page);
  const planId = new URL(page.url()).searchParams.get('plan');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .json' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('30-60-90-plan-plan-to-keep.json');
  await expect(page.getByRole('status')).toContainText('Downloaded 30-60-90-plan-plan-to-keep.json');
  const json = await readFile((await file.path()) ?? '', 'utf8');
  expect(JSON.parse(json)).toMatchObject({
    format: 'csm-handbook-backup',
    only: 'plans',
    tasks: {},
    plans: { [planId ?? '']: { title: 'Plan to keep' } },
  });

  // The plan is gone from this browser; meanwhile the reader ticked a task and started another plan. Storage is
  // cleared from another page: the builder, still open, would save its plan again as it is left.
  await openPlanner(page, ASPIRING);
  await page.evaluate(() => localStorage.clear());
  await openPlanner(page, ASPIRING);
  const task = page.getByRole('checkbox').first();
  await task.check();
  await page.goto(BUILDER);
  await page.getByLabel('Title', { exact: true }).fill('Another plan');
  await waitSaved(page);

  await page.goto(MY_PROGRESS);
  // A file chosen before the page has come alive would go unheard.
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeEnabled();
  await page
    .getByLabel('Restore from a backup file')
    .setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(
    page.getByText(
      'Restoring 30-60-90-plan-plan-to-keep.json brings back the plan in it; the rest of your planner data stays as it is:',
    ),
  ).toBeVisible();
  // Named by its title: a plan's file adds its plan or puts it back, no more (until December 7, "1 plan added,
  // changed or removed", and then "Your backup was restored.").
  await expect(page.getByText('“Plan to keep” is added')).toBeVisible();
  await expect(page.getByText(/loses? (its|their) tick/)).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Bring back this plan' }).click();
  await expect(page.getByRole('status')).toContainText('“Plan to keep” is back.');
  await expect(page.getByRole('link', { name: 'Plan to keep' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Another plan' })).toBeVisible();
  // A plan on its own is not a backup of everything: the reminder still counts the last whole backup.
  await expect(page.getByText('You have planner data but no backup yet')).toBeVisible();

  await page.getByRole('link', { name: 'Plan to keep' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Plan to keep');
  await expect(phase(page, 1).getByLabel('Goal', { exact: true })).toHaveValue('A goal to bring back');
  await openPlanner(page, ASPIRING);
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});

test('deleting the only plan puts the focus on + New plan, not on the page', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('The only plan');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('button', { name: '+ New plan' })).toBeFocused();
});

test('printing shows the clean plan and no controls', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('Printed plan');
  await phase(page, 1).getByRole('button', { name: 'Add a goal' }).click();
  await phase(page, 1).getByLabel('Goal', { exact: true }).fill('A goal to print');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Printed plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A goal to print' })).toBeVisible();
  // The footer prints its credit and licence, not its planners' links (responsive.spec.ts checks the addresses).
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /^CC BY-SA 4\.0/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Planners' })).toBeHidden();
});

/** The level of each heading a reader's heading list has, in order: hidden ones (print or screen) left out. */
async function headingLevels(page: Page): Promise<number[]> {
  return page.getByRole('heading').evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
}

/** Each heading is at most one level under the one before it, from the page's h1: none is skipped. */
function expectNoLevelSkipped(levels: number[]) {
  expect(levels[0]).toBe(1);
  levels.slice(1).forEach((level, i) => {
    expect(level, `heading ${i + 2} of ${levels.join(', ')}`).toBeLessThanOrEqual((levels[i] ?? 0) + 1);
  });
}

// An audit: each goal's title was an h4, a sibling of the "Goals" h4 it sits under, with its "Actions" an h5;
// and the phases were h3s, so a heading list put them inside "About this plan".
test('the plan’s headings nest as its parts do, in Edit and in print, with no level skipped', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('Outlined plan');
  const first = phase(page, 1);
  await first.getByRole('button', { name: 'Add a goal' }).click();
  await first.getByLabel('Goal', { exact: true }).fill('Know the team');
  await first.getByRole('button', { name: 'Add an action' }).click();
  await first.getByLabel('Action', { exact: true }).fill('Meet each CSM');
  await expect(page.getByRole('heading', { level: 2, name: 'About this plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Days/ })).toHaveCount(3);
  for (const part of ['Goals', 'People to meet', 'End-of-phase review']) {
    await expect(first.getByRole('heading', { level: 3, name: part })).toBeVisible();
  }
  await expect(first.getByRole('heading', { level: 4, name: 'Goal 1' })).toBeVisible();
  await expect(first.getByRole('heading', { level: 5, name: 'Actions' })).toBeVisible();
  expectNoLevelSkipped(await headingLevels(page));

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Outlined plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Days 1–30/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Know the team' })).toBeVisible();
  expectNoLevelSkipped(await headingLevels(page));
});

// An audit: the role printed bare before "· Start date (day 1): …", the one fact on the line without its name.
test('the printed plan names the role, as it names the start date and the reviewers', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Role it is for').fill('CSM Manager, EMEA');
  await page.getByLabel('Start date (day 1)').fill('2027-01-04');
  await page.getByLabel('Reviewed by (manager, mentor)').fill('Sam Mentor');
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.getByText(
      /^Role it is for: CSM Manager, EMEA · Start date \(day 1\): 4 Jan 2027 · Reviewed by: Sam Mentor · Printed /,
    ),
  ).toBeVisible();
});

/*
 * A tester, December 7: plan headings with dates looked reordered in Hebrew. A phase theme "30 לקוחות" (30
 * customers) written after the site's "Days 1–30: " took the heading's left-to-right direction: its figure was
 * drawn on the left of its words, the other way round from how it was written. The theme is isolated (<bdi>) and
 * drawn in its own direction, its figure on the right of its words (read first, right to left), the dates after it.
 */
test('a Hebrew phase theme in print is drawn in its own direction, between the phase’s days and its dates', async ({
  page,
}) => {
  const seeded = seedPlan({ title: 'תוכנית', goals: { 0: [{ text: 'מטרה' }] } });
  await openSeededPlan(page, {
    ...seeded,
    startDate: '2027-01-04',
    phases: seeded.phases.map((p, index) => (index === 0 ? { ...p, theme: '30 לקוחות' } : p)) as typeof seeded.phases,
  });
  await page.emulateMedia({ media: 'print' });
  const heading = page.getByRole('heading', { name: /^Days 1–30: / });
  await expect(heading).toHaveText('Days 1–30: 30 לקוחות (4 Jan – 2 Feb 2027)');
  const [days, lastLetter, firstLetter, figure, dates] = [
    await drawnX(heading, 'Days 1–30', 8),
    await drawnX(heading, 'לקוחות', 5),
    await drawnX(heading, 'לקוחות', 0),
    await drawnX(heading, '30 ל', 0),
    await drawnX(heading, '4 Jan', 0),
  ];
  // Right to left within the theme: "30" first, on the right, then its first letter on its left.
  expect(firstLetter).toBeLessThan(figure);
  // The theme as a whole between the site's words: after "Days 1–30", before its dates.
  expect(days).toBeLessThan(lastLetter);
  expect(figure).toBeLessThan(dates);
});

/*
 * The last stop's note (December 7): a Hebrew or Arabic title, goal or note typed into a field took the page's
 * left-to-right direction, so its punctuation and the caret's moves were the wrong way round. Each field takes its
 * direction from its text (`dir="auto"`), and so does the reader's text alone in an element of its own.
 */
test('right-to-left words: a Hebrew title and context are laid out right to left, in their fields and the plan list', async ({
  page,
}) => {
  await openBuilder(page);
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('תוכנית 90 יום, לצוות');
  expect(await drawnDirection(title)).toBe('rtl');
  const context_ = page.getByLabel('Context');
  await context_.fill('הקשר: לקוחות חדשים.');
  expect(await drawnDirection(context_)).toBe('rtl');
  // An English word first: the field stays left to right.
  await title.fill('Plan for תוכנית');
  expect(await drawnDirection(title)).toBe('ltr');
  await title.fill('תוכנית 90 יום, לצוות');
  await waitSaved(page);
  expect(await drawnDirection(page.getByRole('navigation').getByRole('button', { name: 'תוכנית 90 יום, לצוות' }))).toBe(
    'rtl',
  );
  // On paper (and in a review link's view), the title, the context and a goal are the reader's words alone too.
  await phase(page, 1).getByRole('button', { name: 'Add a goal' }).click();
  await phase(page, 1).getByLabel('Goal', { exact: true }).fill('30 לקוחות חדשים');
  await waitSaved(page);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.plan-print');
  expect(await drawnDirection(printed.getByRole('heading', { level: 1 }))).toBe('rtl');
  expect(await drawnDirection(printed.locator('.plan-print__context'))).toBe('rtl');
  expect(await drawnDirection(printed.getByRole('heading', { name: '30 לקוחות חדשים' }))).toBe('rtl');
});

test('hostile text stays inert in the page, the export and print', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openBuilder(page);
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.getByLabel('Title', { exact: true }).fill(hostile);
  await phase(page, 1).getByRole('button', { name: 'Add a goal' }).click();
  await phase(page, 1).getByLabel('Goal', { exact: true }).fill(`[link](javascript:window.__pwned=3) ${hostile}`);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(hostile);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('main img')).toHaveCount(0);
  expect(
    await page.locator('script').evaluateAll((scripts) => scripts.some((s) => s.textContent?.includes('__pwned'))),
  ).toBe(false);
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  // The export code loads on demand: the copy is done once the page says so.
  await expect(page.getByRole('status')).toContainText('Copied the plan as Markdown');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).not.toMatch(/(?<!\\)<(img|script)/);
  expect(markdown).toContain('\\[link\\](javascript:window.\\_\\_pwned=3)');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('keeps several plans: new, rename, duplicate, delete with undo', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('Mock interview plan');
  await waitSaved(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('dialog', { name: 'Start a new plan' }).getByRole('button', { name: 'Create the plan' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Real first quarter');
  await waitSaved(page);
  const list = page.getByRole('navigation', { name: 'Your plans' });
  const items = list.getByRole('list').getByRole('button');
  await expect(items).toHaveText(['Real first quarter', 'Mock interview plan']);

  await items.filter({ hasText: 'Mock interview plan' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Mock interview plan');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Copy of Mock interview plan');
  expect(await planKeys(page)).toHaveLength(3);

  await page.getByRole('button', { name: 'Delete…' }).click();
  await page
    .getByRole('dialog', { name: 'Delete “Copy of Mock interview plan”?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(items).toHaveCount(2);
  expect(await planKeys(page)).toHaveLength(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(3);
  expect(await planKeys(page)).toHaveLength(3);
});

test('the same plan edited in two tabs keeps both tabs’ text', async ({ context }) => {
  const first = await context.newPage();
  await openBuilder(first);
  await first.getByLabel('Title', { exact: true }).fill('Shared plan');
  await waitSaved(first);
  const second = await context.newPage();
  await openBuilder(second);
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Shared plan');

  // Each tab types into a different field before either has saved.
  await first.getByLabel('Role it is for').fill('Typed in tab one');
  await second.getByLabel('Context').fill('Typed in tab two');
  await waitSaved(first);
  await waitSaved(second);
  for (const tab of [first, second]) {
    await expect(tab.getByLabel('Role it is for')).toHaveValue('Typed in tab one');
    await expect(tab.getByLabel('Context')).toHaveValue('Typed in tab two');
  }
  await first.reload();
  await expect(first.getByLabel('Role it is for')).toHaveValue('Typed in tab one');
  await expect(first.getByLabel('Context')).toHaveValue('Typed in tab two');
});

test('plans are part of the backup', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Title', { exact: true }).fill('Backed up plan');
  await waitSaved(page);
  await page.goto(MY_PROGRESS);
  await expect(page.getByRole('link', { name: 'Backed up plan' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const backup = JSON.parse(await readFile((await (await download).path()) ?? '', 'utf8'));
  expect(Object.values(backup.plans).map((plan) => (plan as { title: string }).title)).toEqual(['Backed up plan']);
});

test('the aspiring leaders plan task links to the builder', async ({ page }) => {
  await openPlanner(page, ASPIRING);
  await page.getByRole('link', { name: '30-60-90 plan builder' }).click();
  await expect(page).toHaveURL(/\/plan-builder\/(\?plan=[a-z0-9-]+)?$/);
});

test('is axe clean with a goal, an action and a person', async ({ page }) => {
  await openBuilder(page);
  const p = phase(page, 1);
  await p.getByRole('button', { name: 'Add a goal' }).click();
  await p.getByRole('button', { name: 'Add an action' }).click();
  await p.getByRole('button', { name: 'Add a person' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('with storage blocked, "Not saved" is said in the colour of danger, not of success', async ({ page }) => {
  await blocksStorage(page);
  await page.goto('/plan-builder/');
  await expect(page.getByText(/Your progress is not being saved/)).toBeVisible();
  const said = page.getByText('Not saved', { exact: true });
  await expect(said).toBeVisible();
  const colourOf = (locator: typeof said) => locator.evaluate((element) => getComputedStyle(element).color);
  // Until December 5, afternoon, it was green, as "Saved" is.
  expect(await colourOf(said)).toBe(await colourOf(page.getByRole('button', { name: 'Delete…' })));
});

// Until December 7 the plan said "Not saved" after "Try saving again" had saved it: the retry wrote the waiting
// change, and only the plan's own next save told its save state so.
test('full storage: after "Try saving again" saves the plan, it says it is saved', async ({ page }) => {
  const storage = await tasksFillStorage(page, ':plan:');
  await openBuilder(page);
  await storage.fill();
  await page.getByLabel('Title', { exact: true }).fill('Plan for the new team');
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await expect(page.getByText(/storage is full/)).toBeVisible();

  await storage.free();
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByText(/storage is full/)).toHaveCount(0);
  expect(Object.values(await storedKeys(page)).join('')).toContain('Plan for the new team');
  await expect(page.getByText('Not saved', { exact: true })).toHaveCount(0);
  await waitSaved(page);
});

// Until December 7 a screen reader heard a failed save twice: the page's message that storage is full, and "Not
// saved" from the save state's own live region; and, once there was room again, "Saved" twice as well.
test('full storage: a screen reader hears once that the plan is not saved, and once that it is saved again', async ({
  page,
}) => {
  const said = await hearsLiveRegions(page);
  const saying = async (words: RegExp) => (await said()).filter((text) => words.test(text));
  const storage = await tasksFillStorage(page, ':plan:');
  await openBuilder(page);
  const title = page.getByLabel('Title', { exact: true });
  // With no message up, the save state is a status a screen reader hears.
  await title.fill('Plan for the team');
  await expect.poll(() => saying(/^sav/i)).toEqual(['Saving…', 'Saved in this browser']);

  await storage.fill();
  await title.fill('Plan for the new team');
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  const full = 'Storage is full: your last change is shown but could not be saved in this browser.';
  const fullSaid = page.getByRole('status').filter({ hasText: full });
  await expect(fullSaid).toBeVisible();
  await expect.poll(() => saying(/not saved|could not be saved/i)).toEqual([full]);

  await storage.free();
  await page.getByRole('button', { name: 'Try saving again' }).click();
  const roomAgain = 'Saved: there is room again and all your changes are stored.';
  await expect(page.getByRole('status').filter({ hasText: roomAgain })).toBeVisible();
  await expect(page.getByText('Not saved', { exact: true })).toHaveCount(0);
  await waitSaved(page);
  await expect.poll(() => saying(/^saved/i)).toEqual(['Saved in this browser', roomAgain]);
  // Nor later, when the message goes and the save state is heard again.
  await expect(page.getByRole('status').filter({ hasText: roomAgain })).toHaveCount(0, { timeout: 10_000 });
  expect(await saying(/^saved|not saved|could not be saved/i)).toEqual(['Saved in this browser', full, roomAgain]);
});

// Found by the evening's review (December 7): the save state was silenced for as long as any message was up, so a
// change not saved while an unrelated message showed ("Copied…") was never heard. It is quiet only for the state
// that comes with its own message.
test('full storage: a change not saved while another message shows is still heard not saved', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const said = await hearsLiveRegions(page);
  const storage = await tasksFillStorage(page, ':plan:');
  await openBuilder(page);
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Plan one');
  await waitSaved(page);
  await storage.fill();
  await title.fill('Plan two');
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const copied = page.getByRole('status').filter({ hasText: /^Copied/ });
  await expect(copied).toBeVisible();
  const before = (await said()).length;
  await title.fill('Plan three');
  await expect(page.getByText('Saving…', { exact: true })).toBeVisible();
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await expect(copied).toBeVisible();
  expect((await said()).slice(before)).toEqual(['Saving…', 'Not saved']);
});

/** A seeded plan starting on Monday 4 January 2027, with one action and one person, for the tests of "today". */
function datedPlan() {
  const plan = seedPlan({
    goals: { 0: [{ text: 'Know the team', actions: ['Meet each CSM'] }] },
    people: { 0: ['My Director or VP', 'Ana'] },
  });
  plan.startDate = '2027-01-04';
  const [action] = plan.phases[0].goals[0]?.actions ?? [];
  const [director, ana] = plan.phases[0].people;
  if (!action || !director || !ana) throw new Error('the seeded plan has an action and two people');
  action.due = { kind: 'day', day: 14 };
  director.byDay = 5;
  ana.byDay = 30;
  return { plan, action, director, ana };
}

// Reported on the built site: the timeline marked the person "⚠ Overdue", Edit did not.
test('a person not met by their day is marked overdue in Edit, as on the timeline', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-01-24T10:00:00') });
  const { plan, director, ana } = datedPlan();
  await openSeededPlan(page, plan);
  const late = page.locator(`#person-${director.id} .plan-action__due`);
  await expect(late).toContainText('Due 8 Jan 2027');
  await expect(late).toContainText('Overdue');
  await expect(page.locator(`#person-${ana.id} .plan-action__due`)).toHaveText('Due 2 Feb 2027');
  await page.getByLabel('Timeline').check();
  await expect(page.locator('.plan-timeline__mark', { hasText: 'My Director or VP' })).toContainText('Overdue');
  await page.getByLabel('Edit').check();
  await page.locator(`#person-${director.id}`).getByLabel('Met').check();
  await expect(late).toHaveText('Due 8 Jan 2027');
});

// Reported on the built site: still "Today: day 14" at 00:03 of day 15, until the view was switched.
test('left open overnight, the timeline’s today and Edit’s overdue marks move on at midnight', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-01-17T23:58:00') });
  const { plan, action } = datedPlan();
  await openSeededPlan(page, plan);
  const due = page.locator(`#action-${action.id} .plan-action__due`);
  await expect(due).toHaveText('Due 17 Jan 2027');
  await page.clock.runFor('05:00');
  await expect(due).toContainText('Overdue');
  await page.getByLabel('Timeline').check();
  const where = page.locator('.plan-timeline__where');
  await expect(where).toHaveText('Today: day 15');
  await page.clock.fastForward('24:00:00');
  await expect(where).toHaveText('Today: day 16');
});

/** Whether a field shows all its words: nothing scrolled out of it, sideways or down. */
const showsAll = (field: Locator) =>
  field.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1);

// December 7, late (a tester's report, R5): "Action" and "How success is measured" were inputs of one line, so a
// template's action of about 140 characters showed about 25 of them at 375 px ("Work through the learning c").
test('an action and its measure wrap and grow to show all their words, at 375 and 1280 px, and keep their lines', async ({
  page,
}) => {
  await openBuilder(page, `${BUILDER}?template=new-csm`);
  const first = phase(page, 1);
  const actions = first.getByRole('textbox', { name: 'Action', exact: true });
  const measures = first.getByLabel('How success is measured');
  const texts = await actions.evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
  const longest = texts.reduce((at, text, index) => (text.length > (texts[at] ?? '').length ? index : at), 0);
  expect(texts[longest]?.length).toBeGreaterThan(120);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await showsAll(actions.nth(longest)), `the longest action at ${width} px`).toBe(true);
    for (const measure of await measures.all()) expect(await showsAll(measure), `a measure at ${width} px`).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  // A line break typed at the start stays where it was typed, and the caret after it; a reload keeps both lines.
  const action = actions.nth(longest);
  await action.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('First:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('then');
  await expect(action).toHaveValue(`First:\nthen${texts[longest]}`);
  expect(await showsAll(action)).toBe(true);
  await waitSaved(page);
  await page.reload();
  await expect(phase(page, 1).getByRole('textbox', { name: 'Action', exact: true }).nth(longest)).toHaveValue(
    `First:\nthen${texts[longest]}`,
  );
});
