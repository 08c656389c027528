import { gzipSync } from 'node:zlib';
import type { Locator, Page, Response } from '@playwright/test';
import { readerPaths } from '../support/content';
import { expect, test } from './fixtures';

/*
 * Page weight budgets, measured as a reader's browser loads each page of the
 * production build (bytes gzip-compressed here, so the figure does not depend
 * on the server). See README, "Performance".
 */
// The guide's bar, 3 KB, for a page without planners: script files and the code written into the HTML together
// (the test below). The job family page, the heaviest plain page (it has the sidebar and the contents), measures
// 3,060 bytes (December 5), 12 under it, since a plain page carries only what it runs. Its history:
// docs/performance-log.md.
const PLAIN_PAGE_JS_BYTES = 3 * 1024;
// Preact, the stores and the islands a planner page loads at once, in script files: 34 KB (34,816 bytes). It was
// 33.5 KB, the lowest it has been, set when the islands' Preact client became the site's own
// (src/integrations/preact-client.ts), until December 6, when an audit found the plan builder losing a reader's
// data and showing it wrong: a day out of range deleted the saved day without a word, Edit hid a due of the other
// kind, an unmet person was not marked overdue, today stood still overnight. Fixing them took the plan builder from
// 33,977 to 34,549 bytes (+572; the day field and its message about 230, the shared store of today's date a file
// of its own, 256, as the plan builder, the toolkit and My progress share it), and the ladder, with a lower level
// never assessed and its controls named with each item's whole text, to 34,072. What only some visits need loads
// on demand. Its history: docs/performance-log.md.
const PLANNER_PAGE_JS_BYTES = 34 * 1024;
// My progress carries every kind of reader data at once (checklists, plans, the manager toolkit and the career
// ladder: backup, restore and Reset all need each store and schema) plus the dashboard and the manager's week, so
// its bar is above the planner pages'. 42 KB since December 5, when the reader's data needed it (a note saved over
// another tab's is offered back): measured 42,575 bytes (December 5, late evening), 433 under it. 41.5 KB since
// December 6, late, when the plans' store's words left the plan builder's dictionary (−1,551): 41,459 with the
// store of today's date and the islands' guard. 39.5 KB since December 6, late night, when the backup file's code
// (writing one, reading one for restore) began to load on demand (−1,455): 39,984. Its history:
// docs/performance-log.md. 40,560 since December 6, afternoon: the all-or-nothing write of a restore and Reset all
// left the planners' shared file for My progress's own (−115 on every planner page, +160 here), and a restore
// refusing what the toolkit's fields refuse, a kept-aside task not known on later visits and Undo of Reset all
// merging another tab's work took it to 40,521.
const MY_PROGRESS_JS_BYTES = 40_560;
const PAGE_CSS_BYTES = 10 * 1024;

const PLANNER_PAGES = [
  '/handbook/customer-success/csm/csm-onboarding/',
  '/handbook/customer-success/csm/csm-internship/',
  '/handbook/customer-success/csm/csm-aspiring-leaders/',
  '/my-progress/',
  '/plan-builder/',
  // The manager toolkit's islands hydrate when scrolled into view (see the test below).
  '/handbook/customer-success/csm/csm-manager/',
  '/job-families/sales/customer-success-management/ladder/',
];
/**
 * Every other page a reader reaches is a plain page, held to the 3 KB bar: a page added by the README's steps is
 * measured without being listed. The search page is neither: it is the search panel, whose code it loads at once.
 */
const SEARCH_PAGE = '/search/';
const PLAIN_PAGES = [...readerPaths(), '/no/such/page/'].filter(
  (path) => !PLANNER_PAGES.includes(path) && path !== SEARCH_PAGE,
);

interface Loaded {
  /** Script files, as the benchmark counts them on both sites. */
  js: number;
  /** Scripts written into the HTML (Astro inlines small ones, and its islands' loader), which `js` leaves out. */
  inlineJs: number;
  css: number;
  urls: string[];
}

/** The code written into the page's HTML, bytes gzip. Data (`type="application/json"`) is not code. */
async function inlineJsOf(page: Page): Promise<number> {
  const scripts = await page.locator('script:not([src]):not([type="application/json"])').allTextContents();
  return scripts.reduce((total, code) => total + gzipSync(code).length, 0);
}

