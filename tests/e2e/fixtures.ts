import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails on a page error, a console error (CSP violations
 * and failed loads land there) or a request to another host.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // A page answering 404 on purpose logs a load error for itself; any other failed load is a problem.
      let failedNavigations = 0;
      page.on('response', (response) => {
        if (response.status() < 400) return;
        if (response.request().isNavigationRequest()) failedNavigations += 1;
        else problems.push(`failed load (${response.status()}): ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (message.text().startsWith('Failed to load resource') && failedNavigations > 0) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.push(`request to another host: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'problems seen while the test ran').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Takes out of `pageProblems` the failed loads a test caused on purpose (a file it blocked, and Astro's
 * report of an island that could not load it), failing if there were none; every other problem stays.
 */
export function acceptBlockedLoads(pageProblems: string[]): void {
  const blocked = (problem: string) =>
    problem === 'console error: Failed to load resource: net::ERR_FAILED' ||
    problem.startsWith('console error: [astro-island] Error hydrating');
  expect(pageProblems.filter(blocked).length, 'failed loads caused by the test').toBeGreaterThan(0);
  const others = pageProblems.filter((problem) => !blocked(problem));
  pageProblems.splice(0, pageProblems.length, ...others);
}

/**
 * Every request for a code file of `name` (`/_astro/<name>.<hash>.js`) fails, under whatever address the page
 * asks for it: Astro's retry of an island (`?astro-retry=…`) and the site's own retry of code loaded on demand
 * (`?retry=…`, src/build/preload-helper.ts) too, as when the reader is offline.
 */
const codeFile = (name: string) => new RegExp(`/_astro/${name}\\.[^/]*\\.js(\\?|$)`);

export async function blockCode(page: Page, name: string): Promise<void> {
  await page.route(codeFile(name), (route) => route.abort());
}

/** The connection is back for the files `blockCode` blocked. */
export async function unblockCode(page: Page, name: string): Promise<void> {
  await page.unroute(codeFile(name));
}

/**
 * Every request for a code file of `name` waits until the function this gives is called, as on a slow
 * connection or a busy machine: what a reader does before the code comes, the test does before calling it.
 */
export async function holdCode(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(codeFile(name), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

export { expect };
