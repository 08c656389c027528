import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { unfoldContentLines } from '../support/ics';
import { seriousViolations } from './axe';
import { drawnDirection } from './drawn-order';
import { blockCode, expect, holdCode, test } from './fixtures';
import {
  countLiveButNotReadyFrames,
  hearsOtherTabsLate,
  holdsAutosaves,
  holdsOtherTabsSaves,
  isoDaysFromToday,
  releaseOtherTabsSaves,
  storedKeys,
  tagLook,
} from './planner-helpers';

/*
 * The manager toolkit on the CSM Manager Handbook page, as a manager uses it
 * on a Monday: what is due, this week's 1:1 agenda, a renewal review with
 * notes, both exported for GitLab; the data survives a reload and shows on
 * My progress. Monday 7 December 2026 is the first full week of December.
 */

const MANAGER = '/handbook/customer-success/csm/csm-manager/';

// Long journeys with several axe scans of a long page: allow for a busy machine.
test.describe.configure({ timeout: 240_000 });
const MONDAY = new Date('2026-12-07T09:00:00');

const panel = (page: Page, heading: string) =>
  page.locator('.tool-panel').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

/** Opens the manager page on `at` (Monday 7 December 2026 unless given), by Playwright's clock. */
async function open(page: Page, at: Date = MONDAY) {
  await page.clock.install({ time: at });
  await page.goto(MANAGER);
}

/** Scrolls a tool into view (it hydrates then) and waits until it is live. */
async function tool(page: Page, heading: string, live: string): Promise<Locator> {
  const found = panel(page, heading);
  await found.scrollIntoViewIfNeeded();
  await expect(found.getByRole('button', { name: live }).first()).toBeEnabled();
  return found;
}

/** Adds a member to the team roster with its name field and Add to team, and waits for them to be listed. */
async function addMember(team: Locator, name: string) {
  await team.getByRole('textbox', { name: 'First name or initials' }).fill(name);
  await team.getByRole('button', { name: 'Add to team' }).click();
  await expect(team.locator('.team-list__name').filter({ hasText: name })).toBeVisible();
}

/** The manager page open, with Your team alive and holding Ana, Ben and Cy, in that order. */
async function teamOfThree(page: Page): Promise<Locator> {
  await open(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  for (const name of ['Ana', 'Ben', 'Cy']) {
    await addMember(team, name);
  }
  return team;
}

/**
 * The 1:1 agenda on Monday 30 August 2027, a 5th week whether weeks start on Monday or Sunday, alive: with its
 * choice of agenda and the note of the 3rd week's first item; given `noted`, the 3rd week's agenda chosen and
 * that note written.
 */
async function fifthWeekAgenda(
  page: Page,
  noted?: string,
): Promise<{ agenda: Locator; choice: Locator; note: Locator }> {
  await open(page, new Date('2027-08-30T09:00:00'));
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  const choice = agenda.getByRole('combobox', { name: 'Agenda for this week (your choice)' });
  const note = agenda.getByRole('textbox', { name: 'Note: Adoption Risk (Red DevSecOps, Low License)' });
  if (noted !== undefined) {
    await choice.selectOption('3');
    await note.fill(noted);
  }
  return { agenda, choice, note };
}

/** Opens the tally's working, folded under the ranking. */
async function openWorking(club: Locator): Promise<void> {
  await club.getByText('Working, per category').click();
}

/**
 * Adds a CSM to the tally as a reader does: the new card's name field takes the focus; their name, team (if
 * given) and EBR figure, the figure left as a reader leaves it.
 */
async function addClubCsm(
  club: Locator,
  { name, ebr, team }: { name: string; ebr: string; team?: string | undefined },
) {
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  const card = club.locator('.club-csm').last();
  const nameField = card.getByRole('textbox', { name: 'CSM (first name or initials)' });
  // The new CSM's first field takes the focus.
  await expect(nameField).toBeFocused();
  await nameField.fill(name);
  if (team !== undefined) await card.getByRole('textbox', { name: 'Team' }).fill(team);
  const figure = card.getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  await figure.fill(ebr);
  await figure.blur();
}

/** Adds CSMs to the tally in turn, as addClubCsm does: each a name, an EBR figure and, where given, a team. */
async function addClubCsms(club: Locator, rows: readonly (readonly [name: string, ebr: string, team?: string])[]) {
  for (const [name, ebr, team] of rows) await addClubCsm(club, { name, ebr, team });
}

/** Expects a team's ranking to read, under its header, these rows in this order (`/Cy\s*50/`: Cy, 50 points). */
async function expectRanking(club: Locator, team: string, rows: readonly RegExp[]) {
  await expect(club.getByRole('table', { name: team, exact: true }).getByRole('row')).toHaveText([
    /CSM\s*Points/,
    ...rows,
  ]);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await download.path()) as string, 'utf8');
}

/** axe over the toolkit's panels (and any open dialog) as they are now; the whole page is scanned once per test elsewhere. */
async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('.tool-panel').include('dialog[open]').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Tabs down the page from its top until `target` has the focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 120 && !(await target.evaluate((link) => link === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

// A tool below the screen's foot is not alive yet when the keyboard gets to it: its controls must still be in the
// Tab order (focusable, marked unavailable), or Tab passes over the tool. Focus scrolls it into view, and it comes
// alive around the focus. The tests hold the tools' code back until the focus is there: whether the tool is still
// below the screen's foot when Tab reaches the link before it depends on where each Tab scrolled the page.
test('Tab reaches a tool’s controls: a tool not yet alive is not passed over, and works once alive', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const letThrough = await holdCode(page, 'tools');
  await page.goto(MANAGER);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Tab down the page to the review checklist's last link: the session tool follows the list.
  await tabTo(page, page.getByRole('link', { name: 'Renewal Review:' }));
  const checklist = panel(page, 'Review Checklist sessions');
  await expect(checklist.locator('astro-island[ssr]')).toHaveCount(1);
  const start = checklist.getByRole('button', { name: 'Start a Review Checklist' });
  await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await expect(start).toBeDisabled();
  // Alive, the control keeps the focus and does what it says.
  letThrough();
  await expect(start).toBeEnabled();
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(checklist.getByRole('heading', { name: /^Review Checklist, \d/ })).toBeFocused();
});

test('with a session in progress, Start reached by Tab before the tool is alive gives the focus to the session', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(MANAGER);
  const checklist = await tool(page, 'Review Checklist sessions', 'Start a Review Checklist');
  await checklist.getByRole('button', { name: 'Start a Review Checklist' }).click();
  await expect(checklist.getByRole('heading', { name: /^Review Checklist, \d/ })).toBeFocused();
  const letThrough = await holdCode(page, 'tools');
  await page.goto(MANAGER);
  await page.setViewportSize({ width: 1280, height: 800 });
  await tabTo(page, page.getByRole('link', { name: 'Renewal Review:' }));
  // The server's Start button takes the focus; alive, the tool shows the session in progress instead.
  await page.keyboard.press('Tab');
  await expect(checklist.getByRole('button', { name: 'Start a Review Checklist' })).toBeFocused();
  letThrough();
  await expect(checklist.getByRole('heading', { name: /^Review Checklist, \d.* In progress$/ })).toBeFocused();
  await expect(checklist.getByRole('button', { name: /^Start a/ })).toHaveCount(0);
});

// December 7, afternoon (a reader's review): with the clipboard refused, a review session's Copy as Markdown said
// "Could not copy. The Markdown is in the box below: select it and copy.", not the sentence every other page says.
test('when the clipboard is refused, a review session’s Markdown is shown to copy by hand, said as on every page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto(MANAGER);
  const checklist = await tool(page, 'Review Checklist sessions', 'Start a Review Checklist');
  await checklist.getByRole('button', { name: 'Start a Review Checklist' }).click();
  await checklist.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Could not copy: the Markdown is shown below, select it and copy it.',
  );
  await expect(checklist.getByRole('textbox', { name: 'Copy as Markdown' })).toHaveValue(/Review Checklist/);
});

test('a tool not yet alive: its controls are reached, say they are unavailable, and do nothing until it is', async ({
  page,
}) => {
  // No smooth scrolling, as in the tests above: a focus's smooth scroll could still be moving the page when a
  // click scrolled its target into view, and leave it outside the screen (a clean-clone CI run, December 5).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(MANAGER);
  const letThrough = await holdCode(page, 'tools');
  const before = await storedKeys(page);
  const name = page.getByRole('textbox', { name: 'First name or initials' });
  await name.focus();
  await expect(name).toBeFocused();
  // Announced as unavailable (aria-disabled), and nothing the browser would do on its own happens. (The name field
  // takes words at once, and keeps them as the tool comes alive: the next test.)
  await page.keyboard.press('Tab');
  const add = page.getByRole('button', { name: 'Add to team' });
  await expect(add).toBeFocused();
  await expect(add).toBeDisabled();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await add.click({ force: true });
  const weekStart = page.getByRole('combobox', { name: 'Weeks start on' });
  await weekStart.focus();
  await page.keyboard.press('ArrowDown');
  await expect(weekStart).toHaveValue('monday');
  const twoDays = page.getByRole('radio', { name: 'Two days of each month' });
  await twoDays.focus();
  await page.keyboard.press('Space');
  await page.getByText('Two days of each month').click({ force: true });
  await expect(twoDays).not.toBeChecked();
  // Nothing was sent (the page is the same) and nothing stored.
  await expect(page).toHaveURL(new RegExp(`${MANAGER}$`));
  expect(await storedKeys(page)).toEqual(before);
  await expect(page.locator('astro-island[ssr]').first()).toBeAttached();

  letThrough();
  await expect(add).toBeEnabled();
  await name.fill('Ann');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Ann' })).toBeVisible();
});

test('a name typed into Your team before the tool is alive is kept as it comes alive, and Enter then adds it', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(MANAGER);
  const letThrough = await holdCode(page, 'tools');
  const before = await storedKeys(page);
  const team = panel(page, 'Your team: 1:1s and IDP syncs');
  const name = team.getByRole('textbox', { name: 'First name or initials' });
  await name.focus();
  await page.keyboard.type('Ann');
  await expect(name).toHaveValue('Ann');
  // Adding needs the tool: Enter and Add to team do nothing yet, and Add says it is unavailable.
  await page.keyboard.press('Enter');
  const add = team.getByRole('button', { name: 'Add to team' });
  await expect(add).toBeDisabled();
  await add.click({ force: true });
  await expect(page).toHaveURL(new RegExp(`${MANAGER}$`));
  expect(await storedKeys(page)).toEqual(before);
  await expect(team.locator('astro-island[ssr]')).toHaveCount(1);
  await expectAxeClean(page);

  letThrough();
  await expect(add).toBeEnabled();
  // The press on Add, the reader still on it, is made once the tool is alive, with the name typed: Ann, once.
  await expect(team.getByRole('button', { name: 'Remove Ann' })).toHaveCount(1);
  await expect(name).toHaveValue('');
  await name.focus();
  await page.keyboard.type('Bea');
  await page.keyboard.press('Enter');
  await expect(team.getByRole('button', { name: 'Remove Bea' })).toBeVisible();
  await expect(name).toHaveValue('');
  await page.reload();
  const after = panel(page, 'Your team: 1:1s and IDP syncs');
  await expect(after.getByRole('button', { name: /^Remove / })).toHaveText(['Remove Ann', 'Remove Bea']);
});

test("a press on a tool's button before the tool is alive is made once it is alive, if the reader is still on it", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(MANAGER);
  const letThrough = await holdCode(page, 'tools');
  const review = panel(page, 'Success Plan Review sessions');
  const start = review.getByRole('button', { name: 'Start a Success Plan Review' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(start).toBeDisabled();
  await expect(review.getByRole('button', { name: 'Finish review' })).toHaveCount(0);
  // A second press while waiting is the same press: one session, not two.
  await page.keyboard.press('Enter');
  // Pressed on one tool, then gone on to another: only the press the reader is still on is made.
  const checklist = panel(page, 'Review Checklist sessions');
  const other = checklist.getByRole('button', { name: 'Start a Review Checklist' });
  await other.focus();
  await page.keyboard.press('Enter');
  await start.focus();
  await page.keyboard.press('Enter');
  letThrough();
  await expect(review.getByRole('button', { name: 'Finish review' })).toBeVisible();
  await expect(review.getByRole('button', { name: 'Finish review' })).toHaveCount(1);
  await expect(other).toBeEnabled();
  await expect(checklist.getByRole('button', { name: 'Finish review' })).toHaveCount(0);
  await expectAxeClean(page);
});

// Spaces alone were not added, and nothing said why: Enter did nothing at all.
test('a name of spaces only is not added to Your team, and the field says why', async ({ page }) => {
  await page.goto(MANAGER);
  const team = panel(page, 'Your team: 1:1s and IDP syncs');
  const name = team.getByRole('textbox', { name: 'First name or initials' });
  await name.scrollIntoViewIfNeeded();
  await expect(team.getByRole('button', { name: 'Add to team' })).toBeEnabled();
  await name.fill('   ');
  await name.press('Enter');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('A name needs more than spaces. Not added.');
  await expect(page.getByRole('status')).toHaveText('A name needs more than spaces. Not added.');
  await name.fill('Ann');
  await name.press('Enter');
  await expect(team.getByRole('button', { name: 'Remove Ann' })).toBeVisible();
  await expect(name).not.toHaveAttribute('aria-invalid');
});

// A tester's review (December 7, late night): "A name needs more than spaces. Not added." stayed on screen for its six seconds
// while the reader added two names, saying they had not.
test('the message refusing a name of spaces goes as soon as the next name is added', async ({ page }) => {
  await page.goto(MANAGER);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  const name = team.getByRole('textbox', { name: 'First name or initials' });
  await name.fill('   ');
  await name.press('Enter');
  await expect(page.getByRole('status')).toHaveText('A name needs more than spaces. Not added.');
  await name.fill('Ann');
  await name.press('Enter');
  await expect(team.getByRole('button', { name: 'Remove Ann' })).toBeVisible();
  // Well within the message's six seconds.
  await expect(page.getByRole('status')).toHaveText('', { timeout: 1_500 });
});

test('the message refusing a figure or two alike Renewal Review days goes once the field is put right', async ({
  page,
}) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsm(club, { name: 'Ana', ebr: '150' });
  await expect(page.getByRole('status')).toHaveText('A percentage is between 0 and 100. Not saved.');
  const ebr = club.getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  await ebr.fill('90');
  await ebr.blur();
  await expect(ebr).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('status')).toHaveText('', { timeout: 1_500 });

  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  await due.getByRole('radio', { name: 'Two days of each month' }).check();
  const second = due.getByRole('combobox', { name: 'Second day' });
  await second.selectOption('1');
  await expect(page.getByRole('status')).toHaveText(
    'Choose two different days: day 1 twice is once a month. Not saved.',
  );
  await second.selectOption('5');
  await expect(second).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('status')).toHaveText('', { timeout: 1_500 });
});

// A tester's review (December 7, late night): a 300-character name pasted into the roster's or the tally's name field was cut to
// its 40 characters by the field without a word, where a note, a plan's title or a piece of evidence says so.
test('a name pasted past its limit into Your team or the tally is cut, counted, and the page says how much was left out', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const paste = async (field: Locator, text: string) => {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
  };
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  const name = team.getByRole('textbox', { name: 'First name or initials' });
  await paste(name, 'N'.repeat(300));
  await expect(name).toHaveValue('N'.repeat(40));
  await expect(page.getByRole('status')).toHaveText(
    'First name or initials is full at 40 characters: nothing past that is kept (260 left out).',
  );
  await expect(team.getByText('40 / 40', { exact: true })).toBeVisible();
  await expect(name).toHaveAccessibleDescription('40 of 40 characters');
  await name.press('Enter');
  await expect(team.getByRole('button', { name: `Remove ${'N'.repeat(40)}` })).toBeVisible();
  // The field is empty again, and so is its count.
  await expect(name).toHaveValue('');
  await expect(team.getByText('40 / 40', { exact: true })).toHaveCount(0);

  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  const csm = club.getByRole('textbox', { name: 'CSM (first name or initials)' });
  await expect(csm).toBeFocused();
  await paste(csm, 'C'.repeat(300));
  await expect(csm).toHaveValue('C'.repeat(40));
  await expect(page.getByRole('status')).toHaveText(
    'CSM (first name or initials) is full at 40 characters: nothing past that is kept (260 left out).',
  );
  await expect(csm).toHaveAccessibleDescription('40 of 40 characters');
  const csmTeam = club.getByRole('textbox', { name: 'Team' });
  await paste(csmTeam, 'T'.repeat(300));
  await expect(csmTeam).toHaveValue('T'.repeat(80));
  await expect(page.getByRole('status')).toHaveText(
    'Team is full at 80 characters: nothing past that is kept (220 left out).',
  );
  await expect(csmTeam).toHaveAccessibleDescription('80 of 80 characters');
  await expect(club.locator('.club-csm legend')).toHaveText('C'.repeat(40));
});

test('a tool not yet alive says it is opening, never that the reader has nothing: the team, the calls, the sessions, the tally', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await addMember(team, 'Ana');
  await team.getByRole('button', { name: 'Reviewed a call' }).click();
  await expect(team.getByText('1 call reviewed this week')).toBeVisible();
  const checklist = await tool(page, 'Review Checklist sessions', 'Start a Review Checklist');
  await checklist.getByRole('button', { name: 'Start a Review Checklist' }).click();
  await expect(checklist.getByRole('heading', { name: /^Review Checklist, \d.* In progress$/ })).toBeFocused();
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  await expect(club.getByRole('textbox', { name: 'CSM (first name or initials)' })).toBeFocused();

  // The tools' code is on its way: each tool scrolled into view says so, not "No one yet" or "0 calls".
  const letThrough = await holdCode(page, 'tools');
  await page.reload();
  const nothing = /No one yet|0 calls reviewed|No session yet|No CSM yet/;
  for (const [heading, where] of [
    ['Your team: 1:1s and IDP syncs', team],
    ['Review Checklist sessions', checklist],
    ['President’s Club tally', club],
  ] as const) {
    await panel(page, heading).scrollIntoViewIfNeeded();
    await expect(where.locator('astro-island[ssr]')).toHaveCount(1);
    await expect(where.getByText('Opening…').first()).toBeVisible();
    await expect(where.getByText(nothing)).toHaveCount(0);
  }
  await expectAxeClean(page);

  letThrough();
  await expect(team.getByRole('button', { name: 'Remove Ana' })).toBeVisible();
  await expect(team.getByText('1 call reviewed this week')).toBeVisible();
  await expect(checklist.getByRole('heading', { name: /^Review Checklist, \d.* In progress$/ })).toBeVisible();
  // The CSM added before the reload, on their card's line (folded: not added on this page).
  await expect(club.getByRole('button', { name: 'Remove CSM 1' })).toBeVisible();
  for (const where of [team, checklist, club]) await expect(where.getByText('Opening…')).toHaveCount(0);
});