/** A script or style sheet the page fetched, bytes gzip. */
interface Fetched {
  type: string;
  url: string;
  bytes: number;
}

/** The scripts and style sheets the page fetches while `act` runs, until the network is idle. */
async function fetchedDuring(page: Page, act: () => Promise<unknown>): Promise<Fetched[]> {
  const bodies: Promise<Fetched>[] = [];
  const listen = (response: Response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    bodies.push(
      response
        .body()
        .then((body) => ({ type, url: response.url(), bytes: gzipSync(body).length }))
        .catch(() => ({ type, url: response.url(), bytes: 0 })),
    );
  };
  page.on('response', listen);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('response', listen);
  return Promise.all(bodies);
}

async function load(page: Page, path: string): Promise<Loaded> {
  const all = await fetchedDuring(page, () => page.goto(path));
  const sum = (type: string) => all.filter((item) => item.type === type).reduce((total, item) => total + item.bytes, 0);
  // Astro inlines a page's small sheets (components' scoped styles) as <style> elements: they count too.
  const inlineCss = (await page.locator('style').allTextContents()).reduce(
    (total, css) => total + gzipSync(css).length,
    0,
  );
  return {
    js: sum('script'),
    inlineJs: await inlineJsOf(page),
    css: sum('stylesheet') + inlineCss,
    urls: all.map((item) => item.url),
  };
}

/*
 * The bar counts what the browser runs: script files and the code written into the HTML (the theme's boot
 * script, on every page). The job family page, the one plain page with the sidebar and the contents, was over
 * it until December 5 (3,582 bytes, held at 3,620 here): the shell's file (search's opener, the theme, the
 * storage code and the summary's reader) and the handbook layout's (menu, contents, progress marks). It came
 * under by carrying only what a plain page runs: the frame guard went to the islands' client, the planners'
 * record keys to their shared file, the continue card's pick to its own script, the marks' markup to the
 * HTML (docs/performance-log.md has each step's bytes).
 */
for (const path of PLAIN_PAGES) {
  test(`${path} ships no UI framework and at most 3 KB of JavaScript`, async ({ page }) => {
    const loaded = await load(page, path);
    expect(loaded.inlineJs, `inline JS bytes (gzip) on ${path}`).toBeGreaterThan(0);
    expect(loaded.js + loaded.inlineJs, `JS bytes (gzip), files and inline, on ${path}`).toBeLessThanOrEqual(
      PLAIN_PAGE_JS_BYTES,
    );
    // Preact travels in the planners' shared file (src/build/chunk-groups.ts), named after its group.
    expect(loaded.urls.filter((url) => /preact|planner-core|client\.|jsxRuntime|pagefind/.test(url))).toEqual([]);
    await expect(page.locator('astro-island')).toHaveCount(0);
    expect(loaded.css, `CSS bytes (gzip) on ${path}`).toBeLessThanOrEqual(PAGE_CSS_BYTES);
  });
}

/*
 * The HTML carries code as well as the files: the theme's boot script on every page (145 bytes gzip), and on a
 * page with islands Astro's loader for them (1,782 bytes, with its directives) and the site's notice for an
 * island that cannot load. Counted since December 4, late night, when it was found that the budgets had left it
 * out; the menu's and the contents' scripts, written into the HTML of every handbook page until then (793
 * bytes), are in the handbook layout's file since. Files and inline code together are held where they were on
 * December 4, late night, plus 1 % (the manager page on load and My progress lower): on December 5 the shell
 * got lighter for the job family page's bar (0.2 to 0.5 KB off these pages), and a save that merges what
 * another tab stored unheard took 0.3 KB back (docs/performance-log.md). December 6: the plan builder's and My
 * progress's fixes from an audit (see PLANNER_PAGE_JS_BYTES) took them to 36,894 and 45,305, held here plus 0.5 %.
 */
