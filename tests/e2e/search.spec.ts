import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { acceptBlockedLoads, blockCode, expect, holdCode, test, unblockCode } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the handbook' });
const results = (page: Page) => dialog(page).getByRole('listbox', { name: 'Search results' });

async function searchFor(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click();
  await input(page).fill(query);
}

test('no part of Pagefind loads before search opens', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefind.push(request.url());
  });
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
  await searchFor(page, 'renewal');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  expect(pagefind.length).toBeGreaterThan(0);
});

test('"Gainsight dashboard" finds the manager handbook, with the match highlighted', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'Gainsight dashboard');
  // Results are grouped by page, each group named by its page.
  await expect(results(page).getByRole('group').first()).toHaveAccessibleName('CSM Manager Handbook');
  const first = results(page).getByRole('option').first();
  await expect(first.locator('mark').first()).toHaveText(/gainsight|dashboard/i);
  await expect(dialog(page).getByRole('status')).toContainText(/results? on \d+ pages? for “Gainsight dashboard”/);
});

test('"Learn Git Branching" finds the internship plan task, and a section result opens the page there', async ({
  page,
}) => {
  await page.goto('/');
  await searchFor(page, 'Learn Git Branching');
  await expect(results(page).getByRole('group').first()).toHaveAccessibleName('CSM Internship Program');
  const section = results(page)
    .getByRole('option', { name: /Week 1|Async Material Review/ })
    .first();
  await section.click();
  await expect(page).toHaveURL(/csm-internship\/#/);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('keyboard: / and Ctrl+K open, arrows move, Enter opens, Escape closes and returns focus', async ({ page }) => {
  await page.goto('/handbook/customer-success/csm/csm-onboarding/');
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  const themeSelect = page.getByRole('combobox', { name: 'Theme' });
  await themeSelect.focus();
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(themeSelect).toBeFocused();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('escalation');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const activeId = await input(page).getAttribute('aria-activedescendant');
  expect(activeId).toMatch(/\S/);
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const second = await input(page).getAttribute('aria-activedescendant');
  expect(second).not.toBe(activeId);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/csm-onboarding\/$/);
});

/*
 * The box was a form's until December 7: Enter before the search code came led to /search/?q=…. As a <search>
 * landmark, Enter did nothing until the code came (it loads when search first opens), and on the search page the
 * code put the address's (empty) query over what had been typed.
 */
test('Enter pressed before the search code arrives opens the first result of what was typed, once it is there', async ({
  page,
}) => {
  await page.goto('/');
  const release = await holdCode(page, 'search-ui');
  await page.getByRole('button', { name: 'Search' }).click();
  await input(page).fill('what does a buddy do');
  await input(page).press('Enter');
  release();
  // What Enter does with the results on screen: the first opens, the buddy's section (or a task of it).
  await page.waitForURL(/\/csm-onboarding\/#/);
  await expect(dialog(page)).toBeHidden();
});

test('the search page keeps what was typed before its code arrived, and searches it', async ({ page }) => {
  const release = await holdCode(page, 'search-ui');
  await page.goto('/search/', { waitUntil: 'commit' });
  const pageInput = page.getByRole('main').getByRole('combobox', { name: 'Search the handbook' });
  await pageInput.fill('graduation');
  await pageInput.press('Enter');
  release();
  await expect(page.getByRole('main').getByRole('status')).toContainText('for “graduation”');
  await expect(pageInput).toHaveValue('graduation');
  await expect(page).toHaveURL(/\/search\/\?q=graduation$/);
});

test('/ typed in a field stays a character', async ({ page }) => {
  await page.goto('/handbook/customer-success/csm/csm-internship/');
  await page.getByRole('button', { name: 'Note for: GitLab 101 course' }).click();
  const note = page.getByRole('textbox', { name: 'Your note for: GitLab 101 course' });
  await note.fill('');
  await note.press('/');
  await expect(note).toHaveValue('/');
  await expect(dialog(page)).toBeHidden();
});

test('says clearly when nothing matches', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'xylophonequartz');
  await expect(dialog(page).getByRole('status')).toHaveText(
    'No results for “xylophonequartz”. Try other words, or fewer filters.',
  );
  await expect(results(page)).toBeHidden();
});