test('What is due: Tab lands on its list before it is alive, and the focus stays there as the states come in', async ({
  page,
}) => {
  await page.goto(MANAGER);
  const letThrough = await holdCode(page, 'tools');
  await page.getByRole('link', { name: 'Link to this section: Review Processes' }).focus();
  await page.keyboard.press('Tab');
  const due = panel(page, 'What is due');
  const link = page.getByRole('link', { name: 'Triage and Health Review', exact: true });
  const triage = due.getByRole('listitem').filter({ has: link });
  await expect(triage.getByRole('link')).toBeFocused();
  await expect(due.locator('astro-island[ssr]')).toHaveCount(1);
  letThrough();
  await expect(triage).toContainText('Due');
  await expect(triage.getByRole('link')).toBeFocused();
});

test('a tool scrolled into view comes alive with its records: no frame shows it live but still disabled', async ({
  page,
}) => {
  const frames = await countLiveButNotReadyFrames(page, '#manager-member-name + button[aria-disabled="true"]');
  await page.goto(MANAGER);
  await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await expect(page.getByRole('button', { name: 'Add to team' })).toBeEnabled();
  expect(await frames()).toBe(0);
});

test('Monday: what is due, this week’s agenda, a renewal review with notes, both exported; kept after a reload', async ({
  page,
}) => {
  await open(page);
  expect(await seriousViolations(page)).toEqual([]);

  // What is due: nothing done yet; the renewal days are the reader's to choose.
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  const row = (name: string) =>
    due.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row('Triage and Health Review')).toContainText('Due');
  await expect(row('Renewal Review')).toContainText('no days chosen yet');
  await expect(row('Customer Onboarding Review')).toContainText('No due date');
  // December 7, afternoon: the choice filled in day 1 and day 15 unsaid, then called them "your choice"; the
  // choice now says the days it starts with (December 8: as where it starts, not as days in use).
  await due
    .getByRole('radio', {
      name: 'Two days of each month, which you pick (day 1 and day 15 to start with)',
      exact: true,
    })
    .check();
  await expect(row('Renewal Review')).toContainText('on day 1 and day 15 of each month (your choice)');
  await expect(row('Renewal Review')).toContainText('Due');
  await expectAxeClean(page);

  // This week's 1:1 agenda: the seed's 1st week, ending with Discussion.
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await expect(agenda).toContainText('1st week of December 2026 (the first full week of the month)');
  const items = agenda.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.nth(1)).toContainText('Development: Personal Growth Plan');
  await expect(items.nth(3)).toContainText('Discussion');
  await agenda
    .getByRole('textbox', { name: 'Note: Development: Personal Growth Plan' })
    .fill('Ask about the <course> @sam');
  const agendaMd = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
  expect(agendaMd).toContain('## 1:1 agenda, week of 7 Dec 2026');
  expect(agendaMd).toContain('- [ ] Development: Personal Growth Plan\\');
  expect(agendaMd).toContain('Note: Ask about the \\<course\\> \\@sam');
  expect(agendaMd).toContain('- [ ] Discussion');
  const agendaIcs = await downloaded(page, () =>
    agenda.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  );
  expect(agendaIcs).toContain('RRULE:FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270307');
  expect(agendaIcs).toContain('UID:manager.agenda-week-2@csm-handbook');

  // A renewal review with notes, finished and exported as a GitLab issue.
  const renewal = await tool(page, 'Renewal Review sessions', 'Start a Renewal Review');
  await renewal.getByRole('button', { name: 'Start a Renewal Review' }).click();
  await expect(renewal.getByRole('heading', { name: /Renewal Review, 7 Dec 2026/ })).toBeFocused();
  await renewal.getByRole('checkbox', { name: 'Which renewals are coming this quarter?' }).check();
  await renewal
    .getByRole('textbox', { name: 'Note: Which renewals are coming this quarter?' })
    .fill('Two renewals: ACME <b>at risk</b>, #42');
  await renewal.getByRole('button', { name: 'Finish review' }).click();
  await expect(renewal).toContainText('Finished');
  await expectAxeClean(page);
  const reviewMd = await downloaded(page, () => renewal.getByRole('button', { name: 'Download .md' }).click());
  expect(reviewMd).toContain('## Renewal Review: 7 Dec 2026');
  expect(reviewMd).toContain('- [x] Which renewals are coming this quarter?\\');
  expect(reviewMd).toContain('Note: Two renewals: ACME \\<b\\>at risk\\</b\\>, \\#42');
  expect(reviewMd).toContain('- [ ] Is the health of each account up to date?');
  expect(reviewMd).toContain(`(http://127.0.0.1:`);
  await expect(row('Renewal Review')).toContainText('Done');

  // Everything is still there after a reload.
  await page.reload({ waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1, name: 'CSM Manager Handbook' })).toBeVisible();
  const dueAgain = await tool(page, 'What is due', 'Download calendar (.ics)');
  await expect(
    dueAgain.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Renewal Review', exact: true }) }),
  ).toContainText('Done');
  const agendaAgain = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await expect(agendaAgain.getByRole('textbox', { name: 'Note: Development: Personal Growth Plan' })).toHaveValue(
    'Ask about the <course> @sam',
  );
  const renewalAgain = await tool(page, 'Renewal Review sessions', 'Open');
  await expect(renewalAgain.getByRole('listitem').filter({ hasText: '7 Dec 2026' })).toContainText('1 of 5 ticked');

  // Next week: the open item is carried over, under the 2nd week's agenda.
  await agendaAgain.getByRole('button', { name: 'Next week' }).click();
  await expect(agendaAgain).toContainText('2nd week of December 2026');
  await expect(agendaAgain.getByRole('heading', { name: 'Carried over' })).toBeVisible();
  await expect(agendaAgain).toContainText('from the week of 7 Dec 2026');
  await expectAxeClean(page);

  // My progress: my week as a manager.
  await page.goto('/my-progress/');
  const week = page.locator('.tool-panel').filter({ has: page.getByRole('heading', { name: 'My week as a manager' }) });
  await week.scrollIntoViewIfNeeded();
  await expect(week.getByRole('listitem').filter({ hasText: 'Renewal Review' })).toContainText('Done');
  await expect(week).toContainText('1st week of December 2026');
  await expectAxeClean(page);
});

test('My progress: the toolkit link a keyboard reader reached before “My week as a manager” came alive keeps the focus', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(MANAGER);
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  await due.getByRole('radio', { name: 'Two days of each month' }).check();
  // The week's code is on its way until the focus is on the link the server rendered (no records shown yet).
  const letThrough = await holdCode(page, 'ManagerWeek');
  await page.goto('/my-progress/');
  const week = page.locator('.tool-panel').filter({ has: page.getByRole('heading', { name: 'My week as a manager' }) });
  const link = week.getByRole('link', { name: 'Open the manager toolkit' });
  await tabTo(page, link);
  letThrough();
  // Alive, the week shows the reader's records, and the link they were on keeps the focus.
  await expect(week.getByRole('listitem').filter({ hasText: 'Renewal Review' })).toBeVisible();
  await expect(link).toBeFocused();
});

test('a note typed just before the page is reloaded is kept: leaving the page saves what waits for the autosave pause', async ({
  page,
}) => {
  await open(page);
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  const note = 'Note: Development: Personal Growth Plan';
  // Notes save half a second after the last key; the reload comes sooner.
  await agenda.getByRole('textbox', { name: note }).fill('Said yes to the course');
  await page.reload({ waitUntil: 'load' });
  const again = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await expect(again.getByRole('textbox', { name: note })).toHaveValue('Said yes to the course');
});

test('My progress names a 5th week in one sentence, with one full stop', async ({ page }) => {
  await open(page, new Date('2027-03-30T09:00:00'));
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  await due.getByRole('radio', { name: 'Two days of each month' }).check();
  await page.goto('/my-progress/');
  const week = page.locator('.tool-panel').filter({ has: page.getByRole('heading', { name: 'My week as a manager' }) });
  await week.scrollIntoViewIfNeeded();
  await expect(week).toContainText(
    'This week’s 1:1 agenda: A 5th week after the 4th week of March 2027: the handbook defines no agenda for it.',
  );
  await expect(week).not.toContainText('..');
});

test('a 5th week is labelled as not defined by the handbook; the agenda picked for it is shown as the reader’s choice', async ({
  page,
}) => {
  await open(page, new Date('2027-03-30T09:00:00'));
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await expect(agenda).toContainText(
    'A 5th week after the 4th week of March 2027: the handbook defines no agenda for it.',
  );
  await expect(agenda).toContainText('No agenda chosen for this week.');
  await agenda.getByRole('combobox', { name: 'Agenda for this week (your choice)' }).selectOption('3');
  await expect(agenda.getByRole('listitem').first()).toContainText('Adoption Risk (Red DevSecOps, Low License)');
  await expectAxeClean(page);
  const md = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
  expect(md).toContain('Agenda of the 3rd week, my choice.');
});

test.describe('weeks start on Sunday instead of Monday: the setting changes how weeks are drawn, not what is shown', () => {
  const weekStartOn = async (page: Page, day: 'monday' | 'sunday') => {
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    await due.getByRole('combobox', { name: 'Weeks start on' }).selectOption(day);
  };
  const carried = (agenda: Locator) => agenda.locator('ul.tool-items > li').filter({ hasText: 'from the week of' });

  test('1:1 agenda notes written with Monday weeks stay shown, carried over and exported with Sunday weeks', async ({
    page,
  }) => {
    // Monday 22 March 2027, the 4th week of March; the 29th starts a 5th week.
    await open(page, new Date('2027-03-22T09:00:00'));
    const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
    await agenda.getByRole('textbox', { name: 'Note: Renewals, At Risk Accounts, Red Scorecards' }).fill('Acme churn');
    await agenda.getByRole('button', { name: 'Next week' }).click();
    await agenda.getByRole('combobox', { name: 'Agenda for this week (your choice)' }).selectOption('3');
    await agenda.getByRole('textbox', { name: 'Note: Adoption Risk (Red DevSecOps, Low License)' }).fill('Red Globex');
    await agenda.getByRole('button', { name: 'Next week' }).click();
    await expect(agenda).toContainText('1st week of April 2027');
    await expect(carried(agenda)).toHaveCount(2);

    await weekStartOn(page, 'sunday');
    // Sunday 4 April starts the 1st week of April: both notes still carry over into it.
    await expect(agenda).toContainText('1st week of April 2027');
    await expect(agenda.getByRole('heading', { name: 'Carried over' })).toBeVisible();
    await expect(carried(agenda)).toHaveCount(2);
    await expect(carried(agenda).first()).toContainText('Acme churn');
    await expect(carried(agenda).last()).toContainText('Red Globex');
    const md = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
    expect(md).toContain('### Carried over');
    expect(md).toContain('Earlier: Acme churn');
    expect(md).toContain('Earlier: Red Globex');
    // The Sunday week of 28 March holds Monday 29 March: its note is shown there, naming its agenda.
    await agenda.getByRole('button', { name: 'Previous week' }).click();
    await expect(agenda).toContainText('4th week of March 2027');
    await expect(agenda.getByRole('textbox', { name: 'Note: Adoption Risk (Red DevSecOps, Low License)' })).toHaveValue(
      'Red Globex',
    );
    await expect(agenda).toContainText('From the 3rd week’s agenda, noted in the week of 29 Mar 2027.');
    await expectAxeClean(page);

    // Back to Monday weeks: everything as it was (28 March is in the Monday week of 22 March).
    await weekStartOn(page, 'monday');
    await expect(agenda).toContainText('4th week of March 2027');
    await agenda.getByRole('button', { name: 'Next week' }).click();
    await expect(agenda.getByRole('textbox', { name: 'Note: Adoption Risk (Red DevSecOps, Low License)' })).toHaveValue(
      'Red Globex',
    );
    await agenda.getByRole('button', { name: 'Next week' }).click();
    await expect(agenda).toContainText('1st week of April 2027');
    await expect(carried(agenda)).toHaveCount(2);
  });

  test('a 5th week’s agenda is the one last chosen for it with either setting, wherever its days were stored first', async ({
    page,
  }) => {
    // Monday 30 August 2027: a 5th week whether weeks start on Monday (30 August) or Sunday (29 August).
    const { agenda, choice, note } = await fifthWeekAgenda(page);
    // With Sunday weeks, an agenda picked for the week of 29 August and taken back: that week is stored.
    await weekStartOn(page, 'sunday');
    await choice.selectOption('1');
    await choice.selectOption('');
    // With Monday weeks, the 3rd week's agenda chosen for the week of 30 August, and a note on it.
    await weekStartOn(page, 'monday');
    await choice.selectOption('3');
    await note.fill('Red Globex');

    // Back to Sunday weeks: the week of 29 August shows both stored weeks, on the agenda chosen last.
    await weekStartOn(page, 'sunday');
    await expect(agenda).toContainText('A 5th week after the 4th week of August 2027');
    await expect(choice).toHaveValue('3');
    await expect(agenda).not.toContainText('No agenda chosen for this week.');
    await expect(note).toHaveValue('Red Globex');
    await expect(agenda).not.toContainText('From the 3rd week’s agenda');
    const md = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
    expect(md).toContain('Agenda of the 3rd week, my choice.');
    // One choice for the week: taken back with Sunday weeks, it is taken back with Monday weeks too.
    await choice.selectOption('');
    await expect(agenda).toContainText('No agenda chosen for this week.');
    await weekStartOn(page, 'monday');
    await expect(choice).toHaveValue('');
    await expect(agenda).toContainText('No agenda chosen for this week.');
    await expect(agenda).toContainText('From the 3rd week’s agenda, noted in the week of 30 Aug 2027.');
  });

  test('call reviews counted with Monday weeks are still this week’s with Sunday weeks, and new calls add to them', async ({
    page,
  }) => {
    // Wednesday 31 March 2027.
    await open(page, new Date('2027-03-31T09:00:00'));
    const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await expect(team).toContainText('2 calls reviewed this week');

    await weekStartOn(page, 'sunday');
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    const callsRow = due
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Call reviews this week', exact: true }) });
    await expect(team).toContainText('2 calls reviewed this week');
    await expect(callsRow).toContainText('2 this week');
    await expect(team.getByRole('button', { name: 'Take one off' })).toBeEnabled();
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await expect(team).toContainText('3 calls reviewed this week');
    await expect(callsRow).toContainText('3 this week');

    await weekStartOn(page, 'monday');
    await expect(team).toContainText('3 calls reviewed this week');
    // One stored week, not one per setting.
    const weeks = await page.evaluate(
      () => JSON.parse(localStorage.getItem('csm-handbook:manager:calls') ?? '{}').weeks as { week: string }[],
    );
    expect(weeks.map((w) => w.week)).toEqual(['2027-03-29']);
  });
});

test('a 5th week’s note not ticked done keeps carrying over whatever agenda is chosen for the week afterwards', async ({
  page,
}) => {
  // Monday 30 August 2027 is a 5th week: a note on the 3rd week's agenda.
  const { agenda, choice, note } = await fifthWeekAgenda(page, 'Red Initech');
  for (const other of ['1', '']) {
    await choice.selectOption(other);
    // Still shown in its week, with the agenda it was noted under.
    await expect(note).toHaveValue('Red Initech');
    await expect(agenda).toContainText('From the 3rd week’s agenda, noted in the week of 30 Aug 2027.');
    await agenda.getByRole('button', { name: 'Next week' }).click();
    await expect(agenda).toContainText('1st week of September 2027');
    await expect(agenda.locator('ul.tool-items > li')).toContainText('Adoption Risk (Red DevSecOps, Low License)');
    await expect(agenda.locator('ul.tool-items > li')).toContainText('Red Initech');
    await agenda.getByRole('button', { name: 'Previous week' }).click();
  }
  await expect(agenda).toContainText('No agenda chosen for this week.');
});

test('an open item the week’s agenda holds again is listed once, in its place: a 5th week with the 4th week’s agenda', async ({
  page,
}) => {
  // With the 4th week's agenda chosen for the 5th week after it, the 4th week's open item was on the agenda and
  // under Carried over: two boxes, and two notes, of one name.
  await open(page, new Date('2027-08-23T09:00:00'));
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  const title = 'Renewals, At Risk Accounts, Red Scorecards';
  await agenda.getByRole('textbox', { name: `Note: ${title}` }).fill('Ask about Acme');
  await agenda.getByRole('button', { name: 'Next week' }).click();
  await agenda.getByRole('combobox', { name: 'Agenda for this week (your choice)' }).selectOption('4');
  const box = agenda.getByRole('checkbox', { name: title });
  await expect(box).toHaveCount(1);
  await expect(agenda.getByRole('textbox', { name: `Note: ${title}` })).toHaveCount(1);
  await expect(agenda.getByRole('heading', { name: 'Carried over' })).toHaveCount(0);
  // In its place on the agenda, saying where it comes from and what was noted then.
  await expect(agenda.locator('ol.tool-items > li').first()).toContainText(
    `${title}carried over from the week of 23 Aug 2027 · Earlier: Ask about Acme`,
  );
  const md = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
  expect(md.split(title)).toHaveLength(2);
  expect(md).toContain(`- [ ] ${title} (carried over from the week of 23 Aug 2027)\\\n  Earlier: Ask about Acme\n`);
  expect(md).not.toContain('Carried over');
  await expectAxeClean(page);
  // Ticked there, it is done: the week after carries nothing.
  await box.check();
  await agenda.getByRole('button', { name: 'Next week' }).click();
  await expect(agenda).toContainText('1st week of September 2027');
  await expect(agenda.getByRole('heading', { name: 'Carried over' })).toHaveCount(0);
});