const WITH_INLINE_JS_BYTES: Record<string, number> = {
  '/handbook/customer-success/csm/csm-onboarding/': 33_460,
  // Before any tool is in view: the shell's and the layout's files, Astro's island loader and the tools' unavailable controls inline.
  // December 6, afternoon: 5,918 with a press made before a tool is alive kept until it is (+106), held here.
  '/handbook/customer-success/csm/csm-manager/': 5_950,
  '/plan-builder/': 37_080,
  '/job-families/sales/customer-success-management/ladder/': 36_630,
  // December 6, late: 44,042 with the plans' store's own words (−1,263 net), held at that plus 0.5 %; 44,163 with
  // a restore's plain words for a file from a newer site or of no plan (+139 less the test-only code left out);
  // 44,200 with the backup card's title found by search (+37: its id handed in, the indexed part around it).
  // December 6, late night: 42,567 with the backup file's code loaded on demand, held at that plus 0.5 %.
  // December 6, afternoon: 43,104 (see MY_PROGRESS_JS_BYTES), held here.
  '/my-progress/': 43_140,
};
for (const [path, budget] of Object.entries(WITH_INLINE_JS_BYTES)) {
  test(`${path}: script files and the code written into the HTML, together, stay where they are`, async ({ page }) => {
    const loaded = await load(page, path);
    expect(loaded.inlineJs, `inline JS bytes (gzip) on ${path}`).toBeGreaterThan(0);
    expect(loaded.js + loaded.inlineJs, `JS bytes (gzip), files and inline, on ${path}`).toBeLessThanOrEqual(budget);
  });
}

/*
 * Every handbook page is built by one route, but a page brings only the styles of the components it uses:
 * an MDX page imports its own (src/pages/[...slug].astro). When the route named them all, every handbook
 * page carried the checklists' and the manager toolkit's sheets, and went over the CSS budget.
 */
const selectorsOf = (page: Page) =>
  page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].map((rule) => (rule instanceof CSSStyleRule ? rule.selectorText : '')),
    ),
  );

test('a handbook page carries the styles of its own components only', async ({ page }) => {
  // The class itself, not its parts (`.program-panel__actions` is shared by every planner).
  const has = (selectors: string[], name: string) =>
    selectors.some((selector) => new RegExp(`\\${name}(?![\\w-])`).test(selector));
  await page.goto('/job-families/sales/customer-success-management/');
  const jobFamily = await selectorsOf(page);
  expect(has(jobFamily, '.prose')).toBe(true);
  expect(has(jobFamily, '.program-panel'), 'program panel rules on the job family page').toBe(false);
  expect(has(jobFamily, '.tool-panel'), 'manager toolkit rules on the job family page').toBe(false);
  expect(has(jobFamily, '.ladder-jump')).toBe(true);
  await page.goto('/handbook/customer-success/csm/csm-onboarding/');
  const onboarding = await selectorsOf(page);
  expect(has(onboarding, '.program-panel')).toBe(true);
  expect(has(onboarding, '.tool-panel'), 'manager toolkit rules on CSM Onboarding').toBe(false);
  // The ladder's links are the job family page's (src/components/HandbookPage.astro).
  expect(has(onboarding, '.ladder-jump'), 'career ladder link rules on CSM Onboarding').toBe(false);
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  const manager = await selectorsOf(page);
  expect(has(manager, '.tool-panel')).toBe(true);
  expect(has(manager, '.program-panel'), 'program panel rules on the manager handbook').toBe(false);
  expect(has(manager, '.ladder-jump'), 'career ladder link rules on the manager handbook').toBe(false);
});

/*
 * A planner page's HTML: every task's words appear once (the islands' props
 * carry ids, not text), and the whole page stays within budget.
 */
// Raised from 24 KB when every task gained its own N/A box, a labelled checkbox rendered on the server so the
// row does not move when the islands hydrate (issue 12: CSM Onboarding went from 24.2 to 25.4 KB gzip).
const PLANNER_PAGE_HTML_BYTES = 26 * 1024;

test('a planner page carries each task’s words once and stays within its HTML budget', async ({ request }) => {
  for (const path of PLANNER_PAGES.slice(0, 3)) {
    const html = await (await request.get(path)).text();
    expect(gzipSync(html).length, `HTML bytes (gzip) of ${path}`).toBeLessThanOrEqual(PLANNER_PAGE_HTML_BYTES);
  }
  const internship = await (await request.get('/handbook/customer-success/csm/csm-internship/')).text();
  for (const words of ['Learn Git Branching', 'The intern must get agreement from a CSM to be their mentor']) {
    expect(internship.split(words).length - 1, `times "${words}" is in the page`).toBe(1);
  }
});