test('when no page has every word, searches for some of them and says so; nothing at all still says no results', async ({
  page,
}) => {
  await page.goto('/');
  // The internship never says "job": Pagefind, which lists only the pages with every word, found nothing.
  await searchFor(page, 'does the internship guarantee a csm job');
  await expect(dialog(page).getByRole('status')).toContainText(
    'No result has every word of “does the internship guarantee a csm job”. Showing',
  );
  await expect(dialog(page).getByRole('status')).toContainText('with some of them.');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  // Words found nowhere, whatever their number, still say that nothing matches.
  await input(page).fill('xylophonequartz zanzibarquill');
  await expect(dialog(page).getByRole('status')).toHaveText(
    'No results for “xylophonequartz zanzibarquill”. Try other words, or fewer filters.',
  );
  await expect(results(page)).toBeHidden();
});

test('when no page has every word, each page is ranked on all the words it has: the onboarding’s SLACK Channels leads “which slack channels should i join”', async ({
  page,
}) => {
  // The section says "participate", not "join"; each page was ranked on the matches of the first word's search that
  // found it ("slack"), so its heading's "Channels" counted for nothing and a task naming a Slack channel led (4th).
  await page.goto('/');
  await searchFor(page, 'which slack channels should i join');
  await expect(dialog(page).getByRole('status')).toContainText('with some of them.');
  const first = results(page).getByRole('option').first();
  await expect(first).toHaveAttribute('href', '/handbook/customer-success/csm/csm-onboarding/#slack-channels');
  await expect(first).toContainText('SLACK Channels');
});

test('an ordinal is read as the handbook numbers it: “first month” finds Month 1, “second week” Week 2, “3rd module” Module 3', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const cases = [
    ['intern second week', '/handbook/customer-success/csm/csm-internship/#week-2'],
    ['onboarding 3rd module', '/handbook/customer-success/csm/csm-onboarding/#module-3-technical-deep-dive'],
    [
      'buddy first month',
      '/handbook/customer-success/csm/csm-onboarding/#expectations-for-buddy-support-during-onboarding',
    ],
  ] as const;
  for (const [query, section] of cases) {
    await input(page).fill(query);
    await expect(dialog(page).getByRole('status')).toContainText(`for “${query}”`);
    // The first result is the section, or one of its tasks (a link into it).
    const first = results(page).getByRole('option').first();
    const href = await first.getAttribute('href');
    const inSection = await first.getAttribute('data-section');
    expect(href === section || `${section.split('#')[0]}#${inSection}` === section, `${query}: ${href}`).toBe(true);
  }
});

test('a link to a search with no page that has every word shows the results for some of them', async ({ page }) => {
  await page.goto('/search/?q=internship%20guarantee%20csm%20job');
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toContainText('No result has every word of “internship guarantee csm job”.');
  // The internship's page first, led by its Internship expectations ("…intended for the intern to get hands-on
  // experience of being a CSM"), since each page is ranked on the matches of all the words it has (before, the page).
  await expect(main.getByRole('listbox').getByRole('group').first()).toHaveAccessibleName('CSM Internship Program');
  await expect(main.getByRole('option').first()).toContainText('Internship expectations');
});

test('a word no page has is named in the status, not counted as found', async ({ page }) => {
  await page.goto('/');
  // "pizza" is nowhere in the handbook: the status read "7 results on 3 pages for “the renewal pizza”".
  await searchFor(page, 'the renewal pizza');
  const status = dialog(page).getByRole('status');
  await expect(status).toContainText('No page has “pizza”.');
  await expect(status).toContainText(/ results? on \d+ pages? for “the renewal”/);
  await expect(status).not.toContainText('for “the renewal pizza”');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  // A common word is not a word the handbook lacks, nor searched alone when it is all that is left.
  await expect(status).not.toContainText('“the”');
  await input(page).fill('the pizza');
  await expect(status).toHaveText('No results for “the pizza”. Try other words, or fewer filters.');
  await expect(results(page)).toBeHidden();
});

test('a link to a search with a word no page has names it', async ({ page }) => {
  await page.goto('/search/?q=tam%20onboarding');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('No page has “tam”.');
  await expect(status).toContainText(/ on \d+ pages? for “onboarding”/);
});

/*
 * Offline, or a newer deploy replaced a file: search says so in its dialog, and the next try loads it. Before
 * December 4 a search code that could not load left the dialog silent for the page's life (typing did nothing),
 * and in browsers that remember a failed import() (Chromium 150) a Pagefind that failed once failed for good.
 */
