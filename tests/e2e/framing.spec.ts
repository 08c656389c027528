import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Another site framing a planner page could overlay it and steer the reader's
 * clicks (clickjacking). Hosts that read public/_headers refuse the frame
 * (frame-ancestors 'self'); on hosts that cannot send headers (GitLab Pages)
 * the page's frame guard turns the planners off and says why. The site framing
 * itself keeps working. docs/deploying.md, "Security headers".
 */
const PLANNERS = ['/plan-builder/', '/handbook/customer-success/csm/csm-onboarding/'];
const NOTICE = /planners are turned off/i;

/*
 * The other site: a made-up *.localhost origin, which browsers treat as secure
 * like a real https site (a data: URL would not be), answered by the test itself.
 */
const ANOTHER_SITE = 'http://another-site.localhost/';

/** Opens a page of another site that frames `url`; returns the frame. */
async function frameFromAnotherSite(page: Page, url: string) {
  await page.route(ANOTHER_SITE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Another site</title><iframe src="${url}" title="Framed page" width="1000" height="700"></iframe>`,
    }),
  );
  await page.goto(ANOTHER_SITE);
  return page.frameLocator('iframe');
}

/** Takes out of the fixture's list the problems a test causes on purpose (it asserts them itself). */
function expectedProblems(problems: string[], ...patterns: RegExp[]): void {
  const rest = problems.filter((problem) => !patterns.some((pattern) => pattern.test(problem)));
  problems.splice(0, problems.length, ...rest);
}

/** The other site's own page load, and the browser refusing to autofocus inside its frame (ConfirmDialog). */
const FRAMING_NOISE = [/request to another host: http:\/\/another-site\.localhost\//, /Blocked autofocusing/];

/** Serves the site as a host without response headers would (GitLab Pages): no frame-ancestors, no X-Frame-Options. */
async function dropFramingHeaders(page: Page, origin: string) {
  await page.route(`${origin}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    return route.fulfill({ response, headers });
  });
}

/** Frames `path` from another site, served as a host without response headers would serve it (GitLab Pages). */
async function frameOnHeaderlessHost(page: Page, baseURL: string | undefined, path: string) {
  const url = new URL(path, baseURL).href;
  await dropFramingHeaders(page, new URL(url).origin);
  return { url, frame: await frameFromAnotherSite(page, url) };
}

test('another site cannot frame a page when the host sends the headers of public/_headers', async ({
  page,
  baseURL,
  pageProblems,
}) => {
  const url = new URL('/plan-builder/', baseURL).href;
  const frame = await frameFromAnotherSite(page, url);
  await page.waitForLoadState('load');
  // The browser refused the frame (frame-ancestors) and shows its error page there instead.
  expect(page.frames().map((each) => each.url())).toEqual([ANOTHER_SITE, expect.not.stringContaining(url)]);
  await expect(frame.locator('.site-header')).toHaveCount(0);
  expectedProblems(pageProblems, ...FRAMING_NOISE);
});

for (const path of PLANNERS) {
  test(`framed by another site on a header-less host, ${path} turns its planners off and links to itself`, async ({
    page,
    baseURL,
    pageProblems,
  }) => {
    const { url, frame } = await frameOnHeaderlessHost(page, baseURL, path);

    await expect(frame.locator('html')).toHaveAttribute('data-framed', '');
    const notice = frame.getByRole('alert').filter({ hasText: NOTICE });
    await expect(notice).toBeVisible();
    await expect(notice).toHaveClass(/\bnotice notice--warning\b/);
    // The islands are live, yet none of their controls can be seen, clicked or reached with the keyboard.
    // (client:load ones: headless Chromium runs no idle callback in a cross-origin frame, so client:idle stay static.)
    await expect(frame.locator('astro-island[client="load"]')).not.toHaveCount(0);
    await expect(frame.locator('astro-island[client="load"][ssr]')).toHaveCount(0);
    const controls = frame.locator('astro-island').locator('button, input, select, textarea');
    const visibilities = await controls.evaluateAll((els) => els.map((el) => getComputedStyle(el).visibility));
    expect(visibilities.length).toBeGreaterThan(0);
    expect(visibilities.filter((visibility) => visibility !== 'hidden')).toEqual([]);
    await expect(frame.locator('astro-island').first()).toHaveCSS('pointer-events', 'none');
    await expect(controls.first()).toBeHidden();
    await expect(controls.first().click({ timeout: 1000 })).rejects.toThrow();

    const open = notice.getByRole('link', { name: /open this page/i });
    await expect(open).toHaveAttribute('target', '_top');
    await open.click();
    await expect(page).toHaveURL(url);
    await expect(page.locator('html')).not.toHaveAttribute('data-framed');
    await expect(page.getByRole('alert').filter({ hasText: NOTICE })).toBeHidden();
    await expect(page.locator('astro-island').locator('button').first()).toBeVisible();
    expectedProblems(pageProblems, ...FRAMING_NOISE);
  });
}

test('framed by another site, tools that come alive when scrolled to are turned off as they come', async ({
  page,
  baseURL,
  pageProblems,
}) => {
  // The guard runs with the islands' client, before the first island of the page hydrates (src/browser/frame.ts):
  // the manager page's tools hydrate when they come into view, long after the page loaded.
  const { frame } = await frameOnHeaderlessHost(page, baseURL, '/handbook/customer-success/csm/csm-manager/');
  const tool = frame.locator('astro-island[client="visible"]').first();
  await tool.scrollIntoViewIfNeeded();
  await expect(tool).not.toHaveAttribute('ssr');
  await expect(frame.locator('html')).toHaveAttribute('data-framed', '');
  await expect(frame.getByRole('alert').filter({ hasText: NOTICE })).toBeVisible();
  const visibilities = await tool
    .locator('button, input, select, textarea')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).visibility));
  expect(visibilities.length).toBeGreaterThan(0);
  expect(visibilities.filter((visibility) => visibility !== 'hidden')).toEqual([]);
  expectedProblems(pageProblems, ...FRAMING_NOISE);
});

test('framed by another site, a page without planners has nothing to turn off and says nothing', async ({
  page,
  baseURL,
  pageProblems,
}) => {
  const { frame } = await frameOnHeaderlessHost(page, baseURL, '/job-families/sales/customer-success-management/');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Search' })).toBeVisible();
  await expect(frame.locator('html')).not.toHaveAttribute('data-framed');
  await expect(frame.getByRole('alert').filter({ hasText: NOTICE })).toBeHidden();
  expectedProblems(pageProblems, ...FRAMING_NOISE);
});

test('the site framing itself (same origin) keeps its planners working', async ({ page, baseURL }) => {
  const host = new URL('/__same-origin-frame-host/', baseURL).href;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Same site</title><iframe src="/plan-builder/" title="Plan builder" width="1000" height="700"></iframe>',
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  const title = frame.getByLabel('Title', { exact: true });
  await expect(title).toBeEditable();
  await title.fill('Framed on the same site');
  await expect(frame.getByText('Saved in this browser', { exact: true })).toBeVisible();
  await expect(frame.locator('html')).not.toHaveAttribute('data-framed');
  await expect(frame.getByRole('alert').filter({ hasText: NOTICE })).toHaveCount(0);
});

test('a page that is not framed shows no framing notice', async ({ page }) => {
  await page.goto('/plan-builder/');
  await expect(page.getByLabel('Title', { exact: true })).toBeEditable();
  await expect(page.locator('html')).not.toHaveAttribute('data-framed');
  await expect(page.getByRole('alert').filter({ hasText: NOTICE })).toHaveCount(0);
});