/*
 * Hydration adopts the server's rows instead of rebuilding them: every node it adds or changes is work the
 * browser styles and lays out again on a page already busy at its start (issue 17). A role label written as
 * three text nodes ("Manager", ":", " ") and an empty note rendered as an empty text node made 266 changes in
 * CSM Onboarding's rows as it hydrated, and the panel's title was rebuilt the same way. The task words were
 * removed and put back as copies (164 changes on CSM Onboarding), until the islands left the server's nodes where they
 * are (src/islands/TaskWords.tsx).
 */
test('hydrating a checklist page keeps the server’s task rows and panel as they are', async ({ page }) => {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { rowChanges: string[] }).rowChanges = changes;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          // The panel's next task is the one part that depends on what is stored.
          if (!target?.closest('li.task, .program-panel')) continue;
          if (target.closest('.program-panel__next')) continue;
          if (record.type === 'attributes') continue;
          changes.push(`${record.type} in ${target.tagName.toLowerCase()}.${target.className}`);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  });
  await page.goto('/handbook/customer-success/csm/csm-onboarding/');
  await expect(
    page.getByRole('checkbox', { name: /Complete Pulse\+ Customer Success Manager Certificate I$/ }).first(),
  ).toBeEnabled();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // Some rows show a role label (tasks for a role other than the reader's): the case that changed.
  await expect(page.locator('li.task .task__role').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { rowChanges: string[] }).rowChanges)).toEqual([]);
});