test('when the search code cannot load, the dialog says so, and opening it again loads it', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/');
  await blockCode(page, 'search-ui');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(dialog(page).getByRole('status')).toContainText('Search could not be loaded');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await unblockCode(page, 'search-ui');
  await searchFor(page, 'Gainsight dashboard');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('when the search code cannot load, typing again loads it and searches what is typed', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/');
  await blockCode(page, 'search-ui');
  await searchFor(page, 'Gainsight');
  await expect(dialog(page).getByRole('status')).toContainText('Search could not be loaded');
  await unblockCode(page, 'search-ui');
  await input(page).fill('Gainsight dashboard');
  await expect(results(page).getByRole('group').first()).toHaveAccessibleName('CSM Manager Handbook');
  acceptBlockedLoads(pageProblems);
});

test('when Pagefind cannot load, the query says so, and the next query finds', async ({ page, pageProblems }) => {
  const pagefind = /\/pagefind\/pagefind\.js(\?|$)/;
  await page.route(pagefind, (route) => route.abort());
  await page.goto('/');
  await searchFor(page, 'Gainsight');
  await expect(dialog(page).getByRole('status')).toContainText('Search could not be loaded');
  await page.unroute(pagefind);
  await input(page).fill('Gainsight dashboard');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  acceptBlockedLoads(pageProblems);
});

test('filters narrow the results', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'manager');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  // The pages listed: each is a group of results named by the page's title.
  const titles = async () =>
    results(page)
      .getByRole('group')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-label') ?? ''));
  const all = await titles();
  await dialog(page).getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Handbook page' }).click();
  await expect(dialog(page).getByRole('button', { name: 'Handbook page' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(titles).not.toEqual(all);
  const filtered = await titles();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.every((title) => ['CSM Manager Handbook', 'Customer Success Management'].includes(title))).toBe(true);
});

test('the search page runs ?q= on load and keeps the address in step', async ({ page }) => {
  await page.goto('/search/?q=internship%20mentor');
  const pageInput = page.getByRole('main').getByRole('combobox', { name: 'Search the handbook' });
  await expect(pageInput).toHaveValue('internship mentor');
  await expect(page.getByRole('main').getByRole('option').first()).toContainText('CSM Internship Program');
  await pageInput.fill('graduation');
  await expect(page).toHaveURL(/\?q=graduation$/);
});

test('is axe clean with the dialog open and results shown', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'onboarding buddy');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

/*
 * What a new CSM found hard to trust in the first version (each of these
 * failed on it): results that were not links, planner controls in the
 * excerpts, the page's introduction repeated as its first section, and a
 * count that did not match the list.
 */

/** Every result's address, resolved against the page. */
async function resultHrefs(page: Page): Promise<string[]> {
  return results(page)
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLAnchorElement).href ?? ''));
}

test('each result is a link to its page and section, and Ctrl+click opens it in a new tab', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await searchFor(page, 'success plan review');
  const first = results(page).getByRole('option').first();
  await expect(first).toHaveAttribute('href', /\/csm-manager\/#success-plan-review$/);
  expect(await first.evaluate((element) => element.tagName)).toBe('A');

  // Every address leads to a page that has the section it names.
  const hrefs = await resultHrefs(page);
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) {
    const url = new URL(href);
    expect(url.origin).toBe(new URL(page.url()).origin);
    const html = await (await request.get(url.pathname)).text();
    if (url.hash) expect(html, href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  }

  const [opened] = await Promise.all([
    page.context().waitForEvent('page'),
    first.click({ modifiers: ['ControlOrMeta'] }),
  ]);
  await opened.waitForLoadState();
  const openedUrl = new URL(opened.url());
  expect(openedUrl.pathname + openedUrl.hash).toBe('/handbook/customer-success/csm/csm-manager/#success-plan-review');
  // The search stays where it was in the first tab.
  await expect(input(page)).toHaveValue('success plan review');
  await opened.close();
});

/**
 * Words the planner shows on screen that are not handbook text: progress,
 * the Note button run into the task before it ("callsNote."), badges, role labels.
 * The "This week" badge, not the manager toolkit's "This week’s 1:1 agenda":
 * search finds a tool by its title.
 */