// A fourth audit: an item left open in two stored weeks (the 2nd week's OKR item, and the 4th week's item of the same
// name noted while the 2nd week's was listed apart) was carried over twice; where the agenda held it again, one took
// its place and the other stayed under Carried over, one name twice with two dates.
test('an item of one name left open in two earlier weeks is listed once, carried over from the earlier week, on the page, in print and in Markdown', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const week = (start: string, key: string, note: string) =>
      localStorage.setItem(
        `csm-handbook:manager:agenda-${start}`,
        JSON.stringify({ v: 2, kind: 'agenda', week: start, items: { [key]: { done: false, note } }, updatedAt: 1 }),
      );
    week('2027-08-09', 'a2-3', 'Big Rock slipped');
    week('2027-08-23', 'a4-2', 'OKRs behind plan');
  });
  // Monday 13 September 2027: the 2nd week, whose agenda holds the item again.
  await open(page, new Date('2027-09-13T09:00:00'));
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  const title = 'OKR /Big Rock initiatives progress';
  const box = agenda.getByRole('checkbox', { name: title });
  await expect(box).toHaveCount(1);
  await expect(agenda.getByRole('textbox', { name: `Note: ${title}` })).toHaveCount(1);
  await expect(agenda.getByRole('heading', { name: 'Carried over' })).toHaveCount(0);
  // In its place, open since the earlier week, with the latest note.
  await expect(agenda.locator('ol.tool-items > li').nth(2)).toContainText(
    `${title}carried over from the week of 9 Aug 2027 · Earlier: OKRs behind plan`,
  );
  await expect(agenda).not.toContainText('23 Aug 2027');
  await page.emulateMedia({ media: 'print' });
  await expect(agenda.getByText(title)).toHaveCount(1);
  await expect(agenda.getByText(title)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  const md = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
  expect(md.split(title)).toHaveLength(2);
  expect(md).toContain(`- [ ] ${title} (carried over from the week of 9 Aug 2027)\\\n  Earlier: OKRs behind plan\n`);
  expect(md).not.toContain('Carried over');
  await expectAxeClean(page);
  // Ticked there, it is done: the weeks after carry nothing of that name.
  await box.check();
  await agenda.getByRole('button', { name: 'Next week' }).click();
  await expect(agenda).toContainText('3rd week of September 2027');
  await expect(agenda.getByRole('heading', { name: 'Carried over' })).toHaveCount(0);
  await agenda.getByRole('button', { name: 'Next week' }).click();
  await expect(agenda).toContainText('4th week of September 2027');
  await expect(agenda.getByRole('checkbox', { name: title })).toHaveCount(1);
  await expect(agenda).not.toContainText('carried over from');
});

test('a note from another agenda is shown apart from the week’s numbered agenda, saying where it was noted, on the page and in Markdown', async ({
  page,
}) => {
  // Monday 30 August 2027 is a 5th week: a note on the 3rd week's agenda, then the 1st week's chosen instead.
  const { agenda, choice, note } = await fifthWeekAgenda(page, 'Red Initech');
  await choice.selectOption('1');
  // The numbered list is the handbook's 1st week agenda, its four items and only them.
  const numbered = agenda.locator('ol > li');
  await expect(numbered).toHaveCount(4);
  await expect(numbered.last()).toContainText('Discussion');
  await expect(numbered.getByRole('textbox', { name: 'Note: Adoption Risk (Red DevSecOps, Low License)' })).toHaveCount(
    0,
  );
  // The note is kept under a heading of its own after it, saying where it was noted.
  await expect(agenda.getByRole('heading', { name: 'Other notes this week' })).toBeVisible();
  const apart = agenda
    .getByRole('list')
    .filter({ has: page.getByRole('textbox', { name: 'Note: Adoption Risk (Red DevSecOps, Low License)' }) });
  await expect(apart.getByRole('listitem')).toHaveCount(1);
  await expect(apart).toContainText('From the 3rd week’s agenda, noted in the week of 30 Aug 2027.');
  await expect(note).toHaveValue('Red Initech');
  await expectAxeClean(page);
  const md = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
  const [agendaPart, apartPart] = md.split('### Other notes this week');
  expect(agendaPart).toContain('- [ ] Discussion');
  expect(agendaPart).not.toContain('Adoption Risk');
  expect(apartPart).toContain('From the 3rd week’s agenda, noted in the week of 30 Aug 2027.');
  expect(apartPart).toContain('Note: Red Initech');
});