for (const path of PLANNER_PAGES) {
  test(`${path} keeps its islands within the planner budget`, async ({ page }) => {
    const loaded = await load(page, path);
    expect(loaded.js, `JS bytes (gzip) on ${path}`).toBeLessThanOrEqual(
      path === '/my-progress/' ? MY_PROGRESS_JS_BYTES : PLANNER_PAGE_JS_BYTES,
    );
    expect(loaded.css, `CSS bytes (gzip) on ${path}`).toBeLessThanOrEqual(PAGE_CSS_BYTES);
    expect(loaded.urls.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
}

/*
 * PRODUCT.md: each page's JavaScript is kept below Starlight's on the same content. The benchmark measures
 * CSM Onboarding against Starlight's page built from it (`npm run bench`), and gzips each script the same way
 * (zlib's default level). Starlight's page loads 30,624 bytes of JavaScript in files, the same in each run of
 * the benchmark since December 3 (bench/results/starlight-n5/page-summary.json), and writes 2,937 more into its
 * HTML in 10 scripts (its theme, search, sidebar and contents code; `node bench/inline-scripts.mjs` on the
 * benchmark's Starlight build, December 4, late night; `npm run bench` prints both sites' figure): 33,561 in all.
 * The comparison counts both on both sides, since the menu's and the contents' code moved from this page's HTML
 * into a file (src/scripts/handbook-shell.ts): files alone, December 4, late night, 30,325 before the move
 * (and 3,127 inline, 33,452 in all) and 30,796 after (and 2,334 inline, 33,130 in all, 0.99× Starlight's).
 * December 5, with the shell lighter for the job family page's bar: 30,462 in files (under Starlight's 30,624
 * again) and 2,321 inline, 32,783 in all, 0.98×.
 * Files alone, before: December 3, 31,553 bytes in 22 files; 29,281 in 11 since the shared planner code is one
 * file; 29,031 with the islands' own Preact client. December 4: 29,403; 30,130 with the day's fixes; 31,302
 * (over) with links into a checklist page landing on their target (src/browser/link-arrival.ts); 30,160 with the
 * checklists' code in two files and the lazy-import loader shared (src/build/chunk-groups.ts, preload-helper.ts).
 */
const STARLIGHT_PAGE_FILES_BYTES = 30_624;
const STARLIGHT_PAGE_JS_BYTES = STARLIGHT_PAGE_FILES_BYTES + 2_937;
test('CSM Onboarding, the page the benchmark measures, runs less JavaScript than Starlight’s', async ({ page }) => {
  const loaded = await load(page, '/handbook/customer-success/csm/csm-onboarding/');
  expect(loaded.js + loaded.inlineJs, 'JS bytes (gzip), files and inline, on CSM Onboarding').toBeLessThan(
    STARLIGHT_PAGE_JS_BYTES,
  );
  // The benchmark's kit counts files only, on both sites: below Starlight's that way too (December 5, morning).
  expect(loaded.js, 'JS bytes (gzip) in files on CSM Onboarding').toBeLessThan(STARLIGHT_PAGE_FILES_BYTES);
});

/*
 * Code a click needs stays out of the first load (December 3): the confirm
 * dialog loads when a reader first asks to reset or delete (use-confirm.tsx),
 * and no CommonJS module reaches the plan builder's first load, so neither
 * does the bundler's helper for reading one (the calendar library was one
 * until December 5). Chunks are named after their first module.
 */
test('a planner page loads the confirm dialog when the reader first asks, and its focus comes back', async ({
  page,
}) => {
  const onboarding = await load(page, '/handbook/customer-success/csm/csm-onboarding/');
  expect(onboarding.urls.filter((url) => /ConfirmDialog/.test(url))).toEqual([]);
  const asked = page.waitForResponse((response) => /ConfirmDialog/.test(response.url()));
  const reset = page.getByRole('button', { name: 'Reset…' });
  await reset.click();
  await asked;
  const dialog = page.getByRole('dialog', { name: 'Reset Onboarding?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();

  const builder = await load(page, '/plan-builder/');
  expect(builder.urls.filter((url) => /ConfirmDialog|rolldown-runtime/.test(url))).toEqual([]);
});

/*
 * What opening search costs before the first query: Pagefind's runtime, its
 * WebAssembly and the page metadata index, nothing else (no worker script, no
 * filter index: the chips are in the page). Raw bytes, as the benchmark counts them.
 */
const SEARCH_OPEN_BYTES = 130 * 1024;

test('opening search fetches Pagefind’s runtime and metadata only, within budget', async ({ page }) => {
  await page.goto('/job-families/sales/customer-success-management/');
  await page.waitForLoadState('networkidle');
  const fetched: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    fetched.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: body.length }))
        .catch(() => ({ url: response.url(), bytes: 0 })),
    );
  });
  // Pagefind's page metadata is the last file its start fetches. (The page reached "network idle" before the
  // click, so waiting for that state again returns at once: on a busy machine it did, before the search code
  // had asked for Pagefind, December 5.)
  const metadata = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('.pf_meta'));
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('button', { name: 'Program', pressed: false })).toBeVisible();
  await metadata;
  await expect(page.getByRole('status')).toHaveText('');
  // Half a second more, as "network idle" means, for anything fetched after it (which must be nothing).
  await page.waitForTimeout(500);
  const all = await Promise.all(fetched);
  const urls = all.map((item) => new URL(item.url).pathname);
  expect(urls.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(urls.filter((url) => /worker|\.pf_filter$/.test(url))).toEqual([]);
  const bytes = all.reduce((total, item) => total + item.bytes, 0);
  expect(bytes, `bytes fetched on opening search: ${urls.join(', ')}`).toBeLessThanOrEqual(SEARCH_OPEN_BYTES);
});