const PLANNER_UI_WORDS =
  /\d+ of \d+ done|Note\.|N\/A|Not applicable|Section complete|Done: |This week(?!’s)|This month|Show it anyway|Your note|\b(Manager|Buddy|Mentor|Intern|New CSM): /;

test('excerpts carry handbook words, never the planner’s controls', async ({ page }) => {
  await page.goto('/');
  for (const query of ['1:1', 'success plan', 'university', 'shadow calls', 'week 3', 'coffee chats']) {
    await searchFor(page, query);
    await expect(dialog(page).getByRole('status')).toContainText(`“${query}”`);
    await expect(results(page).getByRole('option').first()).toBeVisible();
    const texts = await results(page).getByRole('option').allTextContents();
    for (const text of texts) expect(text, `a result for “${query}”`).not.toMatch(PLANNER_UI_WORDS);
    if (query === '1:1') {
      const marked = await results(page).locator('mark').allTextContents();
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(word, 'a highlight for “1:1”').toMatch(/1:1/);
    }
    await page.keyboard.press('Escape');
  }
});

test('a page and its sections never repeat an excerpt, and the best section leads', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'success plan');
  const options = results(page).getByRole('option');
  await expect(options.first()).toHaveAttribute('href', /#success-plan/);
  const excerpts = await options.locator('.search-result__excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(2);
  expect(new Set(excerpts).size, excerpts.join('\n')).toBe(excerpts.length);
});

test('every result shows words under its title: a heading with only sections under it, and a site tool', async ({
  page,
}) => {
  await page.goto('/');
  // The internship's "Week 1" is a heading with only its Kick-off call and Async Material Review under it; the 1:1
  // agenda is a site tool, which says what it does in place of an excerpt.
  for (const [query, name] of [
    ['intern week 1', /^Week 1(?! ›)/],
    ['1:1 agenda', /This week’s 1:1 agenda/],
  ] as const) {
    await searchFor(page, query);
    const result = results(page).getByRole('option', { name }).first();
    await expect(result).toBeVisible();
    await expect(result.locator('.search-result__excerpt, .search-result__about')).not.toHaveText('');
    await page.keyboard.press('Escape');
  }
});

test('a task under a label such as “Month 1” says so: its section, then its month', async ({ page }) => {
  await page.goto('/');
  // The manager's coffee chats task is in the onboarding's Month 1 list, under "Expectations for Manager support…".
  await searchFor(page, 'coffee chats');
  const task = results(page).getByRole('option', {
    name: /Provide guidance on who the new team member should schedule coffee chats/,
  });
  await expect(task.locator('.search-result__title')).toHaveText(
    'Expectations for Manager support during onboarding › Month 1',
  );
});

test('a section found by its heading shows the sentence with the query’s words, not the sentences before it', async ({
  page,
}) => {
  await page.goto('/');
  // Module 1's heading names call shadowing; its first tasks are Pulse+ certificates, its last the stages of shadowing.
  await searchFor(page, 'how many calls should i shadow');
  const module1 = results(page).getByRole('option', { name: /^Learning Objectives for CSM Onboarding Module 1/ });
  await expect(module1.locator('.search-result__excerpt')).toHaveText(
    /^…Understand the different stages of call shadowing/,
  );
});

test('the count says what is listed: results and the pages they are on', async ({ page }) => {
  await page.goto('/');
  for (const query of ['success plan', 'EBR', 'graduation']) {
    await searchFor(page, query);
    // The status names the query once its results are on screen (the last query's linger until then).
    await expect(dialog(page).getByRole('status')).toContainText(`“${query}”`);
    const shown = await results(page).getByRole('option').count();
    const pages = await results(page).getByRole('group').count();
    const status = (await dialog(page).getByRole('status').textContent()) ?? '';
    const found = /(\d+) results? on (\d+) pages?/.exec(status);
    expect(found, status).not.toBeNull();
    expect(Number(found?.[1]), status).toBe(shown);
    expect(Number(found?.[2]), status).toBe(pages);
    await page.keyboard.press('Escape');
  }
});

test('the panel shows its keys in a footer', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'buddy');
  const keys = dialog(page).getByTestId('search-keys');
  await expect(keys).toBeVisible();
  await expect(keys).toContainText('to move');
  await expect(keys).toContainText('to open');
  await expect(keys).toContainText('to close');
});