test('team roster, 1:1s and call reviews work with the keyboard alone', async ({ page }) => {
  await open(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await expect(team).toContainText('the names stay in this browser');
  await team.getByRole('textbox', { name: 'First name or initials' }).focus();
  await page.keyboard.type('Ana');
  await page.keyboard.press('Enter');
  await expect(team.getByRole('listitem').filter({ hasText: 'Ana' })).toContainText('Due');
  const held = team.getByRole('checkbox', { name: '1:1 with Ana held today' });
  await held.focus();
  await page.keyboard.press('Space');
  await expect(held).toBeChecked();
  await expect(team.getByRole('listitem').filter({ hasText: 'Ana' }).locator('.tag').first()).toHaveText(/Done/);
  await team.getByRole('button', { name: 'Reviewed a call' }).focus();
  await page.keyboard.press('Enter');
  await expect(team).toContainText('1 call reviewed this week');
  await expectAxeClean(page);
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  const ics = await downloaded(page, () => due.getByRole('button', { name: 'Download calendar (.ics)' }).click());
  expect(ics).toContain('SUMMARY:1:1 with Ana (45-60 minutes)');
  expect(ics).toContain('RRULE:FREQ=WEEKLY');
  expect(ics).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3');
});

test('removing a team member asks first, says what goes with them, and leaves the focus in the roster', async ({
  page,
}) => {
  const team = await teamOfThree(page);
  await team.getByRole('checkbox', { name: '1:1 with Ben held today' }).check();
  await team.getByRole('checkbox', { name: 'IDP sync with Ben held today' }).check();
  const names = team.locator('.team-list__name');
  await expect(names).toHaveText(['Ana', 'Ben', 'Cy']);

  // Cancel (the focused button) keeps Ben; the focus goes back to the button that asked.
  const remove = team.getByRole('button', { name: 'Remove Ben' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Remove Ben from your team?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Their 1:1 and IDP sync history goes with them: 2 dates logged in this browser.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAxeClean(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(names).toHaveText(['Ana', 'Ben', 'Cy']);
  await expect(remove).toBeFocused();
  // Escape cancels too.
  await remove.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(names).toHaveText(['Ana', 'Ben', 'Cy']);

  // Confirm removes Ben (Undo offered); the focus goes to the next member's Remove button.
  await remove.click();
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(names).toHaveText(['Ana', 'Cy']);
  await expect(team.getByRole('button', { name: 'Remove Cy' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Ben removed from the team.');
  // The last member removed: the focus goes to the one before; the roster emptied: to the name field.
  await team.getByRole('button', { name: 'Remove Cy' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(team.getByRole('button', { name: 'Remove Ana' })).toBeFocused();
  await team.getByRole('button', { name: 'Remove Ana' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(team.getByRole('textbox', { name: 'First name or initials' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(names).toHaveText(['Ana']);
});

test('Undo of a team member’s removal gives the focus back to them: their Remove button, where it was', async ({
  page,
}) => {
  // The focus stayed on the next member's Remove button, so a keyboard reader did not hear who came back.
  const team = await teamOfThree(page);
  const removeBen = team.getByRole('button', { name: 'Remove Ben' });
  const removeCy = team.getByRole('button', { name: 'Remove Cy' });
  const remove = async () => {
    await removeBen.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(team.locator('.team-list__name')).toHaveText(['Ana', 'Cy']);
    await expect(removeCy).toBeFocused();
  };
  // Undo chosen in the message.
  await remove();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(team.locator('.team-list__name')).toHaveText(['Ana', 'Ben', 'Cy']);
  await expect(removeBen).toBeFocused();
  // Undo by its shortcut, from the next member's Remove button.
  await remove();
  await page.keyboard.press('Control+z');
  await expect(team.locator('.team-list__name')).toHaveText(['Ana', 'Ben', 'Cy']);
  await expect(removeBen).toBeFocused();
});

// An audit (December 6): once the roster or the tally had changed since a removal or Clear all…, Undo kept it as it
// was now, dropping who was removed with their figures or 1:1s, and said "Put back, except what changed since."
test('Undo of Remove Ann after another member was added brings Ann and her 1:1s back', async ({ page }) => {
  await open(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await addMember(team, 'Ann');
  await addMember(team, 'Bo');
  await team.getByRole('checkbox', { name: '1:1 with Ann held today' }).check();
  await team.getByRole('button', { name: 'Remove Ann' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(team.locator('.team-list__name')).toHaveText(['Bo']);
  await addMember(team, 'Dee');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.toast--visible').getByRole('status')).toHaveText('Put back.');
  for (const reloaded of [false, true]) {
    if (reloaded) {
      await page.reload();
      await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    }
    await expect(team.locator('.team-list__name'), `reloaded: ${reloaded}`).toHaveText(['Ann', 'Bo', 'Dee']);
    await expect(team.getByRole('checkbox', { name: '1:1 with Ann held today' })).toBeChecked();
  }
});

test('Undo of Clear all… after Add a CSM brings the cleared CSMs back beside the new one', async ({ page }) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  for (const [name, ebr] of [
    ['Cy', '90'],
    ['Di', '80'],
    ['Ed', '70'],
  ] as const) {
    await addClubCsm(club, { name, ebr });
  }
  await club.getByRole('button', { name: 'Clear all…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear all' }).click();
  await expect(club.getByText('No CSM yet.')).toBeVisible();
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.toast--visible').getByRole('status')).toHaveText('Put back.');
  for (const reloaded of [false, true]) {
    if (reloaded) {
      await page.reload();
      await tool(page, 'President’s Club tally', 'Add a CSM');
      // Read again, the cards are folded (none added on this page): opened to read them.
      for (const summary of await club.getByText('Name, team and figures').all()) await summary.click();
    }
    // Put back as they were left, open (added on this page), beside the new one.
    const names = club.getByRole('textbox', { name: 'CSM (first name or initials)' });
    const values = () => names.evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
    await expect.poll(values, { message: `reloaded: ${reloaded}` }).toEqual(['Cy', 'Di', 'Ed', '']);
    await expect(club.getByRole('textbox', { name: '% of Accounts with EBRs completed' }).first()).toHaveValue('90');
  }
});

test('a team member removed and brought back by Undo keeps their calendar events: a newer file updates them', async ({
  page,
}) => {
  await open(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await addMember(team, 'Ben');
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  const uids = async () => {
    const ics = await downloaded(page, () => due.getByRole('button', { name: 'Download calendar (.ics)' }).click());
    return ics.split('\r\n').filter((line) => /^UID:manager\.(one-on-one|idp)-/.test(line));
  };
  const before = await uids();
  expect(before).toHaveLength(2);
  await team.getByRole('button', { name: 'Remove Ben' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(team.locator('.team-list__name')).toHaveText(['Ben']);
  expect(await uids()).toEqual(before);
  // And after a reload, from what is stored.
  await page.reload();
  await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  expect(await uids()).toEqual(before);
});

test('President’s Club: scores with the seed’s rules, asks where the seed is silent, exports a table, clears all', async ({
  page,
}) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  // The new CSM's first field takes the focus (addClubCsm checks it).
  await addClubCsms(club, [
    ['Ana', '90'],
    ['Ben', '90'],
    ['Cy', '80'],
  ]);
  // A tie for 1st: 50 each; what Cy scores next is the reader's choice.
  await expect(club).toContainText('tie for top place: 50 each');
  await expect(club.getByText('Some points wait for your choice above')).toBeVisible();
  await expectAxeClean(page);
  await club.getByRole('radio', { name: /the next CSM takes the next place/ }).check();
  await expect(club).toContainText(
    'After a tie (your choice): the next CSM takes the next place (35 after a tie for 1st).',
  );
  await expect(club.getByText('Some points wait for your choice above')).toHaveCount(0);
  // Removing a CSM takes their figures: Undo brings them back.
  await club.getByRole('button', { name: 'Remove Cy' }).click();
  await expect(page.getByRole('status')).toContainText('Cy and their figures removed from the tally.');
  await expect(club.getByRole('button', { name: 'Remove Cy' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(club.getByRole('button', { name: 'Remove Cy' })).toBeVisible();
  await expect(club).toContainText('tie for top place: 50 each');
  const md = await downloaded(page, () => club.getByRole('button', { name: 'Download .md' }).click());
  expect(md).toContain('| Cy | – |');
  expect(md).toContain('80 → 35');
  expect(md).toContain('After a tie (your choice)');
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await club.getByRole('button', { name: 'Clear all…' }).click();
  await expectAxeClean(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Clear all' }).click();
  await expect(club.getByText('No CSM yet.')).toBeVisible();
});

/*
 * A design review, December 7: at 375 px a tally of six CSMs was one form 10,186 px tall, each CSM eight long
 * fields under one another, the readings of the handbook's gaps three screens before the first of them. Each
 * CSM is now a card with their team and points on its first line, their name, team and figures folded under it
 * (opened with the keyboard to edit); the readings fold under their own line.
 */
test('President’s Club at 375 px: six CSMs are six short cards showing team and points, opened by keyboard to edit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page);
  await page.evaluate(() => {
    const csms = ['Ana', 'Ben', 'Cy', 'Dee', 'Eli', 'Fay'].map((name, i) => ({
      id: `a0000000000${i + 1}`,
      name,
      team: i < 3 ? 'East' : 'West',
      netArr: 100_000 * (i + 1),
      endingArr: 1_000_000,
      ebr: 90 - i * 5,
      greenPlans: 80 - i,
      adoptionPlays: 50 + i,
      workshops: i,
    }));
    localStorage.setItem('csm-handbook:manager:club', JSON.stringify({ v: 2, kind: 'club', csms }));
  });
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  const card = (name: string) => club.getByRole('group', { name, exact: true });
  const ranking = (team: string) => club.getByRole('table', { name: team, exact: true });
  for (const [name, team] of [
    ['Ana', 'East'],
    ['Ben', 'East'],
    ['Cy', 'East'],
    ['Dee', 'West'],
    ['Eli', 'West'],
    ['Fay', 'West'],
  ] as const) {
    // Their points, as the ranking scores them, on the card's first line, without opening anything.
    const points = (await ranking(team).getByRole('row', { name }).getByRole('cell').textContent())?.trim();
    await expect(card(name).getByText(`${team} · Points: ${points}`, { exact: true })).toBeVisible();
    await expect(card(name).getByRole('button', { name: `Remove ${name}` })).toBeVisible();
  }
  // Six cards within about a screen and a half; the whole tally, choices and result, about a third of what it was.
  const first = await card('Ana').boundingBox();
  const last = await card('Fay').boundingBox();
  expect((last?.y ?? 0) + (last?.height ?? 0) - (first?.y ?? 0)).toBeLessThan(1_000);
  expect((await club.boundingBox())?.height).toBeLessThan(3_600);
  // The keyboard opens a card: from Fay's Remove, Tab reaches her figures' disclosure, Enter opens it.
  await card('Fay').getByRole('button', { name: 'Remove Fay' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const ebr = card('Fay').getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  await expect(ebr).toBeVisible();
  await expect(ebr).toHaveValue('65');
  await page.keyboard.press('Tab');
  await expect(card('Fay').getByRole('textbox', { name: 'CSM (first name or initials)' })).toBeFocused();
});

/*
 * A tester's review (December 7, late night): at 375 px the tally's three choices took 1,265 px before its first CSM, each question
 * a box inside the box of them all; and a CSM's Remove went under their line of team and points when the line was
 * long, a row of its own in each card.
 */
test('President’s Club at 375 px: the three choices take under 1,000 px, every option a 24 px target, and Remove stays on the card’s line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  const gaps = club.getByRole('group', { name: 'Where the handbook is silent or says two things' });
  // The three questions' words and their eleven options at the page's size, each option at least 24 px: 945 px
  // measured (December 7, late night), against 1,265 before; the bar leaves 5 % for another machine's fonts.
  expect((await gaps.boundingBox())?.height).toBeLessThan(1_000);
  const options = gaps.getByRole('radio');
  await expect(options).toHaveCount(11);
  for (const option of await options.all()) {
    const [radio, label] = [await option.boundingBox(), await option.locator('xpath=..').boundingBox()];
    expect(Math.min(radio?.width ?? 0, radio?.height ?? 0)).toBeGreaterThanOrEqual(24);
    expect(label?.height).toBeGreaterThanOrEqual(24);
  }
  await addClubCsm(club, { name: 'Alexandra-Maximiliana', ebr: '50', team: 'Enterprise Accounts EMEA North' });
  const card = club.getByRole('group', { name: 'Alexandra-Maximiliana', exact: true });
  const line = await card.getByText(/^Enterprise Accounts EMEA North · Points: /).boundingBox();
  const remove = await card.getByRole('button', { name: 'Remove Alexandra-Maximiliana' }).boundingBox();
  if (!line || !remove) throw new Error('the line or Remove is not drawn');
  // Beside the line, at its right: their heights overlap, Remove starts where the line's words end.
  expect(remove.y).toBeLessThan(line.y + line.height);
  expect(remove.y + remove.height).toBeGreaterThan(line.y);
  expect(remove.x).toBeGreaterThanOrEqual(line.x + line.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

/*
 * December 7, night, the folded cards' review: a card folded over a figure the tally refuses hid the figure and why, and
 * the figure, never saved, went with the page; a card put back by Undo came back folded, the figure typed in it
 * out of sight.
 */
test('President’s Club: a card holding a figure the tally refuses does not fold, and Undo puts a card back as it was left', async ({
  page,
}) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ana', '90'],
    ['Ben', '80'],
  ]);
  const figures = (name: string) => club.getByRole('group', { name, exact: true }).getByText('Name, team and figures');
  const ebrOf = (name: string) =>
    club.getByRole('group', { name, exact: true }).getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  await ebrOf('Ana').fill('150');
  await ebrOf('Ana').blur();
  await expect(ebrOf('Ana')).toHaveAccessibleDescription('A percentage is between 0 and 100. Not saved.');
  await figures('Ana').click();
  await expect(ebrOf('Ana')).toBeVisible();
  await expect(ebrOf('Ana')).toHaveValue('150');
  // Put right, it folds as any card does.
  await ebrOf('Ana').fill('95');
  await ebrOf('Ana').blur();
  await figures('Ana').click();
  await expect(ebrOf('Ana')).toBeHidden();
  // Ben's card, open as added, is removed and put back by Undo: open, as it was left, the focus on its Remove.
  await club.getByRole('button', { name: 'Remove Ben' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(club.getByRole('button', { name: 'Remove Ben' })).toBeFocused();
  await expect(ebrOf('Ben')).toHaveValue('80');
  // Ana's, folded, comes back folded.
  await club.getByRole('button', { name: 'Remove Ana' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(club.getByRole('button', { name: 'Remove Ana' })).toBeFocused();
  await expect(ebrOf('Ana')).toBeHidden();
});

test('President’s Club: places are counted within each team, and a figure the tally cannot take says why', async ({
  page,
}) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ana', '90', 'East'],
    ['Ben', '80', 'East'],
    ['Cy', '70', 'West'],
    ['Di', '60', 'West'],
  ]);
  // "Top CSMs per team by points": West's best CSM is 1st in West, not 3rd of everyone.
  await expectRanking(club, 'West', [/Cy\s*50/, /Di\s*35/]);
  await openWorking(club);
  await expect(club.getByRole('table', { name: 'EBRs %, West' })).toContainText('place 1');
  // Nobody chose the categories yet: the result says it is the default, not the reader's choice.
  await expect(club).toContainText('Categories (not chosen yet): all five criteria are scored.');

  const card = club.locator('.club-csm').first();
  // Net ARR can fall (contractions): a negative figure is kept, and scores no points.
  const net = card.getByRole('textbox', {
    name: 'Criterion 1: netARR of closed opps the CSM is assigned to',
  });
  await net.fill('-250000');
  await card
    .getByRole('textbox', {
      name: 'Criterion 1: ending ARR managed by the CSM',
    })
    .fill('1000000');
  await card
    .getByRole('textbox', {
      name: 'Criterion 1: ending ARR managed by the CSM',
    })
    .blur();
  await expect(net).toHaveValue('-250000');
  await expect(club.getByRole('table', { name: 'Net ARR contribution %, East' })).toContainText('-25');
  // The seed scores 0 as no points "in a smaller team" and says nothing of a score below 0: the tool says what it does.
  const gaps = club.getByRole('group', { name: 'Where the handbook is silent or says two things' });
  await expect(gaps).toContainText(
    'It says a score of 0 gets no points “in a smaller team”, without saying what a smaller team is, or what a score below 0 gets (net ARR can fall).',
  );
  await expect(gaps).toContainText('Here 0 or less gets no points, in every team.');
  // A percentage over 100 is not taken, and the field says why instead of emptying itself.
  const ebr = card.getByRole('textbox', {
    name: '% of Accounts with EBRs completed',
  });
  await ebr.fill('120');
  await ebr.blur();
  await expect(ebr).toHaveValue('120');
  await expect(ebr).toHaveAttribute('aria-invalid', 'true');
  await expect(ebr).toHaveAccessibleDescription('A percentage is between 0 and 100. Not saved.');
  // While refused it is scored as not entered, a figure to fix: not the 90 the field was last left with.
  await expect(club.getByRole('table', { name: 'EBRs %, East' })).toContainText('figure to fix');
  await expectAxeClean(page);
  const workshops = card.getByRole('textbox', {
    name: /workshops delivered/,
  });
  await workshops.fill('2.5');
  await workshops.blur();
  await expect(workshops).toHaveAccessibleDescription('A count is a whole number, 0 or more. Not saved.');
  await page.reload();
  const again = await tool(page, 'President’s Club tally', 'Add a CSM');
  // A CSM not added on this page is folded to their card's line: opened to read their figures.
  await again.locator('.club-csm').first().getByText('Name, team and figures').click();
  await expect(
    again
      .locator('.club-csm')
      .first()
      .getByRole('textbox', { name: /netARR of closed opps/ }),
  ).toHaveValue('-250000');
  // Not saved: the figure the field was last left with is the one kept.
  await expect(
    again.locator('.club-csm').first().getByRole('textbox', { name: '% of Accounts with EBRs completed' }),
  ).toHaveValue('90');
});

/** A CSM's card in the tally, by the name it shows, its figures shown (a folded "Name, team and figures" opened). */
async function clubCard(club: Locator, name: string): Promise<Locator> {
  const card = club.getByRole('group', { name, exact: true });
  const folded = card.locator('details').filter({ hasText: 'Name, team and figures' });
  // An open <details> has `open=""`: only a missing attribute (null) means folded.
  if ((await folded.count()) > 0 && (await folded.first().getAttribute('open')) === null) {
    await folded.first().getByText('Name, team and figures').first().click();
  }
  return card;
}

test('President’s Club: a figure typed and refused is neither stored nor scored, not even the keystrokes before it', async ({
  page,
}) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  await page.getByRole('textbox', { name: 'CSM (first name or initials)' }).last().fill('Zed');
  const card = await clubCard(club, 'Zed');
  await card.getByRole('textbox', { name: 'Team' }).fill('T');
  const figure = (name: string | RegExp) => card.getByRole('textbox', { name });
  await figure('Criterion 1: netARR of closed opps the CSM is assigned to').fill('10');
  await figure('Criterion 1: ending ARR managed by the CSM').fill('100');
  // Typed key by key, as a reader does: "1" and "15" are figures the tally takes on the way to 150.
  const ebr = figure('% of Accounts with EBRs completed');
  await ebr.pressSequentially('150');
  await ebr.press('Tab');
  const workshops = figure(/workshops delivered/);
  await workshops.pressSequentially('2.5');
  await workshops.press('Tab');
  await expect(ebr).toHaveValue('150');
  await expect(ebr).toHaveAccessibleDescription('A percentage is between 0 and 100. Not saved.');
  await expect(workshops).toHaveAccessibleDescription('A count is a whole number, 0 or more. Not saved.');
  // Scored as not entered, and said to be a figure to fix: never 50 points from 15 % or 2 workshops.
  await expectRanking(club, 'T', [/Zed\s*50 \(a figure to fix\)/]);
  await openWorking(club);
  await expect(club.getByRole('table', { name: 'EBRs %', exact: true }).getByRole('row').nth(1)).toHaveText(
    /Zed\s*–\s*0 · a figure to fix/,
  );
  await page.waitForTimeout(1500);
  await page.reload();
  const again = await tool(page, 'President’s Club tally', 'Add a CSM');
  const zed = await clubCard(again, 'Zed');
  await expect(zed.getByRole('textbox', { name: '% of Accounts with EBRs completed' })).toHaveValue('');
  await expect(zed.getByRole('textbox', { name: /workshops delivered/ })).toHaveValue('');
  await expectRanking(again, 'T', [/Zed\s*50$/]);
});

test('President’s Club: a team typed in another letter case is the same team, named as first written', async ({
  page,
}) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ana', '90', 'East'],
    ['Ben', '80', 'east'],
    ['Cy', '70', 'East '],
  ]);
  // "Top CSMs per team by points": "east" is no team of its own, with Ben 1st in it.
  await expectRanking(club, 'East', [/Ana\s*50/, /Ben\s*35/, /Cy\s*15/]);
  await expect(club.getByRole('table', { name: 'east', exact: true })).toHaveCount(0);
});

test('President’s Club: where the tally says how it counts teams, it says a team is one whatever its letter case, in the site’s words', async ({
  page,
}) => {
  await page.goto(MANAGER);
  const club = panel(page, 'President’s Club tally');
  // Folded under their line since December 7, night (a tally three screens long on a phone before its first CSM).
  await club.getByText('Where the tally reads the handbook one way').click();
  // The tally's own sentence, in its panel marked as the site's (never dressed as the handbook's text).
  // December 7, afternoon: said with the tally's other readings where the handbook is silent (also in its Markdown),
  // no longer in the introduction alone.
  const sentence = club.getByText(
    'Here places are counted within each team. A team typed in another letter case or spacing is the same team (“East” and “east” are one), named as first written.',
  );
  await expect(sentence).toBeVisible();
  await expect(club.locator('.tool-panel__kicker')).toHaveText('Site tool');
  await expect(club.getByText('Its final tally is “per team”', { exact: false })).toBeVisible();
  await expect(
    club.getByText(/^Enter each CSM’s figures and team\. Points follow the handbook’s scoring process/),
  ).toBeVisible();
});

test('President’s Club: what the tally does where the seed is silent is said with its gaps, in the site’s words', async ({
  page,
}) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  const gaps = club.getByRole('group', { name: 'Where the handbook is silent or says two things' });
  // "Top CSMs per team by points" says neither how many are top nor how equal totals are ordered; nor does the
  // seed say what a figure not entered scores. The tally decides each: it says so where it says the other gaps.
  await expect(gaps).toContainText('It does not say how many CSMs of a team are “top”.');
  await expect(gaps).toContainText('Here every CSM is listed, most points first.');
  await expect(gaps).toContainText('It does not say in what order CSMs with equal points are listed.');
  await expect(gaps).toContainText('Here they are listed by name, in alphabetical order.');
  await expect(gaps).toContainText('It does not say what a figure not entered scores.');
  await expect(gaps).toContainText('Here it scores no points, marked “not entered”.');
  await expect(gaps).toContainText('Here 0 or less gets no points, in every team.');
});

test('President’s Club: a choice the reader has not made is not shown as made, on the form as in the result', async ({
  page,
}) => {
  // "score all five criteria" was checked from the start while the result said "Categories (not chosen yet)": a
  // screen reader heard a choice made that the page said was not. Until the reader picks, no box is checked and
  // the question says what is scored meanwhile.
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  const categories = club.getByRole('group', { name: /each of the 4 categories/ });
  await expect(categories.getByRole('radio')).toHaveCount(6);
  await expect(club.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(categories).toHaveAccessibleName(
    'It says “each of the 4 categories” but lists five criteria. Until you choose, all five are scored.',
  );
  await addClubCsm(club, { name: 'Ana', ebr: '90' });
  await expect(club).toContainText('Categories (not chosen yet): all five criteria are scored.');
  await expectAxeClean(page);
  const allFive = categories.getByRole('radio', { name: 'score all five criteria' });
  await allFive.check();
  await expect(club).toContainText('Categories (your choice): score all five criteria.');
  await page.reload();
  await tool(page, 'President’s Club tally', 'Add a CSM');
  await expect(allFive).toBeChecked();
});

test('President’s Club: two figures that differ are never shown alike; equal figures tie', async ({ page }) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ana', '33.334'],
    ['Ben', '33.331'],
  ]);
  // Placed 1st and 2nd: the working shows why, with the decimals it takes (not "33.33" twice).
  await openWorking(club);
  const working = club.getByRole('table', { name: 'EBRs %', exact: true });
  await expect(working.getByRole('row')).toHaveText([
    /CSM\s*EBRs %\s*Points/,
    /Ana\s*33\.334\s*50 · place 1/,
    /Ben\s*33\.331\s*35 · place 2/,
  ]);
  // Truly equal: the same figure, and a tie, as the seed scores it.
  const ben = club.locator('.club-csm').last().getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  await ben.fill('33.334');
  await ben.blur();
  await expect(working.getByRole('row')).toHaveText([
    /CSM\s*EBRs %\s*Points/,
    /Ana\s*33\.33\s*50 · tie for top place: 50 each/,
    /Ben\s*33\.33\s*50 · tie for top place: 50 each/,
  ]);
});

/** Types a figure into a CSM's card, by its field's label, and leaves the field as a reader does. */
async function fillClubFigure(club: Locator, name: string, label: string | RegExp, value: string) {
  const card = club.locator('.club-csm').filter({ has: club.page().getByRole('button', { name: `Remove ${name}` }) });
  const field = card.getByRole('textbox', { name: label });
  await field.fill(value);
  await field.blur();
}

/** Gives a CSM of the tally criterion 1's two figures: netARR of closed opps, then ending ARR managed. */
async function fillNetArr(club: Locator, name: string, netArr: string, endingArr: string) {
  await fillClubFigure(club, name, /netARR of closed opps/, netArr);
  await fillClubFigure(club, name, /ending ARR managed/, endingArr);
}

test('President’s Club: a higher net ARR contribution never scores less than a lower one, above 100 % included', async ({
  page,
}) => {
  // Reported: with contributions of 300 %, 200 %, 100 % and 100 %, the "several at 100 %: 50 each" rule gave the two
  // at 100 % 50 points each while Ann, at 200 %, had 35. The seed's 100 % rule is a tie at the top of a "% of
  // Accounts" criterion ("success plans for example"); a net ARR contribution can pass 100 %.
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Zed', '90'],
    ['Ann', '90'],
    ['Bo', '90'],
    ['Cy', '90'],
  ]);
  for (const [name, netArr] of [
    ['Zed', '300'],
    ['Ann', '200'],
    ['Bo', '100'],
    ['Cy', '100'],
  ] as const)
    await fillNetArr(club, name, netArr, '100');
  await club.getByRole('radio', { name: 'each tied CSM gets that place’s points' }).check();
  await openWorking(club);
  await expect(club.getByRole('table', { name: 'Net ARR contribution %', exact: true }).getByRole('row')).toHaveText([
    /CSM\s*Net ARR contribution %\s*Points/,
    /Zed\s*300\s*50 · place 1/,
    /Ann\s*200\s*35 · place 2/,
    /Bo\s*100\s*15 · tie for place 3: that place’s points \(your choice\)/,
    /Cy\s*100\s*15 · tie for place 3: that place’s points \(your choice\)/,
  ]);
  // The page says how it reads the 100 % rule, with the other gaps, in the site's words.
  const gaps = club.getByRole('group', { name: 'Where the handbook is silent or says two things' });
  await expect(gaps).toContainText('a net ARR contribution can be above 100 %');
  await expect(gaps).toContainText(
    'Here the 100 % rule applies to the three “% of Accounts” criteria, where 100 % is the most a CSM can have',
  );
});

test('President’s Club: a figure above 0 is never shown as 0, so what it scores matches what the working shows', async ({
  page,
}) => {
  // Reported: 0.001 % of accounts with EBRs read "0" in the working, yet scored 35 (place 2), beside the page's
  // own "scored 0 or less: no points". It is more than 0, and scores so: it now reads as what it is.
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ann', '0.001'],
    ['Bo', '90'],
  ]);
  await openWorking(club);
  await expect(club.getByRole('table', { name: 'EBRs %', exact: true }).getByRole('row')).toHaveText([
    /CSM\s*EBRs %\s*Points/,
    /Ann\s*0\.001\s*35 · place 2/,
    /Bo\s*90\s*50 · place 1/,
  ]);
  const md = await downloaded(page, () => club.getByRole('button', { name: 'Download .md' }).click());
  expect(md).toContain('0\\.001 → 35');
});

test('President’s Club: an ending ARR of 0 says why its contribution scores nothing, on the page and in the Markdown', async ({
  page,
}) => {
  // Reported: an ending ARR of 0, typed, was "not entered" in the working and "– → 0" in the Markdown. netARR
  // cannot be divided by 0, and the handbook does not say what that scores: the tally says what it does.
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ann', '90'],
    ['Dee', '80'],
  ]);
  await fillNetArr(club, 'Ann', '10', '100');
  await fillNetArr(club, 'Dee', '10', '0');
  await openWorking(club);
  await expect(club.getByRole('table', { name: 'Net ARR contribution %', exact: true }).getByRole('row')).toHaveText([
    /CSM\s*Net ARR contribution %\s*Points/,
    /Ann\s*10\s*50 · place 1/,
    /Dee\s*–\s*0 · ending ARR is 0: no contribution to work out, no points/,
  ]);
  const gaps = club.getByRole('group', { name: 'Where the handbook is silent or says two things' });
  await expect(gaps).toContainText('It does not say what the net ARR contribution is when the ending ARR managed is 0');
  await expect(gaps).toContainText('Here it scores no points, marked “ending ARR is 0”.');
  const md = await downloaded(page, () => club.getByRole('button', { name: 'Download .md' }).click());
  expect(md).toContain('| Dee | – | – → 0 (ending ARR is 0: no contribution to work out, no points) |');
  // The export carries the site's readings too, in the words the page uses: pasted elsewhere, it does not pass
  // them off as the handbook's rules.
  expect(md).toContain('### This site’s readings (the handbook does not say)');
  expect(md).toContain('Here it scores no points, marked “ending ARR is 0”.');
  expect(md).toContain('Here 0 or less gets no points, in every team.');
});

test('President’s Club on a phone: the ranking comes first, the working is folded, opens from the keyboard and prints', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ana', '90', 'East'],
    ['Ben', '80', 'East'],
  ]);
  const working = club.getByRole('table', { name: 'EBRs %', exact: true });
  await expectRanking(club, 'East', [/Ana\s*50/, /Ben\s*35/]);
  await expect(working).toBeHidden();
  // The working is one Tab past the last control above it, and opens with Enter.
  await club.getByRole('button', { name: 'Add a CSM' }).focus();
  await page.keyboard.press('Tab');
  const disclosure = club.getByText('Working, per category');
  await expect(disclosure).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(working).toBeVisible();
  await expect(working.getByRole('row')).toHaveText([
    /CSM\s*EBRs %\s*Points/,
    /Ana\s*90\s*50 · place 1/,
    /Ben\s*80\s*35 · place 2/,
  ]);
  // Paper gets the working, folded or not.
  await page.keyboard.press('Enter');
  await expect(working).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(working).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expectAxeClean(page);
});

test('President’s Club: a figure typed and not yet left is kept when the page is reloaded', async ({ page }) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  await club.getByRole('textbox', { name: 'CSM (first name or initials)' }).fill('Ana');
  await club.getByRole('textbox', { name: /netARR of closed opps/ }).fill('250000');
  // Reload at once, the field still focused: what was typed is saved as the team name is.
  await page.reload();
  const again = await tool(page, 'President’s Club tally', 'Add a CSM');
  await again.getByText('Name, team and figures').click();
  await expect(again.getByRole('textbox', { name: /netARR of closed opps/ })).toHaveValue('250000');
});

test.describe('two people of one name are told apart, the second “Alex (2)”, in the order they were added', () => {
  test('Your team: the names, their controls, the dialog, the messages and the calendar; the stored names stay as typed', async ({
    page,
  }) => {
    await open(page);
    const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    const field = team.getByRole('textbox', { name: 'First name or initials' });
    for (const name of ['Alex', 'Ben', 'Alex']) {
      await field.fill(name);
      await field.press('Enter');
      await expect(field).toHaveValue('');
    }
    await expect(team.locator('.team-list__name')).toHaveText(['Alex', 'Ben', 'Alex (2)']);
    // Each control names its own Alex: no two "Remove Alex" for a screen reader or voice control.
    for (const name of ['Alex', 'Alex (2)']) {
      await expect(team.getByRole('button', { name: `Remove ${name}`, exact: true })).toHaveCount(1);
      await expect(team.getByRole('checkbox', { name: `1:1 with ${name} held today`, exact: true })).toHaveCount(1);
      await expect(team.getByRole('checkbox', { name: `IDP sync with ${name} held today`, exact: true })).toHaveCount(
        1,
      );
    }
    await team.getByRole('checkbox', { name: '1:1 with Alex (2) held today' }).check();
    await expect(page.getByRole('status')).toHaveText('1:1 with Alex (2) held today: logged.');
    const stored = await page.evaluate(() => localStorage.getItem('csm-handbook:manager:team'));
    expect(JSON.parse(stored ?? '{}').members.map((member: { name: string }) => member.name)).toEqual([
      'Alex',
      'Ben',
      'Alex',
    ]);

    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    const ics = unfoldContentLines(
      await downloaded(page, () => due.getByRole('button', { name: 'Download calendar (.ics)' }).click()),
    );
    expect(ics).toContain('SUMMARY:1:1 with Alex (45-60 minutes)');
    expect(ics).toContain('SUMMARY:1:1 with Alex (2) (45-60 minutes)');
    expect(ics).toContain('SUMMARY:IDP sync with Alex (2) (1 hour\\, once per quarter)');

    await team.getByRole('button', { name: 'Remove Alex (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Alex (2) from your team?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Alex (2) removed from the team.');
    await expect(team.locator('.team-list__name')).toHaveText(['Alex', 'Ben']);
    await expectAxeClean(page);
  });

  test('the President’s Club tally: the cards, their Remove, the ranking, the working, Markdown and My progress', async ({
    page,
  }) => {
    await open(page);
    const club = await tool(page, 'President’s Club tally', 'Add a CSM');
    await addClubCsm(club, { name: 'Alex', ebr: '90', team: 'East' });
    await addClubCsm(club, { name: 'Alex', ebr: '80', team: 'East' });
    await expect(club.getByRole('group', { name: 'Alex', exact: true })).toHaveCount(1);
    await expect(club.getByRole('group', { name: 'Alex (2)', exact: true })).toHaveCount(1);
    await expect(club.getByRole('button', { name: 'Remove Alex from the tally', exact: true })).toHaveCount(1);
    await expect(club.getByRole('button', { name: 'Remove Alex (2) from the tally', exact: true })).toHaveCount(1);
    await expectRanking(club, 'East', [/^Alex\s*50/, /^Alex \(2\)\s*35/]);
    await openWorking(club);
    await expect(club.getByRole('table', { name: 'EBRs %', exact: true }).getByRole('row')).toHaveText([
      /CSM/,
      /^Alex\s*90/,
      /^Alex \(2\)\s*80/,
    ]);
    const md = await downloaded(page, () => club.getByRole('button', { name: 'Download .md' }).click());
    expect(md).toContain('| Alex | East |');
    expect(md).toContain('| Alex (2) | East |');
    const stored = await page.evaluate(() => localStorage.getItem('csm-handbook:manager:club'));
    expect(JSON.parse(stored ?? '{}').csms.map((csm: { name: string }) => csm.name)).toEqual(['Alex', 'Alex']);
    await expectAxeClean(page);

    await page.goto('/my-progress/');
    const week = page
      .locator('.tool-panel')
      .filter({ has: page.getByRole('heading', { name: 'My week as a manager' }) });
    await week.scrollIntoViewIfNeeded();
    await expect(week).toContainText('Alex, 50 points; Alex (2), 35 points');

    await page.goto(MANAGER);
    const again = await tool(page, 'President’s Club tally', 'Add a CSM');
    await again.getByRole('button', { name: 'Remove Alex (2)' }).click();
    await expect(page.getByRole('status')).toContainText('Alex (2) and their figures removed from the tally.');
    // The card's Remove shows "Remove", the card's legend naming whom; its name says it.
    await expect(again.getByRole('button', { name: /^Remove Alex/ })).toHaveCount(1);
    await expect(again.getByRole('button', { name: /^Remove Alex/ })).toHaveAccessibleName(
      'Remove Alex from the tally',
    );
  });
});

/*
 * Two tabs of one manager: the second hears of the first one's saves 1.5 s
 * late, as a busy tab does, so both save before either knows of the other.
 * Each reproduces a "last save wins" loss of the first version of the
 * toolkit (one record per roster, per tally, per review session).
 */
test.describe('two tabs at once', () => {
  const TEAM = 'Your team: 1:1s and IDP syncs';

  /** The first tab, and a second that hears of the first one's saves late; no fixed clock, so both tell the same time. */
  async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
    const first = await context.newPage();
    await first.goto(MANAGER);
    const second = await context.newPage();
    await hearsOtherTabsLate(second);
    await second.goto(MANAGER);
    return [first, second];
  }

  async function removeMember(team: Locator, name: string) {
    await team.getByRole('button', { name: `Remove ${name}` }).click();
    await team.page().getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  }

  test('team members added in both tabs are both kept, and a member removed in one stays removed', async ({
    context,
  }) => {
    const [first, second] = await twoTabs(context);
    const a = await tool(first, TEAM, 'Reviewed a call');
    const b = await tool(second, TEAM, 'Reviewed a call');
    await addMember(a, 'Ana');
    await addMember(b, 'Ben');
    for (const team of [a, b]) await expect(team.locator('.team-list__name')).toHaveText(['Ana', 'Ben']);

    await addMember(a, 'Cy');
    await expect(b.locator('.team-list__name')).toHaveText(['Ana', 'Ben', 'Cy']);
    await removeMember(a, 'Cy');
    // The second tab has not heard of the removal yet: its roster still holds Cy when it adds Dee.
    await addMember(b, 'Dee');
    for (const team of [a, b]) await expect(team.locator('.team-list__name')).toHaveText(['Ana', 'Ben', 'Dee']);
    for (const page of [first, second]) {
      await page.reload();
      const team = await tool(page, TEAM, 'Reviewed a call');
      await expect(team.locator('.team-list__name')).toHaveText(['Ana', 'Ben', 'Dee']);
    }
  });

  // An audit (December 6): Undo in the tab that removed Ann, after the other tab added Dee, said "Put back, except
  // what changed since." and Ann was gone, with her 1:1s, in both tabs.
  test('Undo of a removal after another tab added a member brings the removed one back in both tabs', async ({
    context,
  }) => {
    const [first, second] = await twoTabs(context);
    const a = await tool(first, TEAM, 'Reviewed a call');
    const b = await tool(second, TEAM, 'Reviewed a call');
    await addMember(a, 'Ann');
    await addMember(a, 'Bo');
    await a.getByRole('checkbox', { name: '1:1 with Ann held today' }).check();
    await expect(b.getByRole('checkbox', { name: '1:1 with Ann held today' })).toBeChecked();
    await removeMember(a, 'Ann');
    await expect(b.locator('.team-list__name')).toHaveText(['Bo']);
    await addMember(b, 'Dee');
    await expect(a.locator('.team-list__name')).toHaveText(['Bo', 'Dee']);
    await first.getByRole('button', { name: 'Undo' }).click();
    await expect(first.locator('.toast--visible').getByRole('status')).toHaveText('Put back.');
    for (const team of [a, b]) {
      await expect(team.locator('.team-list__name')).toHaveText(['Ann', 'Bo', 'Dee']);
      await expect(team.getByRole('checkbox', { name: '1:1 with Ann held today' })).toBeChecked();
    }
  });

  test('CSMs added to the tally in both tabs are both kept', async ({ context }) => {
    const [first, second] = await twoTabs(context);
    const a = await tool(first, 'President’s Club tally', 'Add a CSM');
    const b = await tool(second, 'President’s Club tally', 'Add a CSM');
    // Both add a CSM before the second tab hears of the first one's; each then names its own new card.
    const added: string[] = [];
    const names = (club: Locator) =>
      club.locator('.club-csm input[id$="-name"]').evaluateAll((inputs) => inputs.map((input) => input.id));
    for (const club of [a, b]) {
      const before = await names(club);
      await club.getByRole('button', { name: 'Add a CSM' }).click();
      // The tab's own new card: not one it had, nor the first tab's (on a busy machine that one may
      // reach the second tab in the same moment, which is no reason to fail).
      let own = '';
      await expect
        .poll(async () => {
          own = (await names(club)).find((id) => !before.includes(id) && !added.includes(id)) ?? '';
          return own;
        })
        .not.toBe('');
      added.push(own);
    }
    for (const club of [a, b]) await expect(club.locator('.club-csm')).toHaveCount(2);
    await first.locator(`[id="${added[0]}"]`).fill('Ana');
    await second.locator(`[id="${added[1]}"]`).fill('Ben');
    for (const club of [a, b]) await expect(club.locator('.club-csm legend')).toHaveText(['Ana', 'Ben']);
    await first.reload();
    const again = await tool(first, 'President’s Club tally', 'Add a CSM');
    await expect(again.locator('.club-csm legend')).toHaveText(['Ana', 'Ben']);
  });

  test('a figure being typed in the tally stays when another tab changes the tally, and is saved when left', async ({
    context,
  }) => {
    const first = await context.newPage();
    await first.goto(MANAGER);
    const club = await tool(first, 'President’s Club tally', 'Add a CSM');
    await club.getByRole('button', { name: 'Add a CSM' }).click();
    await club.getByRole('textbox', { name: 'CSM (first name or initials)' }).fill('Ana');
    const ebr = club.getByRole('textbox', { name: '% of Accounts with EBRs completed' });
    await ebr.fill('90');
    // The second tab adds a CSM while the figure is typed, not yet left.
    const second = await context.newPage();
    await second.goto(MANAGER);
    const other = await tool(second, 'President’s Club tally', 'Add a CSM');
    await other.getByRole('button', { name: 'Add a CSM' }).click();
    await expect(club.locator('.club-csm')).toHaveCount(2);
    await expect(ebr.first()).toHaveValue('90');
    await ebr.first().blur();
    await openWorking(club);
    await expect(club.getByRole('table', { name: 'EBRs %' })).toContainText('90');
  });

  /**
   * The tally with Ana, Ben and Cy, added in a first tab, and open in a second; given `hold`, the second tab's
   * autosaves wait until released, so a figure typed there is still its own when the first tab's change comes.
   */
  async function tallyInTwoTabs(context: BrowserContext, hold = false) {
    const first = await context.newPage();
    await first.goto(MANAGER);
    const a = await tool(first, 'President’s Club tally', 'Add a CSM');
    await addClubCsms(a, [
      ['Ana', '90'],
      ['Ben', '80'],
      ['Cy', '70'],
    ]);
    const second = await context.newPage();
    const autosaves = hold ? await holdsAutosaves(second) : undefined;
    await second.goto(MANAGER);
    const b = await tool(second, 'President’s Club tally', 'Add a CSM');
    await expect(b.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
    return { first, second, a, b, autosaves };
  }
  const card = (club: Locator, name: string) => club.getByRole('group', { name, exact: true });
  /** Opens a CSM's card, folded where they were not added on this page, as a reader does to edit it. */
  const openCard = (club: Locator, name: string) => card(club, name).getByText('Name, team and figures').click();
  const ebrOf = (club: Locator, name: string) =>
    card(club, name).getByRole('textbox', { name: '% of Accounts with EBRs completed' });

  /*
   * The data-safety audit (December 6, night): a CSM removed in another tab while this tab typed their figure went
   * from this tab without a word, the focus fell to the page, and the figure typed was lost.
   */
  test('a CSM removed in another tab while this tab types their figure is told, the focus stays in the tally, and Bring them back keeps the figure', async ({
    context,
  }) => {
    const { second, a, b, autosaves } = await tallyInTwoTabs(context, true);
    await openCard(b, 'Ben');
    await ebrOf(b, 'Ben').fill('75');
    await a.getByRole('button', { name: 'Remove Ben' }).click();
    await expect(second.locator('.toast--visible').getByRole('status')).toHaveText(
      '“Ben” was removed in another tab or window while you were typing in their card: bring them back, and what you typed comes back with them.',
    );
    await expect(b.locator('.club-csm legend')).toHaveText(['Ana', 'Cy']);
    // The field the focus was in went with the card: the focus goes to the next CSM's card, never to the page.
    await expect(card(b, 'Cy')).toBeFocused();
    await autosaves?.release();
    await second.getByRole('button', { name: 'Bring them back' }).click();
    await expect(second.locator('.toast--visible').getByRole('status')).toHaveText('Put back.');
    // The focus goes to their card, where the reader was typing, open as they left it: the figure in view.
    await expect(card(b, 'Ben')).toBeFocused();
    await expect(ebrOf(b, 'Ben')).toBeVisible();
    for (const club of [b, a]) {
      await expect(club.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
      await expect(ebrOf(club, 'Ben')).toHaveValue('75');
    }
  });

  test('a CSM removed in another tab while this tab is not typing is told once, and the focus stays where it was', async ({
    context,
  }) => {
    const { second, a, b } = await tallyInTwoTabs(context);
    await openCard(b, 'Ana');
    const anaName = card(b, 'Ana').getByRole('textbox', { name: 'CSM (first name or initials)' });
    await anaName.focus();
    await a.getByRole('button', { name: 'Remove Ben' }).click();
    const told = second.locator('.toast--visible');
    await expect(told.getByRole('status')).toHaveText('“Ben” was removed in another tab or window.');
    await expect(b.locator('.club-csm legend')).toHaveText(['Ana', 'Cy']);
    await expect(anaName).toBeFocused();
    // Once: the other tab's next change to the tally says nothing more here.
    await told.getByRole('button', { name: 'Dismiss' }).click();
    await expect(told).toHaveCount(0);
    await ebrOf(a, 'Cy').fill('60');
    await ebrOf(a, 'Cy').blur();
    // Cy's card here stays folded (the other tab's change opens nothing under the reader), the points on its line
    // read afresh; opened, it shows the new figure.
    await expect(card(b, 'Cy').getByText(/^\(no team\) · Points: /)).toHaveText(
      (await card(a, 'Cy')
        .getByText(/^\(no team\) · Points: /)
        .textContent()) ?? '',
    );
    await expect(ebrOf(b, 'Cy')).toBeHidden();
    await openCard(b, 'Cy');
    await expect(ebrOf(b, 'Cy')).toHaveValue('60');
    await expect(told).toHaveCount(0);
  });

  // December 7: when the message's code could not come (offline, a new deploy), the CSM went without a word.
  test('a CSM removed in another tab, when the message’s code cannot load, is not gone without a word: the tally is named, with what to do', async ({
    context,
  }) => {
    const { second, a, b } = await tallyInTwoTabs(context);
    await blockCode(second, 'club-told');
    await a.getByRole('button', { name: 'Remove Ben' }).click();
    await expect(b.locator('.club-csm legend')).toHaveText(['Ana', 'Cy']);
    // Named, with what to do (December 7): "This part of the page could not load, so nothing was done" said neither
    // which part nor what had happened, and "try again" had nothing to try.
    await expect(second.locator('.toast--visible').getByRole('status')).toHaveText(
      'CSMs were removed from the President’s Club tally in another tab or window, and the message naming them could not load. The rest of the tally is saved; to bring them back, use Undo in that tab.',
    );
  });

  /*
   * December 7: Undo in the tab that removed a CSM, after the other tab's Bring them back, added them a second time
   * ("Ben" and "Ben (2)"), and Bring them back after that Undo did too: whichever comes second finds them back.
   */
  const ALREADY_BACK = 'Already put back in another tab or window.';

  test('Undo of a CSM’s removal after another tab brought them back does not add them twice, says so, and gives the focus to them', async ({
    context,
  }) => {
    const { first, second, a } = await tallyInTwoTabs(context);
    await a.getByRole('button', { name: 'Remove Ben' }).click();
    const removed = first.locator('.toast--visible');
    await expect(removed.getByRole('status')).toHaveText('Ben and their figures removed from the tally.');
    const told = second.locator('.toast--visible');
    await expect(told.getByRole('status')).toHaveText('“Ben” was removed in another tab or window.');
    await told.getByRole('button', { name: 'Bring them back' }).click();
    await expect(a.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
    await removed.getByRole('button', { name: 'Undo' }).click();
    await expect(removed.getByRole('status')).toHaveText(ALREADY_BACK);
    await expect(a.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
    await expect(a.getByRole('button', { name: 'Remove Ben' })).toBeFocused();
    // Stored once: both tabs read again show Ben once, with their figure.
    for (const page of [first, second]) {
      await page.reload();
      const club = await tool(page, 'President’s Club tally', 'Add a CSM');
      await expect(club.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
      await openCard(club, 'Ben');
      await expect(ebrOf(club, 'Ben')).toHaveValue('80');
    }
  });

  test('Bring them back after the tab that removed the CSM pressed Undo does not add them twice, says so, and gives the focus to them', async ({
    context,
  }) => {
    const { first, second, a, b } = await tallyInTwoTabs(context);
    await a.getByRole('button', { name: 'Remove Ben' }).click();
    const told = second.locator('.toast--visible');
    await expect(told.getByRole('status')).toHaveText('“Ben” was removed in another tab or window.');
    await first.locator('.toast--visible').getByRole('button', { name: 'Undo' }).click();
    await expect(b.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
    await told.getByRole('button', { name: 'Bring them back' }).click();
    await expect(told.getByRole('status')).toHaveText(ALREADY_BACK);
    await expect(b.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
    await expect(card(b, 'Ben')).toBeFocused();
    for (const page of [first, second]) {
      await page.reload();
      const club = await tool(page, 'President’s Club tally', 'Add a CSM');
      await expect(club.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
      await openCard(club, 'Ben');
      await expect(ebrOf(club, 'Ben')).toHaveValue('80');
    }
  });

  test('Undo of Clear all… after another tab brought the CSMs back does not add them twice', async ({ context }) => {
    const { first, second, a } = await tallyInTwoTabs(context);
    await a.getByRole('button', { name: 'Clear all…' }).click();
    await first.getByRole('dialog').getByRole('button', { name: 'Clear all', exact: true }).click();
    const cleared = first.locator('.toast--visible');
    await expect(cleared.getByRole('status')).toHaveText('Tally cleared.');
    const told = second.locator('.toast--visible');
    await expect(told.getByRole('status')).toHaveText('3 CSMs were removed in another tab or window.');
    await told.getByRole('button', { name: 'Bring them back' }).click();
    await expect(a.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
    await cleared.getByRole('button', { name: 'Undo' }).click();
    await expect(cleared.getByRole('status')).toHaveText('Put back.');
    await expect(a.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
    await second.reload();
    const b = await tool(second, 'President’s Club tally', 'Add a CSM');
    await expect(b.locator('.club-csm legend')).toHaveText(['Ana', 'Ben', 'Cy']);
  });

  /**
   * A Renewal Review started in a first tab, and a second tab opened on it: the second hears of the first one's
   * saves as `hears` makes it (late, or held), and the first as `firstHears` does, if given.
   */
  async function renewalInTwoTabs(
    context: BrowserContext,
    hears: (page: Page) => Promise<void>,
    firstHears?: (page: Page) => Promise<void>,
  ): Promise<{ first: Page; second: Page; renewal: Locator; renewalToo: Locator }> {
    const first = await context.newPage();
    await firstHears?.(first);
    await first.goto(MANAGER);
    const renewal = await tool(first, 'Renewal Review sessions', 'Start a Renewal Review');
    await renewal.getByRole('button', { name: 'Start a Renewal Review' }).click();
    await expect(renewal.getByRole('button', { name: 'Finish review' })).toBeVisible();
    const second = await context.newPage();
    await hears(second);
    await second.goto(MANAGER);
    const renewalToo = await tool(second, 'Renewal Review sessions', 'Finish review');
    return { first, second, renewal, renewalToo };
  }

  test('notes written in one review session in both tabs are both kept', async ({ context }) => {
    const { first, renewal, renewalToo } = await renewalInTwoTabs(context, hearsOtherTabsLate);
    const q1 = 'Note: Which renewals are coming this quarter?';
    const q2 = 'Note: Which renewals are coming in the next 2-3 quarters?';
    await renewal.getByRole('textbox', { name: q1 }).fill('From the first tab');
    await renewalToo.getByRole('textbox', { name: q2 }).fill('From the second tab');
    for (const session of [renewal, renewalToo]) {
      await expect(session.getByRole('textbox', { name: q1 })).toHaveValue('From the first tab');
      await expect(session.getByRole('textbox', { name: q2 })).toHaveValue('From the second tab');
    }
    await first.reload();
    const again = await tool(first, 'Renewal Review sessions', 'Finish review');
    await expect(again.getByRole('textbox', { name: q1 })).toHaveValue('From the first tab');
    await expect(again.getByRole('textbox', { name: q2 })).toHaveValue('From the second tab');
  });

  /*
   * Two tabs writing a note on one review question, each before hearing of the other's: the note typed last was
   * kept and the other was gone without a word (December 5, midday: "the newer change wins"). The tab that holds both
   * notes when it saves says so and offers the other.
   */
  test('two tabs write a note on one review question at once: the tab that knows both notes says so, and can copy the other', async ({
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const q1 = 'Note: Which renewals are coming this quarter?';
    // The second tab opens with the session started, then neither hears of the other's saves.
    const { first, second, renewal, renewalToo } = await renewalInTwoTabs(
      context,
      holdsOtherTabsSaves,
      holdsOtherTabsSaves,
    );
    await renewal.getByRole('textbox', { name: q1 }).fill('ACME and Globex');
    await expect.poll(async () => JSON.stringify(await storedKeys(first))).toContain('ACME and Globex');
    await renewalToo.getByRole('textbox', { name: q1 }).fill('Only Initech');
    await expect.poll(async () => JSON.stringify(await storedKeys(second))).toContain('Only Initech');
    await expect(second.getByRole('status')).toContainText(
      'Another tab saved different text at the same moment: “ACME and Globex”. Yours is kept here',
    );
    expect(await seriousViolations(second)).toEqual([]);
    await second.getByRole('button', { name: 'Copy that text' }).click();
    await expect(second.getByRole('status')).toContainText('Copied the other tab’s text.');
    expect(await second.evaluate(() => navigator.clipboard.readText())).toBe('ACME and Globex');
    await expect(renewalToo.getByRole('textbox', { name: q1 })).toHaveValue('Only Initech');
    await releaseOtherTabsSaves(first);
    await expect(renewal.getByRole('textbox', { name: q1 })).toHaveValue('Only Initech');
    await expect(first.getByRole('status')).not.toContainText('Another tab');
  });

  test('Undo of Reset all on My progress while another tab adds to the team and the tally loses neither', async ({
    context,
  }) => {
    const manager = await context.newPage();
    await manager.goto(MANAGER);
    const team = await tool(manager, TEAM, 'Reviewed a call');
    for (const name of ['Ana', 'Ben', 'Cy']) await addMember(team, name);
    const club = await tool(manager, 'President’s Club tally', 'Add a CSM');
    await addClubCsm(club, { name: 'Dee', ebr: '80' });
    await expect(club.locator('.club-csm legend')).toHaveText(['Dee']);

    const progress = await context.newPage();
    await progress.goto('/my-progress/');
    await progress.getByRole('button', { name: 'Reset all planner data…' }).click();
    await progress.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
    await expect(progress.getByRole('status')).toContainText('was reset');
    await expect(team.locator('.team-list__name')).toHaveCount(0);

    // Within the Undo's time, the manager's tab adds to the emptied team and tally.
    await addMember(team, 'Eve');
    await addClubCsm(club, { name: 'Fay', ebr: '70' });
    await expect(club.locator('.club-csm legend')).toHaveText(['Fay']);

    await progress.getByRole('button', { name: 'Undo' }).click();
    await expect(progress.getByRole('status')).toContainText('Undone');
    await expect(progress.getByRole('status')).not.toContainText('newer state');
    for (const page of [manager, progress]) {
      if (page === progress) await page.goto(MANAGER);
      else await expect(team.locator('.team-list__name')).toHaveText(['Ana', 'Ben', 'Cy', 'Eve']);
      const again = await tool(page, TEAM, 'Reviewed a call');
      await expect(again.locator('.team-list__name')).toHaveText(['Ana', 'Ben', 'Cy', 'Eve']);
      const tally = await tool(page, 'President’s Club tally', 'Add a CSM');
      await expect(tally.locator('.club-csm legend')).toHaveText(['Dee', 'Fay']);
    }
  });
});

test.describe('what is due says what the reader needs to know', () => {
  const dueRow = (due: Locator, name: string) =>
    due.getByRole('listitem').filter({ has: due.page().getByRole('link', { name, exact: true }) });

  /** A Triage and Health Review finished on 15 October 2026, one item ticked; the page is the manager's. */
  async function triageDoneOn15October(page: Page): Promise<Locator> {
    await open(page, new Date('2026-10-15T09:00:00'));
    const triage = await tool(page, 'Triage and Health Review sessions', 'Start a Triage and Health Review');
    await triage.getByRole('button', { name: 'Start a Triage and Health Review' }).click();
    await triage.getByRole('checkbox').first().check();
    await triage.getByRole('button', { name: 'Finish review' }).click();
    return triage;
  }

  test('an overdue cadence is due since the first period it was not done in, however late it is now', async ({
    page,
  }) => {
    const triage = await triageDoneOn15October(page);
    await expect(triage).toContainText('Finished');

    for (const day of ['2026-12-04', '2027-01-04']) {
      await page.clock.setSystemTime(new Date(`${day}T09:00:00`));
      await page.reload();
      const due = await tool(page, 'What is due', 'Download calendar (.ics)');
      const row = dueRow(due, 'Triage and Health Review');
      await expect(row).toContainText('Overdue');
      await expect(row).toContainText('Last done 15 Oct 2026; due since 1 Nov 2026.');
    }
  });

  test('says the handbook leaves "monthly" open and how this page counts it, and when a row reads Due or Overdue', async ({
    page,
  }) => {
    await triageDoneOn15October(page);
    await page.clock.setSystemTime(new Date('2026-12-04T09:00:00'));
    await page.reload();
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    // The handbook's words, then the site's reading of them, said as the site's (not "…: once each calendar month.").
    await expect(dueRow(due, 'Triage and Health Review')).toContainText(
      'On at least a monthly basis: the handbook does not say whether a calendar month or 30 days; this page counts calendar months.',
    );
    // The rule for the states, in the panel's own words, once.
    await expect(due).toContainText(
      'A row reads Done when it was done in its current period (a calendar month, a week, or a period of your renewal days), Due when it is not done yet in this period but was done in the one before (or never has been), and Overdue when it was done in neither; “due since” is the first day of the first period it was not done in.',
    );
  });

  test('a team member’s 1:1 and IDP sync not done say since when they are due, as the cadences do', async ({
    page,
  }) => {
    await open(page, new Date('2027-03-31T09:00:00'));
    const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    await addMember(team, 'Ana');
    await team.getByRole('checkbox', { name: '1:1 with Ana held today' }).check();
    await team.getByRole('checkbox', { name: 'IDP sync with Ana held today' }).check();
    await page.clock.setSystemTime(new Date('2027-10-01T09:00:00'));
    await page.reload();
    const row = (await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call'))
      .getByRole('listitem')
      .filter({ hasText: 'Ana' });
    // Weekly from Monday: the week after 31 March starts on 5 April. Quarterly from January: the next starts 1 April.
    await expect(row).toContainText('Last done 31 Mar 2027; due since 5 Apr 2027');
    await expect(row).toContainText('Last done 31 Mar 2027; due since 1 Apr 2027');
  });

  test('“Overdue” reads and looks as it does in the plan builder: the site has one way to say it', async ({ page }) => {
    await page.goto('/plan-builder/');
    await page.getByRole('button', { name: 'New plan' }).click();
    const picker = page.getByRole('dialog', { name: 'Start a new plan' });
    await picker.getByRole('radio', { name: 'Aspiring leader: interview mock' }).check();
    await picker.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByLabel('Start date (day 1)').fill(isoDaysFromToday(-20));
    const inPlan = await tagLook(
      page
        .locator('.plan-action')
        .getByText(/Overdue/)
        .first(),
    );

    const manager = await page.context().newPage();
    await triageDoneOn15October(manager);
    await manager.clock.setSystemTime(new Date('2026-12-04T09:00:00'));
    await manager.reload();
    const due = await tool(manager, 'What is due', 'Download calendar (.ics)');
    const inManager = await tagLook(dueRow(due, 'Triage and Health Review').getByText(/Overdue/));
    expect(inManager).toEqual(inPlan);
  });

  test('a call review shows the day it was logged; when only its week is known, says the week', async ({ page }) => {
    // Tuesday 8 December 2026: its week starts on Monday 7 December.
    await open(page, new Date('2026-12-08T09:00:00'));
    const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await expect(team).toContainText('1 call reviewed this week');
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    const calls = dueRow(due, 'Call reviews this week');
    await expect(calls).toContainText('Last done 8 Dec 2026');
    // Two calls, then one taken off: which one went is not known, so only the week is.
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await team.getByRole('button', { name: 'Take one off' }).click();
    await expect(team).toContainText('1 call reviewed this week');
    await expect(calls).toContainText('Last done in the week of 7 Dec 2026');
    await expect(calls).not.toContainText('Last done 7 Dec 2026');
  });

  test('Renewal Review before its days are chosen: only the prompt, no Due, on the page and on My progress', async ({
    page,
  }) => {
    await open(page);
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    const renewal = dueRow(due, 'Renewal Review');
    await expect(renewal).toContainText('At least twice-monthly: no days chosen yet.');
    await expect(renewal).not.toContainText(/Due|Overdue|Done/);
    // Something to show on My progress: a call reviewed.
    const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await expect(team).toContainText('1 call reviewed this week');
    await page.goto('/my-progress/');
    const week = page
      .locator('.tool-panel')
      .filter({ has: page.getByRole('heading', { name: 'My week as a manager' }) });
    await week.scrollIntoViewIfNeeded();
    const item = week.getByRole('listitem').filter({ hasText: 'Renewal Review' });
    await expect(item).not.toContainText(/Due|Overdue|Done/);
    await item.getByRole('link', { name: 'choose them on the manager page' }).click();
    await expect(page).toHaveURL(/csm-manager\/#manager-due-title$/);
    await expect(dueRow(await tool(page, 'What is due', 'Download calendar (.ics)'), 'Renewal Review')).toContainText(
      'no days chosen yet',
    );
  });
});

test.describe('the tools follow the day while the page stays open', () => {
  // Sunday 4 April 2027, 3 minutes to midnight: Monday 5 April starts a new week (weeks start on Monday by
  // default) and the 1st week of April, so what a tool shows for "today" changes at midnight.
  const SUNDAY_LATE = new Date('2027-04-04T23:57:00');
  const dueRow = (due: Locator, name: string) =>
    due.getByRole('listitem').filter({ has: due.page().getByRole('link', { name, exact: true }) });

  /** The page opened late on Sunday, one call reviewed then; the team tool, alive. */
  async function sundayLateWithACall(page: Page): Promise<Locator> {
    await open(page, SUNDAY_LATE);
    const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await expect(team).toContainText('1 call reviewed this week');
    return team;
  }

  test('a 1:1 ticked and a call counted just after midnight are the new day’s, with no reload', async ({ page }) => {
    await open(page, SUNDAY_LATE);
    const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
    await team.getByRole('textbox', { name: 'First name or initials' }).fill('Ana');
    await page.keyboard.press('Enter');
    const ana = team.getByRole('listitem').filter({ hasText: 'Ana' });
    await expect(ana).toContainText('Due');

    await page.clock.runFor('05:00');
    const held = team.getByRole('checkbox', { name: '1:1 with Ana held today' });
    await held.click();
    await expect(held).toBeChecked();
    await expect(ana).toContainText('Last done 5 Apr 2027');
    await team.getByRole('button', { name: 'Reviewed a call' }).click();
    await expect(team).toContainText('1 call reviewed this week');
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    await expect(dueRow(due, 'Call reviews this week')).toContainText('Last done 5 Apr 2027');
    const stored = await storedKeys(page);
    expect(JSON.parse(stored['csm-handbook:manager:team'] ?? '{}').members[0].oneOnOnes).toEqual(['2027-04-05']);
    expect(JSON.parse(stored['csm-handbook:manager:calls'] ?? '{}').weeks).toMatchObject([
      { week: '2027-04-05', count: 1, lastDay: '2027-04-05' },
    ]);
  });

  test('left open overnight, what is due, the call counter and the 1:1 agenda move on at midnight', async ({
    page,
  }) => {
    const team = await sundayLateWithACall(page);
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    const calls = dueRow(due, 'Call reviews this week');
    await expect(calls).toContainText('Done');
    const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
    await expect(agenda).toContainText('March 2027');

    await page.clock.fastForward('10:05:00');
    await expect(team).toContainText('0 calls reviewed this week');
    await expect(calls).toContainText('Due');
    await expect(calls).toContainText('Last done 4 Apr 2027');
    await expect(agenda).toContainText('1st week of April 2027');
    await expect(agenda.getByLabel('Week of')).toHaveValue('2027-04-05');
  });

  test('a tab that slept past midnight shows the new day as soon as the reader comes back to it', async ({ page }) => {
    const team = await sundayLateWithACall(page);
    // The computer slept: the time jumps, and no timer ran meanwhile.
    await page.clock.setSystemTime(new Date('2027-04-05T10:02:00'));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(team).toContainText('0 calls reviewed this week');
  });
});

test.describe('Renewal Review on two days of each month', () => {
  const renewalRow = (due: Locator) =>
    due.getByRole('listitem').filter({ has: due.page().getByRole('link', { name: 'Renewal Review', exact: true }) });

  test('the same day twice is refused at its field: the field shows the day kept, says why, and the days chosen before stay', async ({
    page,
  }) => {
    await open(page);
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    await due.getByRole('radio', { name: 'Two days of each month' }).check();
    const first = due.getByRole('combobox', { name: 'First day' });
    const second = due.getByRole('combobox', { name: 'Second day' });
    await first.selectOption('20');
    await expect(renewalRow(due)).toContainText('on day 20 and day 15 of each month (your choice)');

    // Refused, the second day shows the day kept, 15, as a reload does: it showed 20, a choice not saved. The
    // field still says why, as the refused figures' and names' fields do.
    await second.selectOption('20');
    const why = 'Choose two different days: day 20 twice is once a month. Not saved.';
    await expect(page.getByRole('status')).toHaveText(why);
    await expect(second).toHaveValue('15');
    await expect(second).toHaveAttribute('aria-invalid', 'true');
    await expect(second).toHaveAccessibleDescription(why);
    await expect(due.locator('.field__error')).toHaveText(why);
    await expect(first).toHaveValue('20');
    await expect(first).not.toHaveAttribute('aria-invalid');
    await expect(renewalRow(due)).toContainText('on day 20 and day 15 of each month (your choice)');
    const ics = await downloaded(page, () => due.getByRole('button', { name: 'Download calendar (.ics)' }).click());
    expect(unfoldContentLines(ics)).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=15,20');

    await page.reload();
    const dueAgain = await tool(page, 'What is due', 'Download calendar (.ics)');
    const secondAgain = dueAgain.getByRole('combobox', { name: 'Second day' });
    await expect(secondAgain).toHaveValue('15');
    await expect(secondAgain).not.toHaveAttribute('aria-invalid');
    await expect(renewalRow(dueAgain)).toContainText('on day 20 and day 15 of each month (your choice)');
  });

  test('days stored twice the same (an old backup) make no schedule; the field says why until one is changed', async ({
    page,
  }) => {
    await open(page);
    await page.evaluate(() =>
      localStorage.setItem(
        'csm-handbook:manager:settings',
        JSON.stringify({ v: 2, kind: 'settings', renewal: { rule: 'days', days: [20, 20] } }),
      ),
    );
    await page.reload();
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    await expect(renewalRow(due)).toContainText('At least twice-monthly: no days chosen yet.');
    await expect(renewalRow(due)).not.toContainText(/Due|Overdue|Done/);
    const second = due.getByRole('combobox', { name: 'Second day' });
    await expect(second).toHaveAttribute('aria-invalid', 'true');
    await expect(second).toHaveAccessibleDescription('Choose two different days: day 20 twice is once a month.');
    const ics = await downloaded(page, () => due.getByRole('button', { name: 'Download calendar (.ics)' }).click());
    expect(ics).not.toContain('BYMONTHDAY');

    await second.selectOption('5');
    await expect(second).not.toHaveAttribute('aria-invalid');
    await expect(renewalRow(due)).toContainText('on day 20 and day 5 of each month (your choice)');
  });
});

test('a field error is said in the page’s live region as it appears: Renewal Review’s days and the tally’s figures', async ({
  page,
}) => {
  await open(page);
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  await due.getByRole('radio', { name: 'Two days of each month' }).check();
  const second = due.getByRole('combobox', { name: 'Second day' });
  await second.selectOption('1');
  const sameDay = 'Choose two different days: day 1 twice is once a month. Not saved.';
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(second).toHaveAccessibleDescription(sameDay);
  await expect(page.getByRole('status')).toHaveText(sameDay);

  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsm(club, { name: 'Ana', ebr: '120' });
  const ebr = club.getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  const percent = 'A percentage is between 0 and 100. Not saved.';
  await expect(ebr).toHaveAttribute('aria-invalid', 'true');
  await expect(ebr).toHaveAccessibleDescription(percent);
  await expect(page.getByRole('status')).toHaveText(percent);
  await expectAxeClean(page);
});

test('at 1280 px, the page’s message about a figure the tally cannot take never covers the field’s own error', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsm(club, { name: 'Ana', ebr: '50' });
  const ebr = club.getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  await ebr.fill('150');
  // The reader has scrolled on, the field at the screen's foot, and leaves it with a click on the card's name.
  await ebr.evaluate((field) =>
    window.scrollBy({ top: field.getBoundingClientRect().bottom - (window.innerHeight - 50), behavior: 'instant' }),
  );
  await club.locator('.club-csm legend').click();
  const why = 'A percentage is between 0 and 100. Not saved.';
  await expect(ebr).toHaveAccessibleDescription(why);
  const toast = page.locator('.toast').filter({ has: page.getByRole('status').filter({ hasText: why }) });
  await expect(toast).toBeVisible();
  // Once the toast has slid into place, the field's error is on screen and clear of it.
  await toast.evaluate((box) => Promise.all(box.getAnimations().map((animation) => animation.finished)));
  const error = club.locator('.field__error').filter({ hasText: why });
  await expect(error).toBeInViewport();
  const [a, b] = [await error.boundingBox(), await toast.boundingBox()];
  if (!a || !b) throw new Error('the error or the toast is not drawn');
  const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
  expect(apart, `the field's error ${JSON.stringify(a)}, the toast ${JSON.stringify(b)}`).toBe(true);
});

// A tester's review (December 7, late night): the message went to the top of the screen because another card's error was at its
// foot, and there covered the field the reader had just left near the top of the screen, and its error.
test('at 1280 px, the message about a figure refused near the top of the screen covers neither the field nor its error, whatever is at the foot', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsms(club, [
    ['Ana', '50'],
    ['Ben', '50'],
  ]);
  const ebrOf = (name: string) =>
    club.getByRole('group', { name, exact: true }).getByRole('textbox', { name: '% of Accounts with EBRs completed' });
  const why = 'A percentage is between 0 and 100. Not saved.';
  // Ben's figure refused first: his error stays under his field.
  await ebrOf('Ben').fill('150');
  await ebrOf('Ben').press('Tab');
  await expect(ebrOf('Ben')).toHaveAccessibleDescription(why);
  // A screen whose top holds Ana's figure, just under the header, and whose foot holds Ben's error.
  const top = await ebrOf('Ana').evaluate((field) => field.getBoundingClientRect().top + window.scrollY);
  const foot = await club
    .getByRole('group', { name: 'Ben', exact: true })
    .locator('.field__error')
    .evaluate((error) => error.getBoundingClientRect().bottom + window.scrollY);
  await page.setViewportSize({ width: 1280, height: Math.round(foot - top + 70 + 24) });
  await page.evaluate((y) => window.scrollTo({ top: y - 70, behavior: 'instant' }), top);
  // Ana's figure refused, left with Tab for her next figure.
  await ebrOf('Ana').fill('150');
  await ebrOf('Ana').press('Tab');
  await expect(ebrOf('Ana')).toHaveAccessibleDescription(why);
  const toast = page.locator('.toast--visible');
  await expect(toast).toBeVisible();
  await toast.evaluate((box) => Promise.all(box.getAnimations().map((animation) => animation.finished)));
  const ana = club.getByRole('group', { name: 'Ana', exact: true });
  const boxes = {
    field: await ebrOf('Ana').boundingBox(),
    error: await ana.locator('.field__error').boundingBox(),
    focus: await page.locator(':focus').boundingBox(),
  };
  const b = await toast.boundingBox();
  if (!b) throw new Error('the toast is not drawn');
  for (const [what, a] of Object.entries(boxes)) {
    if (!a) throw new Error(`${what} is not drawn`);
    expect(a.y, `${what} near the top of the screen`).toBeLessThan(250);
    const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
    expect(apart, `${what} ${JSON.stringify(a)}, the toast ${JSON.stringify(b)}`).toBe(true);
  }
});

test.describe('review sessions', () => {
  test('a finished session is listed under Earlier sessions at once', async ({ page }) => {
    await open(page);
    const renewal = await tool(page, 'Renewal Review sessions', 'Start a Renewal Review');
    await expect(renewal).toContainText('No session yet.');
    await renewal.getByRole('button', { name: 'Start a Renewal Review' }).click();
    await renewal.getByRole('checkbox', { name: 'Which renewals are coming this quarter?' }).check();
    // While it is in progress, it is the only session: none earlier, and nothing to start.
    await expect(renewal).not.toContainText('No session yet.');
    await renewal.getByRole('button', { name: 'Finish review' }).click();
    await expect(renewal.getByRole('heading', { name: /Renewal Review, 7 Dec 2026/ })).toContainText('Finished');
    const earlier = renewal.getByRole('list', { name: 'Earlier sessions' });
    await expect(earlier.getByRole('listitem')).toHaveText([/7 Dec 2026 · Finished · 1 of 5 ticked/]);
    await expect(renewal).not.toContainText('No session yet.');
    await expectAxeClean(page);
  });

  test('finishing with no item ticked asks first, Cancel focused; confirmed, it counts as done', async ({ page }) => {
    await open(page);
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    const triageRow = due
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Triage and Health Review', exact: true }) });
    const triage = await tool(page, 'Triage and Health Review sessions', 'Start a Triage and Health Review');
    await triage.getByRole('button', { name: 'Start a Triage and Health Review' }).click();
    const finish = triage.getByRole('button', { name: 'Finish review' });
    await finish.click();
    const dialog = page.getByRole('dialog', { name: 'No item is ticked. Finish anyway?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectAxeClean(page);
    // Enter keeps it open, in progress; the focus goes back to Finish review.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(finish).toBeFocused();
    await expect(triage.getByRole('heading', { name: /Triage and Health Review, 7 Dec 2026/ })).toContainText(
      'In progress',
    );
    await expect(triageRow).toContainText('Due');
    // Escape too.
    await finish.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(triageRow).toContainText('Due');
    // Finish anyway: finished, and the cadence is done.
    await finish.click();
    await dialog.getByRole('button', { name: 'Finish anyway' }).click();
    await expect(triage.getByRole('heading', { name: /Triage and Health Review, 7 Dec 2026/ })).toContainText(
      'Finished',
    );
    await expect(triageRow).toContainText('Done');
    await expect(triage.getByRole('list', { name: 'Earlier sessions' })).toContainText('0 of 3 ticked');
  });
});

test('the 1:1 agenda says whose 1:1 it is, as the handbook’s section does, and notes its other mention', async ({
  page,
}) => {
  await open(page);
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await expect(agenda).toContainText('your weekly 1:1 with your director or vice president');
  await expect(agenda).toContainText('The structure of 1:1s is to follow the documented 1:1 cadence');
  const md = await downloaded(page, () => agenda.getByRole('button', { name: 'Download .md' }).click());
  expect(md).toContain('weekly 1:1 with your director or vice president');
  const ics = await downloaded(page, () => agenda.getByRole('button', { name: 'Download calendar (.ics)' }).click());
  expect(unfoldContentLines(ics)).toContain('weekly 1:1 with your director or vice president');
});

test('the week-start and quarter-start choices look like dropdowns: each draws its chevron', async ({ page }) => {
  await open(page);
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  for (const name of ['Weeks start on', 'Quarters start in']) {
    const select = due.getByRole('combobox', { name });
    await expect(select).toHaveCSS('background-image', /linear-gradient/);
    await expect(select).toHaveCSS('appearance', 'none');
  }
});

test('President’s Club: a long unbroken team or CSM name wraps, so no table of the tally needs scrolling', async ({
  page,
}) => {
  // A 75-character team name made the result box scroll sideways at 375 px, a box the keyboard could not
  // reach (axe: scrollable-region-focusable). Names wrap instead, as every other long word of the tools does.
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  const team = `Team${'x'.repeat(70)}`;
  await addClubCsm(club, { name: `Ana${'y'.repeat(40)}`, ebr: '90', team });
  await openWorking(club);
  await expect(club.getByRole('table', { name: 'EBRs %', exact: true })).toBeVisible();
  const wider = await club
    .locator('.table-scroll')
    .evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth).length);
  expect(wider).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a name as long as the limits allow, one word, stays inside the panel on a phone: the roster, the tally, their messages', async ({
  page,
}) => {
  // 40 characters and no space (initials run together, a pasted handle): the roster's name and its Remove button
  // made the page 746 px wide at 375 px, the tally's card and its Remove button 788 px.
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const name = 'W'.repeat(40);
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await addMember(team, name);
  expect(await pageWidth()).toBeLessThanOrEqual(375);
  await team.getByRole('button', { name: `Remove ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${name} from your team?` });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  // The message naming them wraps inside the screen (the toast is fixed: it did not widen the page, it cut the name).
  const message = page.getByRole('status').filter({ hasText: `${name} removed from the team.` });
  await expect(message).toBeVisible();
  const box = await message.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(375);
  await page.getByRole('button', { name: 'Undo' }).click();
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsm(club, { name, ebr: '90', team: 'T'.repeat(80) });
  await expect(club.getByRole('button', { name: `Remove ${name}` })).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a review session’s Delete and Close give the focus to Start, and its Undo to the session back', async ({
  page,
}) => {
  await open(page);
  const triage = await tool(page, 'Triage and Health Review sessions', 'Start a Triage and Health Review');
  const start = triage.getByRole('button', { name: 'Start a Triage and Health Review' });
  const heading = triage.getByRole('heading', { name: /^Triage and Health Review, / });
  await start.click();
  await expect(heading).toBeFocused();
  // Delete went with its session and left the focus to the page.
  await triage.getByRole('button', { name: 'Delete', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
  // Undo (here by its shortcut, the focus on Start) brings the session back, and the focus goes to it.
  await page.keyboard.press('Control+z');
  await expect(heading).toBeFocused();
  // Its Undo chosen in the message: the focus went to another tool's field.
  await triage.getByRole('button', { name: 'Delete', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await triage.getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
});

test('a session opened from the earlier sessions’ list gives the focus to its heading', async ({ page }) => {
  await open(page);
  const triage = await tool(page, 'Triage and Health Review sessions', 'Start a Triage and Health Review');
  await triage.getByRole('button', { name: 'Start a Triage and Health Review' }).click();
  await triage.getByRole('button', { name: 'Close', exact: true }).click();
  // Its Open button goes as the session opens (shown above): the focus goes to the session, not to the page.
  await triage.getByRole('button', { name: 'Open: Triage and Health Review, 7 Dec 2026' }).focus();
  await page.keyboard.press('Enter');
  await expect(triage.getByRole('heading', { name: /^Triage and Health Review, 7 Dec 2026/ })).toBeFocused();
  await expect(triage.getByRole('button', { name: /^Open:/ })).toHaveCount(0);
});

// A third audit: with the call reviews saved by a newer version, What is due said "Due … Not done yet" and the
// counter "0 calls reviewed this week", as if none had been counted; only the page's notice spoke of newer data.
test('a record this page cannot read is not known here, never shown as nothing done: What is due, the calls, the team', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const kind of ['calls', 'team'])
      localStorage.setItem(`csm-handbook:manager:${kind}`, `{"v":99,"kind":"${kind}"}`);
  });
  await open(page);
  const said = 'Not known here: saved by a newer version of this site, which this one cannot read.';
  const due = panel(page, 'What is due');
  await due.scrollIntoViewIfNeeded();
  const calls = due.getByRole('listitem').filter({ hasText: 'Call reviews' });
  await expect(calls).toContainText(said);
  await expect(calls).not.toContainText(/Due|Done|Overdue|Not done yet/);
  // What is read shows as before.
  await expect(due.getByRole('listitem').filter({ hasText: 'Triage and Health Review' })).toContainText('Due');
  // The cadence calendar holds each member's 1:1s and syncs: not written without them.
  await expect(due).toContainText(`Download calendar (.ics): ${said}`);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Add to team');
  await expect(team).toContainText(said);
  await expect(team).not.toContainText(/calls? reviewed this week|No one yet/);
  // No count to change: the calls are not read, and a newer record is never written over.
  await expect(team.getByRole('button', { name: 'Reviewed a call' })).toHaveCount(0);
  await expectAxeClean(page);
});

// A fourth audit: with the settings saved by a newer version and the team read, Your team gave each member's 1:1
// and IDP sync a state worked out with the default week start and quarters ("Done", "Due"), said nowhere.
test('settings this page cannot read, with the team read: each member’s 1:1 and IDP sync are not known here, and the settings stay as stored', async ({
  page,
}) => {
  const settings = '{"v":99,"kind":"settings","weekStart":"sunday"}';
  await page.addInitScript((stored) => {
    localStorage.setItem('csm-handbook:manager:settings', stored);
    localStorage.setItem(
      'csm-handbook:manager:team',
      JSON.stringify({
        v: 2,
        kind: 'team',
        members: [{ id: 'ana', name: 'Ana', oneOnOnes: ['2026-12-07'], idpSyncs: ['2026-10-05'], added: 1 }],
        removed: {},
      }),
    );
  }, settings);
  await open(page);
  const said = 'Not known here: saved by a newer version of this site, which this one cannot read.';
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Add to team');
  const ana = team.getByRole('listitem').filter({ hasText: 'Ana' });
  await expect(ana).toContainText(`Weekly 1:1 (45-60 minutes): ${said}`);
  await expect(ana).toContainText(`Quarterly 1-hour IDP sync: ${said}`);
  await expect(ana).not.toContainText(/Done|Due|Overdue|Last done/);
  // What the team record holds is the reader's to use: a 1:1 held today is logged, and the settings stay unread.
  await ana.getByRole('checkbox', { name: '1:1 with Ana held today' }).uncheck();
  await expect(ana.getByRole('checkbox', { name: '1:1 with Ana held today' })).not.toBeChecked();
  await expect(ana).toContainText(`Weekly 1:1 (45-60 minutes): ${said}`);
  expect(await page.evaluate(() => localStorage.getItem('csm-handbook:manager:settings'))).toBe(settings);
  await expectAxeClean(page);
});

/*
 * A fifth audit: with the settings saved by a newer version (the team and the calls read), the parts of the page
 * that depend on them still worked from the defaults and said nothing: the choices form showed Monday, January and
 * no renewal rule as the reader's, the cadence calendar was written with them (no Renewal Review), the 1:1 agenda
 * drew Monday weeks, and "Reviewed a call" counted into a Monday week the counter could not show.
 */
const NEWER_SETTINGS = '{"v":99,"kind":"settings","weekStart":"sunday","quarterStartMonth":2}';
const NOT_KNOWN = 'Not known here: saved by a newer version of this site, which this one cannot read.';

/** The manager page on Monday 7 December 2026, its settings saved by a newer version. */
async function openWithNewerSettings(page: Page): Promise<void> {
  await page.addInitScript((stored) => localStorage.setItem('csm-handbook:manager:settings', stored), NEWER_SETTINGS);
  await open(page);
}

/** The settings stored, as the newer version left them. */
const storedSettings = (page: Page) => page.evaluate(() => localStorage.getItem('csm-handbook:manager:settings'));

/** What is due, alive: the rows that read the settings say why they are not known. */
async function dueWithSettingsUnread(page: Page): Promise<Locator> {
  const due = panel(page, 'What is due');
  await due.scrollIntoViewIfNeeded();
  await expect(due.getByRole('listitem').filter({ hasText: 'Renewal Review' })).toContainText(NOT_KNOWN);
  return due;
}

test('settings this page cannot read: the choices are not shown as made, only why, with no control to change them', async ({
  page,
}) => {
  await openWithNewerSettings(page);
  const due = await dueWithSettingsUnread(page);
  const choices = due.getByRole('group', { name: 'Where the handbook is silent: your choices' });
  await expect(choices).toContainText(NOT_KNOWN);
  // Monday, January and no renewal rule were shown as the reader's choices.
  await expect(choices.getByRole('combobox')).toHaveCount(0);
  await expect(choices.getByRole('radio')).toHaveCount(0);
  await expect(choices).not.toContainText(/Monday|January/);
  expect(await storedSettings(page)).toBe(NEWER_SETTINGS);
  await expectAxeClean(page);
});

test('settings this page cannot read: the cadence calendar is not offered, and What is due says why', async ({
  page,
}) => {
  await openWithNewerSettings(page);
  const due = await dueWithSettingsUnread(page);
  // Written with Monday weeks and January quarters, and without Renewal Review, whose days the settings hold.
  await expect(due.getByRole('button', { name: 'Download calendar (.ics)' })).toHaveCount(0);
  await expect(due).toContainText(`Download calendar (.ics): ${NOT_KNOWN}`);
  expect(await storedSettings(page)).toBe(NEWER_SETTINGS);
  await expectAxeClean(page);
});

test('settings this page cannot read: the 1:1 agenda says its weeks’ first day is not known and which it shows; notes are kept', async ({
  page,
}) => {
  await openWithNewerSettings(page);
  const agenda = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await expect(agenda).toContainText(`Weeks start on: ${NOT_KNOWN} Weeks are shown from Monday.`);
  await expect(agenda.locator('.agenda-week')).toContainText('7 Dec – 13 Dec 2026');
  // The agenda stays the reader's to use: a note is saved in the week shown, the settings stay as stored.
  const note = agenda.getByRole('textbox', { name: /^Note: / }).first();
  await note.fill('Hiring plan');
  await page.reload();
  const again = await tool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await expect(again.getByRole('textbox', { name: /^Note: / }).first()).toHaveValue('Hiring plan');
  expect(await storedSettings(page)).toBe(NEWER_SETTINGS);
  await expectAxeClean(page);
});

test('settings this page cannot read: the call counter says why and offers no count into a week it cannot tell', async ({
  page,
}) => {
  await openWithNewerSettings(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Add to team');
  // The counter's live region; the panel's other is the page's message (its title is the page's, placed above it).
  const counter = team.locator('p[aria-live]:not(.toast__text)');
  await expect(counter).toHaveText(NOT_KNOWN);
  // Counted into a Monday week, a call was shown nowhere: the counter kept saying it is not known.
  await expect(team.getByRole('button', { name: 'Reviewed a call' })).toHaveCount(0);
  await expect(team.getByRole('button', { name: 'Take one off' })).toHaveCount(0);
  expect(await storedSettings(page)).toBe(NEWER_SETTINGS);
  expect(await page.evaluate(() => localStorage.getItem('csm-handbook:manager:calls'))).toBeNull();
  await expectAxeClean(page);
});

test('settings this page cannot read, and no one on the team yet: the roster says so, as the team is known', async ({
  page,
}) => {
  await openWithNewerSettings(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Add to team');
  // The empty roster said "Not known here", as if the team were unread: only the settings are.
  await expect(team).toContainText(
    'No one yet. Add your team members to track their weekly 1:1s and quarterly IDP syncs.',
  );
  await addMember(team, 'Ana');
  await expect(team.getByRole('listitem').filter({ hasText: 'Ana' })).toContainText(
    `Weekly 1:1 (45-60 minutes): ${NOT_KNOWN}`,
  );
  expect(await storedSettings(page)).toBe(NEWER_SETTINGS);
});

// A third audit: Remove on a CSM of the tally, and its Undo, dropped the focus to the page (a keyboard reader was
// sent back to the top), where Your team's Remove and Undo keep it with the roster.
test('removing a CSM from the tally keeps the focus in the tally, and Undo gives it back to them', async ({ page }) => {
  await open(page);
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  for (const name of ['Ana', 'Ben', 'Cy']) await addClubCsm(club, { name, ebr: '90' });
  await club.getByRole('button', { name: 'Remove Ben' }).focus();
  await page.keyboard.press('Enter');
  await expect(club.getByRole('button', { name: 'Remove Ben' })).toHaveCount(0);
  // The next CSM's Remove button, as in Your team; the last one removed: the one before.
  await expect(club.getByRole('button', { name: 'Remove Cy' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(club.getByRole('button', { name: 'Remove Ben' })).toBeFocused();
  await club.getByRole('button', { name: 'Remove Cy' }).focus();
  await page.keyboard.press('Enter');
  await expect(club.getByRole('button', { name: 'Remove Ben' })).toBeFocused();
});

test('a tally or a review session this page cannot read is not known here, never “No CSM yet” or “No session yet”', async ({
  page,
}) => {
  const club = '{"v":99,"kind":"club"}';
  const session = '{"v":99,"kind":"review","review":"triage-health"}';
  await page.addInitScript(
    ({ c, s }) => {
      localStorage.setItem('csm-handbook:manager:club', c);
      localStorage.setItem('csm-handbook:manager:review-later', s);
    },
    { c: club, s: session },
  );
  await open(page);
  const tally = panel(page, 'President’s Club tally');
  await tally.scrollIntoViewIfNeeded();
  await expect(tally).toContainText(NOT_KNOWN);
  await expect(tally).not.toContainText('No CSM yet');
  // Nothing to change a tally this page cannot show: no choices shown as unmade, no Add a CSM.
  await expect(tally.getByRole('radio')).toHaveCount(0);
  await expect(tally.getByRole('button', { name: 'Add a CSM' })).toHaveCount(0);
  const triage = await tool(page, 'Triage and Health Review sessions', 'Start a Triage and Health Review');
  await expect(triage).toContainText(NOT_KNOWN);
  await expect(triage).not.toContainText('No session yet');
  expect(
    await page.evaluate(() => [
      localStorage.getItem('csm-handbook:manager:club'),
      localStorage.getItem('csm-handbook:manager:review-later'),
    ]),
  ).toEqual([club, session]);
  await expectAxeClean(page);
});

/*
 * An audit of print: a review session printed as a form (a "Note" label and an empty box under every question, the
 * filled one inside its field), What is due printed "choose the days below" over a choice paper does not show, and
 * the tally's working printed its disclosure triangle, a control's mark.
 */
test('the manager page prints as a record: notes as words, no boxes to type in, no sentence pointing to a control', async ({
  page,
}) => {
  await open(page);
  const due = await tool(page, 'What is due', 'Download calendar (.ics)');
  const renewal = await tool(page, 'Renewal Review sessions', 'Start a Renewal Review');
  await renewal.getByRole('button', { name: 'Start a Renewal Review' }).click();
  await renewal
    .getByRole('textbox', { name: 'Note: Which renewals are coming this quarter?' })
    .fill('Two renewals: ACME <b>at risk</b>');
  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await addClubCsm(club, { name: 'Ana', ebr: '90', team: 'East' });
  await page.emulateMedia({ media: 'print' });
  await expect(renewal.getByRole('textbox')).toHaveCount(0);
  await expect(renewal.getByText('Note', { exact: true }).filter({ visible: true })).toHaveCount(0);
  await expect(renewal.getByText('Note: Two renewals: ACME <b>at risk</b>', { exact: true })).toBeVisible();
  const renewalDue = due
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Renewal Review', exact: true }) });
  await expect(renewalDue).toContainText('At least twice-monthly: no days chosen yet.');
  // "below" as a place on the page (the tally's readings, printed since December 8, say "a score below 0").
  await expect(
    page
      .locator('.tool-panel')
      .getByText(/below(?! 0)/)
      .filter({ visible: true }),
  ).toHaveCount(0);
  const disclosure = club.getByText('Working, per category');
  expect(await disclosure.evaluate((summary) => getComputedStyle(summary).display)).not.toBe('list-item');
  await page.emulateMedia({ media: 'screen' });
  await expect(renewal.getByText('Note: Two renewals: ACME <b>at risk</b>', { exact: true })).toBeHidden();
});

// Until December 7, with two tabs open, a 1:1 agenda note stamped ahead of this browser's clock (a backup from a
// laptop an hour fast, or a hand-edited one) replaced the note typed in one of them, without a word. A change is
// now stamped later than every stamp of the record it changes (src/lib/stamp-time.ts).
test('a 1:1 agenda note stamped an hour ahead, two tabs open: the note typed in one stays', async ({ context }) => {
  const key = 'csm-handbook:manager:agenda-2026-12-07';
  const ahead = MONDAY.getTime() + 3_600_000;
  const week = {
    v: 2,
    kind: 'agenda',
    week: '2026-12-07',
    items: { 'a1-2': { done: false, note: 'Stored note', at: { note: ahead } } },
    updatedAt: ahead,
  };
  const a = await context.newPage();
  await open(a);
  await a.evaluate(([k, value]) => localStorage.setItem(k as string, value as string), [key, JSON.stringify(week)]);
  await a.reload();
  const notes: Locator[] = [];
  for (const tab of [a, await context.newPage()]) {
    if (tab !== a) await open(tab);
    const agenda = await tool(tab, 'This week’s 1:1 agenda', 'Copy as Markdown');
    const note = agenda.getByRole('textbox', { name: 'Note: Development: Personal Growth Plan' });
    await expect(note).toHaveValue('Stored note');
    notes.push(note);
  }
  const [typed, other] = notes as [Locator, Locator];
  await typed.fill('Typed note');
  await expect(other).toHaveValue('Typed note');
  // The other tab heard of the save and merged it: what it would write back, it has by now.
  await a.waitForTimeout(1500);
  for (const note of notes) await expect(note).toHaveValue('Typed note');
  expect(JSON.parse((await storedKeys(a))[key] ?? '{}').items['a1-2'].note).toBe('Typed note');
});

// The last stop's note (December 7): a Hebrew name or note took the page's left-to-right direction in its field.
test('right-to-left words: a Hebrew name and note are laid out right to left, in their fields and the roster', async ({
  page,
}) => {
  await open(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  const name = team.getByRole('textbox', { name: 'First name or initials' });
  await name.fill('דנה כ.');
  expect(await drawnDirection(name)).toBe('rtl');
  await team.getByRole('button', { name: 'Add to team' }).click();
  const listed = team.locator('.team-list__name').filter({ hasText: 'דנה כ.' });
  await expect(listed).toBeVisible();
  expect(await drawnDirection(listed)).toBe('rtl');

  const club = await tool(page, 'President’s Club tally', 'Add a CSM');
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  const card = club.locator('.club-csm').last();
  const csm = card.getByRole('textbox', { name: 'CSM (first name or initials)' });
  await csm.fill('יואב');
  expect(await drawnDirection(csm)).toBe('rtl');
  // The card's legend, the reader's name alone, too.
  await expect(card.locator('legend')).toHaveText('יואב');
  expect(await drawnDirection(card.locator('legend'))).toBe('rtl');
  const csmTeam = card.getByRole('textbox', { name: 'Team' });
  await csmTeam.fill('צוות 2');
  expect(await drawnDirection(csmTeam)).toBe('rtl');

  const checklist = await tool(page, 'Review Checklist sessions', 'Start a Review Checklist');
  await checklist.getByRole('button', { name: 'Start a Review Checklist' }).click();
  const note = checklist.getByRole('textbox', { name: /^Note: / }).first();
  await note.fill('נבדק עם הלקוח, 4 חשבונות.');
  expect(await drawnDirection(note)).toBe('rtl');
});

/*
 * A reader's right-to-left name inside the site's sentence ("Remove דנה כ.", "1:1 with דנה כ. held today") took the
 * sentence's punctuation and words beside it into its own run: the label read in an order nobody wrote. The name
 * is isolated where the site fills it in (src/i18n/translator.ts: U+2068 … U+2069 around a value with right-to-left
 * letters), so the button's and the checkbox's names hold it as one run; the .ics and Markdown files do not
 * (tests/unit/reader-text-isolates.test.ts).
 */
test('right-to-left words: a Hebrew name in the roster’s Remove button and 1:1 label is isolated from the site’s words', async ({
  page,
}) => {
  await open(page);
  const team = await tool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await team.getByRole('textbox', { name: 'First name or initials' }).fill('דנה כ.');
  await team.getByRole('button', { name: 'Add to team' }).click();
  await expect(team.getByRole('button', { name: /^Remove / })).toHaveAccessibleName('Remove \u2068דנה כ.\u2069');
  await expect(team.getByRole('checkbox', { name: /^1:1 with / })).toHaveAccessibleName(
    '1:1 with \u2068דנה כ.\u2069 held today',
  );
  // A name without right-to-left letters is as it was: nothing to isolate in a left-to-right sentence.
  await team.getByRole('textbox', { name: 'First name or initials' }).fill('Ana');
  await team.getByRole('button', { name: 'Add to team' }).click();
  await expect(team.getByRole('button', { name: 'Remove Ana', exact: true })).toBeVisible();
});

// review3a (December 8): a CSM manager's week on the production build.
test.describe('a manager’s week (review3a)', () => {
  // M1: "$1.5M" typed into the ending ARR was read by the browser's number field as 1.5 and saved with no word:
  // Ana's contribution became 6,666,666 % and took 1st place. A figure is read whole or refused, saying why.
  test('President’s Club: a figure typed as “$1.5M” is refused and says why; the figure left before is kept and scored', async ({
    page,
  }) => {
    await open(page);
    const club = await tool(page, 'President’s Club tally', 'Add a CSM');
    await addClubCsms(club, [
      ['Ana', '90', 'East'],
      ['Ben', '80', 'East'],
    ]);
    const card = club.locator('.club-csm').first();
    const net = card.getByLabel('Criterion 1: netARR of closed opps the CSM is assigned to', { exact: true });
    const ending = card.getByLabel('Criterion 1: ending ARR managed by the CSM', { exact: true });
    await net.fill('100000');
    await ending.fill('1,000,000');
    await ending.blur();
    await expect(ending).not.toHaveAttribute('aria-invalid');
    await openWorking(club);
    const netTable = club.getByRole('table', { name: 'Net ARR contribution %', exact: true });
    await expect(netTable.getByRole('row', { name: /^Ana/ })).toHaveText(/^Ana\s*10\s*50 · place 1$/);
    for (const typed of ['$1.5M', '1.5M']) {
      await ending.click();
      await page.keyboard.press('ControlOrMeta+a');
      await ending.pressSequentially(typed);
      await page.keyboard.press('Tab');
      await expect(ending).toHaveValue(typed);
      await expect(ending).toHaveAttribute('aria-invalid', 'true');
      const why = 'Digits only, as 1,500,000: no currency sign, % or letters such as M. Not saved.';
      await expect(ending).toHaveAccessibleDescription(why);
      await expect(page.getByRole('status')).toHaveText(why);
      await expect(netTable).toContainText('figure to fix');
      await expect(netTable).not.toContainText(/6,?666,?666/);
    }
    await page.reload();
    const again = await tool(page, 'President’s Club tally', 'Add a CSM');
    await again.locator('.club-csm').first().getByText('Name, team and figures').click();
    await expect(
      again.locator('.club-csm').first().getByLabel('Criterion 1: ending ARR managed by the CSM', { exact: true }),
    ).toHaveValue('1000000');
  });

  // M3: Enter in the name field while the tool's code was still coming was lost: Gus stayed in the field, not added.
  test('Enter in “First name or initials” before the tool is alive adds the name once it is alive, once', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(MANAGER);
    const letThrough = await holdCode(page, 'tools');
    const team = panel(page, 'Your team: 1:1s and IDP syncs');
    const name = team.getByRole('textbox', { name: 'First name or initials' });
    await name.focus();
    await page.keyboard.type('Gus');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(team.getByRole('button', { name: 'Add to team' })).toBeDisabled();
    letThrough();
    await expect(team.getByRole('button', { name: 'Remove Gus' })).toHaveCount(1);
    await expect(name).toHaveValue('');
    await expect(name).toBeFocused();
  });

  // M2: unticking a 1:1 said "Logged for Ana.", and neither message said which cadence.
  test('Your team: a 1:1 or IDP sync ticked, then unticked, says which it was and what was done', async ({ page }) => {
    const team = await teamOfThree(page);
    const status = page.getByRole('status');
    const oneOnOne = team.getByRole('checkbox', { name: '1:1 with Ana held today' });
    await oneOnOne.check();
    await expect(status).toHaveText('1:1 with Ana held today: logged.');
    await oneOnOne.uncheck();
    await expect(status).toHaveText('1:1 with Ana held today: no longer logged.');
    const idp = team.getByRole('checkbox', { name: 'IDP sync with Ben held today' });
    await idp.check();
    await expect(status).toHaveText('IDP sync with Ben held today: logged.');
    await idp.uncheck();
    await expect(status).toHaveText('IDP sync with Ben held today: no longer logged.');
  });

  // M9: two buttons named "Remove Ben", one deleting his 1:1 history, the other his tally figures.
  test('Remove in the tally and Remove in Your team have names that say which they remove from', async ({ page }) => {
    const team = await teamOfThree(page);
    const club = await tool(page, 'President’s Club tally', 'Add a CSM');
    await addClubCsm(club, { name: 'Ben', ebr: '90', team: 'East' });
    await expect(page.getByRole('button', { name: 'Remove Ben', exact: true })).toHaveCount(1);
    await expect(team.getByRole('button', { name: 'Remove Ben', exact: true })).toHaveCount(1);
    const fromTally = club.getByRole('button', { name: 'Remove Ben from the tally', exact: true });
    await expect(fromTally).toHaveText('Remove');
    await fromTally.click();
    await expect(page.getByRole('status')).toContainText('Ben and their figures removed from the tally.');
  });

  // M7: the introduction gave "places counted within each team" as the handbook's rule, the site's own reading.
  test('President’s Club: the introduction says the handbook’s scoring, and counting places per team as the site’s reading', async ({
    page,
  }) => {
    await open(page);
    const club = await tool(page, 'President’s Club tally', 'Add a CSM');
    await expect(club.getByText(/^Enter each CSM’s figures and team\./)).toHaveText(
      'Enter each CSM’s figures and team. Points follow the handbook’s scoring process and conditions; the working is shown under the table, and what the tally does where the handbook is silent (counting places within each team, for one) is said with its choices.',
    );
  });

  // M5: with no renewal days chosen, the row alone had no status tag, the calendar left the event out while saying
  // "Renewal Review as you chose", and the option read as if day 1 and day 15 applied.
  test('Renewal Review with no days chosen: its row, the calendar’s sentence and the option say no days apply yet', async ({
    page,
  }) => {
    await open(page);
    const due = await tool(page, 'What is due', 'Download calendar (.ics)');
    const row = due
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Renewal Review', exact: true }) });
    await expect(row).toHaveText(/^– Not scheduled Renewal Review/);
    await expect(due.getByRole('radio', { name: /^Two days of each month/ })).toHaveAccessibleName(
      'Two days of each month, which you pick (day 1 and day 15 to start with)',
    );
    const sentence = page.getByText(/^The calendar has one recurring all-day event per cadence/);
    await expect(sentence).toContainText('Renewal Review on the days you choose (left out until you choose them)');
    const ics = await downloaded(page, () => due.getByRole('button', { name: 'Download calendar (.ics)' }).click());
    expect(ics).not.toContain('Renewal Review');
  });

  // M6: print kept sentences about controls it hides, and left out the tally's readings its Markdown has.
  test('print: no sentence about a calendar or session control that paper hides; the tally’s readings print', async ({
    page,
  }) => {
    await open(page);
    await tool(page, 'What is due', 'Download calendar (.ics)');
    const renewal = await tool(page, 'Renewal Review sessions', 'Start a Renewal Review');
    const club = await tool(page, 'President’s Club tally', 'Add a CSM');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(/^The calendar has one recurring all-day event/)).toBeHidden();
    await expect(page.getByText(/^The calendar has the next 13 weeks/)).toBeHidden();
    // "No session yet." prints, a record's state; "Start one to tick the items…" was about the Start button.
    await expect(renewal.getByText('No session yet.', { exact: true })).toBeVisible();
    await expect(renewal).not.toContainText('Start one');
    await expect(club.getByText('Where the tally reads the handbook one way')).toBeVisible();
    await expect(club.getByText(/^Here places are counted within each team/)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(/^The calendar has one recurring all-day event/)).toBeVisible();
  });
});