/*
 * The manager page reads like a plain page: its toolkit islands hydrate only
 * when scrolled into view, so until then it loads the files a handbook page loads (the shell's and the
 * layout's); the code in its HTML (Astro's loader for islands and the tools' unavailable controls) is held
 * with the other pages' above.
 * With every tool hydrated (a reader who scrolls through all of them) it
 * stays within its budget: the tools are one chunk, their words come
 * with the page, the exports load on demand (see README, Performance). The budget counts files and the code in
 * the HTML: it was the planner budget for files (33.5 KB) until the menu's and the contents' code (458 bytes in
 * a file) left the HTML of the handbook pages for the layout's file (src/scripts/handbook-shell.ts). Measured
 * December 4, late night: 34,656 bytes in files and 2,901 inline, 37,557 (37,819 before the move); December 5,
 * with the job family page under its bar (the shell lighter, the frame guard in the islands' client): 34,509
 * and 2,888, 37,397; then 37,695 with a save that merges what another tab stored unheard. Held at December 4's
 * figure plus 1 % (37,930) until December 5, late evening: 38,042 then, with Ctrl+Z choosing the message's Undo
 * on every planner page (+167: a keyboard reader could not reach Undo in time) and the review sessions giving the
 * focus to Start or the session back as the other goes (+110). Held at 38,200 until the week-start setting
 * stopped hiding notes and call counts: 38,568 then (+526: a stored agenda week or week of calls is shown in
 * the week holding its day under either setting, and a note off the shown agenda says where it was noted).
 * December 6, with the rest of the day's fixes from an audit of the toolkit against the seed: 38,966 (+154 for
 * the tools moving on to a new day while the page stays open, one store of today's date; +165 for Renewal
 * Review's two days refused alike, with a field error; +52 for a team member's "due since" and calendar events
 * kept through Undo). Held at 39,150 (the figure plus 0.5 %): each of these was a reader's data shown or dated
 * wrong. December 6, later: 39,203 (+77) for what a second audit found a reader missed or was told wrong: a
 * field error said in the page's live region as well as under its field (+43, Renewal Review's days and the
 * tally's figures), a 5th week's agenda read from every stored week shown as the week, the one last chosen (+39:
 * one chosen with the other week-start setting was not shown), a note from another agenda listed apart from the
 * numbered agenda (−5, the week's view in three lists). Held at 39,210: moved by those bytes only. The same day,
 * every island's guard for a render that throws once it is alive (src/integrations/preact-client.ts: the island
 * goes back to the server's and says so, instead of staying as the error left it): +97 in the islands' client,
 * −97 won back by leaving the record stores' test-only code out of the build, 39,203: held at 39,210 still.
 * December 6, late night, a third audit's fixes (a long name wrapping, no tally choice shown as made, an item
 * carried over listed once, the focus back on a member Undo brings back) paid for by the same page in less code
 * (−69): 39,194. Then 39,400, for a data rule the page broke: a toolkit record it cannot read (saved by a newer
 * version) was worked out as nothing done ("Due … Not done yet", "0 calls reviewed this week"); What is due, the
 * call counter and the roster now say it is not known here, with My progress's week's rule and words moved into
 * the tools' shared file (useUnknownLines, +184): 39,378. Then 39,460: the tally's Remove and its Undo dropped the
 * focus to the page, sending a keyboard reader to the top; they keep it in the tally as Your team's do (+67): 39,445.
 * Then a fourth audit's fixes within it, −25: an item of one name left open in two weeks carried over once (−38,
 * paid for by one reader of a stored week's items), the roster's states said not known with the settings unread
 * (+7), the tally's Undo finding whom it brought back by their first id (+6): 39,420.
 * Then 39,540 (+80) for a data rule the page broke (PRODUCT.md: a failed read is "unknown", never "empty"): with
 * the settings saved by a newer version, the choices form showed Monday, January and no renewal rule as the
 * reader's, the cadence calendar was written without them, the 1:1 agenda drew Monday weeks and "Reviewed a call"
 * counted into a Monday week, all said nowhere. Now the form and the calendar say they are not known here, the
 * agenda says it shows weeks from Monday, and the counter offers no count (+110 in the tools' code, less 9 of
 * dead code; the words come in the page's JSON, not counted): 39,521.
 * Then 39,600 (+60) for the same rule on two more records: a tally saved by a newer version said "No CSM yet" and
 * offered its choices and Add a CSM, a review session so saved left its review's list saying "No session yet"; now
 * both say they are not known here (+53): 39,574.
 * Then the checklists' counting left the file every planner page shares for the program pages' and My progress's own
 * (−130 here): 39,444, and the budget came back to 39,460.
 * December 6, afternoon, 39,720 (39,695 measured): a press made before a tool is alive kept until it is (+107), a
 * restore refusing figures and ids the toolkit's fields refuse and a blank name's field error (+152 and +58, the
 * records' schema shared with My progress), the tally's teams one whatever their letter case and its gaps said
 * (+62); −115 when the all-or-nothing write left the planners' shared file. Then 39,705, and December 6, evening,
 * 39,711: a refused renewal day going back to the day saved, and a field's error kept clear of the toast (the
 * toast's rule, every planner page, −1 there; the toolkit's error said once the field shows it), paid for by the
 * toolkit in less code.
 * Then 39,830 (December 6, evening, 39,818 measured): two people of one name told apart, the second "Alex (2)"
 * wherever the roster and the tally name them (+64: a rule, `namesApart`, and the names it gives passed to every
 * place that shows one; the helper's bytes were sought in the toolkit and not found), and a note printed as its
 * words instead of a field (+~30). Moved, not paid for.
 * December 6, night: 39,718 measured, paid back by the toolkit's own code (−92); held at that plus 20.
 */
const MANAGER_ALL_TOOLS_JS_BYTES = 39_738;
test('the manager page loads the files a plain handbook page loads until a tool is scrolled into view', async ({
  page,
}) => {
  // The job family page first, so that the manager page's two counts below follow each other with no gap.
  const jobFamily = await load(await page.context().newPage(), '/job-families/sales/customer-success-management/');
  const onLoad = await load(page, '/handbook/customer-success/csm/csm-manager/');
  expect(onLoad.js, 'JS bytes (gzip) in files before any tool is in view').toBe(jobFamily.js);
  // Every tool in view once, each hydrated (Astro drops the island's `ssr` mark) before the next.
  const hydrating = await fetchedDuring(page, async () => {
    const tools = page.locator('.tool-panel');
    for (let i = 0; i < (await tools.count()); i += 1) {
      await tools.nth(i).scrollIntoViewIfNeeded();
      await expect(tools.nth(i).locator('astro-island').first()).not.toHaveAttribute('ssr', '');
    }
    await expect(page.getByRole('button', { name: 'Add a CSM' })).toBeEnabled();
  });
  const later = hydrating.filter((item) => item.type === 'script').reduce((total, item) => total + item.bytes, 0);
  expect(
    onLoad.js + later + onLoad.inlineJs,
    'JS bytes (gzip), files and inline, with every tool hydrated',
  ).toBeLessThanOrEqual(MANAGER_ALL_TOOLS_JS_BYTES);
});

/*
 * A calendar file is written by the site's own iCalendar writer (src/lib/ics-writer.ts), loaded with the
 * calendar code when the reader asks for a file. Until December 5 the `ics` library wrote them, and it validates
 * with `yup`: a click fetched 24,716 bytes gzip in the plan builder and 26,272 in the manager toolkit (22.4 KB
 * of it the library). Measured with the writer: 1,607 and 3,197.
 */
const CALENDAR_CODE_BYTES = 4 * 1024;

/** Downloads a calendar with `button`, and says what code the click fetched, within the budget. */
async function expectCalendarCodeWithinBudget(button: Locator, where: string): Promise<void> {
  const page = button.page();
  await page.waitForLoadState('networkidle');
  const fetched = await fetchedDuring(page, async () => {
    const file = page.waitForEvent('download');
    await button.click();
    expect((await file).suggestedFilename()).toMatch(/\.ics$/);
  });
  const scripts = fetched.filter((item) => item.type === 'script');
  const bytes = scripts.reduce((total, item) => total + item.bytes, 0);
  const urls = scripts.map((item) => item.url).join(', ');
  expect(scripts.length, `${where}: the calendar code loads on the click`).toBeGreaterThan(0);
  expect(bytes, `${where}, JS bytes (gzip) fetched for a calendar: ${urls}`).toBeLessThanOrEqual(CALENDAR_CODE_BYTES);
}

test('downloading a calendar fetches the calendar code then, within its budget, in both tools', async ({ page }) => {
  await page.goto('/plan-builder/');
  await page.getByLabel('Start date (day 1)').fill('2027-01-04');
  await expect(page.locator('.plan-save')).toHaveText('Saved');
  // What the export's buttons share (the file names, the Markdown) comes with the first file asked for.
  const markdown = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .md' }).click();
  await markdown;
  await expectCalendarCodeWithinBudget(page.getByRole('button', { name: 'Download calendar (.ics)' }), 'plan builder');

  await page.goto('/handbook/customer-success/csm/csm-manager/');
  const due = page
    .locator('.tool-panel')
    .filter({ has: page.getByRole('heading', { name: 'What is due', exact: true }) });
  await due.scrollIntoViewIfNeeded();
  const download = due.getByRole('button', { name: 'Download calendar (.ics)' });
  await expect(download).toBeEnabled();
  await expectCalendarCodeWithinBudget(download, 'manager page');
});
