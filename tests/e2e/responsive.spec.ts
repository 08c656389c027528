import type { Locator } from '@playwright/test';
import { readerPaths, SITE_ROUTES } from '../support/content';
import { expect, test } from './fixtures';

const paths = readerPaths();

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of paths) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  for (const path of [
    '/handbook/customer-success/csm/csm-internship/',
    '/handbook/customer-success/csm/csm-manager/',
  ]) {
    test(`${path} does not jump while it loads and its islands hydrate`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const total = await page.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
      );
      expect(total, 'cumulative layout shift').toBeLessThan(0.05);
    });
  }

  // The header's "30-60-90 plan" is hidden on a phone, and only the handbook's pages have the menu: every page
  // reaches each planner from its footer, the one it is on marked as current.
  const planners = [
    { name: 'My progress', path: '/my-progress/' },
    { name: '30-60-90 plan', path: '/plan-builder/' },
    { name: 'Career ladder', path: '/job-families/sales/customer-success-management/ladder/' },
  ];
  for (const path of ['/', '/search/', ...SITE_ROUTES.filter((route) => route !== '/search/'), '/404.html']) {
    test(`${path} links to every planner where a phone shows it`, async ({ page }) => {
      await page.goto(path);
      const links = page.getByRole('contentinfo').getByRole('navigation', { name: 'Planners' });
      for (const planner of planners) {
        const link = links.getByRole('link', { name: planner.name, exact: true });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('href', planner.path);
        if (planner.path === path) await expect(link).toHaveAttribute('aria-current', 'page');
        else await expect(link).not.toHaveAttribute('aria-current');
        const box = await link.boundingBox();
        expect(Math.min(box?.width ?? 0, box?.height ?? 0), `${planner.name} is a 24 px target`).toBeGreaterThanOrEqual(
          24,
        );
      }
    });
  }

  for (const path of [
    '/handbook/customer-success/csm/csm-internship/',
    '/handbook/customer-success/csm/csm-onboarding/',
  ]) {
    test(`${path}: every heading’s "#" link and the contents’ "On this page" are 24 px targets, at 375 and 1280 px`, async ({
      page,
    }) => {
      await page.goto(path);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 740 });
        const anchors = await page
          .locator('a.heading-anchor')
          .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
        expect(anchors.length).toBeGreaterThan(10);
        for (const box of anchors) {
          expect(Math.min(box.width, box.height), `a heading's anchor at ${width} px`).toBeGreaterThanOrEqual(24);
        }
      }
      await page.setViewportSize({ width: 375, height: 740 });
      const summary = await page
        .getByRole('navigation', { name: 'On this page' })
        .locator('summary')
        .evaluate((element) => element.getBoundingClientRect().height);
      expect(summary, '"On this page" at 375 px').toBeGreaterThanOrEqual(24);
    });
  }

  test('the menu button opens and closes the navigation', async ({ page }) => {
    await page.goto(paths[1] ?? '/');
    // The navigation holds the button (so it is in a landmark): what opens and closes is its list of links.
    const nav = page.getByRole('navigation', { name: 'Handbook' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    const home = nav.getByRole('link', { name: 'Home', exact: true });
    await expect(home).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(home).toBeVisible();
    await nav.getByRole('link').nth(1).focus();
    await page.keyboard.press('Escape');
    await expect(home).toBeHidden();
    await expect(menu).toBeFocused();
  });
});

test.describe('at 320 px wide (WCAG 1.4.10 reflow)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of [
    '/my-progress/',
    '/handbook/customer-success/csm/csm-onboarding/',
    '/handbook/customer-success/csm/csm-manager/',
    '/job-families/sales/customer-success-management/',
    '/plan-builder/',
    '/job-families/sales/customer-success-management/ladder/',
  ]) {
    test(`${path}: every header link and control is whole on screen, at least 24 px, and the page does not scroll sideways`, async ({
      page,
    }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const header = page.getByRole('banner');
      const myProgress = header.getByRole('link', { name: 'My progress' });
      await expect(myProgress).toBeVisible();
      const controls = [
        header.getByRole('link', { name: 'CSM Handbook' }),
        header.getByRole('button', { name: /Search/ }),
        myProgress,
        header.getByRole('combobox', { name: 'Theme' }),
      ];
      for (const control of controls) {
        const box = await control.boundingBox();
        expect(box, `${control}`).not.toBeNull();
        if (!box) continue;
        expect(box.x, `${control} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${control} ends on screen`).toBeLessThanOrEqual(320);
        expect(Math.min(box.width, box.height), `${control} is a 24 px target`).toBeGreaterThanOrEqual(24);
      }
      // Nothing in the header runs past its edge (where it would be cut off or scroll), nor the page past the screen's.
      expect(await header.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    });

    test(`${path}: no heading breaks inside a word`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Each word of each heading shown, and the lines it is drawn on: a word on two lines is split.
      const split = await page.locator('h1, h2, h3, h4').evaluateAll((headings) =>
        headings.flatMap((heading) => {
          if (heading.getClientRects().length === 0) return [];
          const words: string[] = [];
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set(
                [...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)),
              );
              if (lines.size > 1) words.push(`${match[0]} (in "${heading.textContent?.trim()}")`);
            }
          }
          return words;
        }),
      );
      expect(split).toEqual([]);
    });
  }
});

test('printing hides the navigation and shows where links go', async ({ page }) => {
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Handbook' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Planners' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const after = await page
    .locator('article a.external')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
});

/** What paper prints after a link: its `::after` content, as the print styles make it. */
async function printedAfter(link: Locator): Promise<string> {
  await expect(link).toBeVisible();
  return link.evaluate((a) => getComputedStyle(a, '::after').content);
}

// December 7: the footer's attribution links printed their words and a "↗" (on screen, "opens another site"), with
// no address, so a printed page did not say where its text comes from or under which licence.
test('printed, the footer gives the address of the handbook source and of the licence', async ({ page }) => {
  // By the start of their names: the words after the link (its mark or its address) are part of a link's name.
  const footerLink = (name: RegExp) => page.getByRole('contentinfo').getByRole('link', { name });
  await page.goto('/handbook/customer-success/csm/csm-onboarding/');
  // On screen the mark stays: it says the link opens another site.
  expect(await printedAfter(footerLink(/^GitLab handbook/))).toBe('"↗"');
  await page.emulateMedia({ media: 'print' });
  expect(await printedAfter(footerLink(/^this page in the GitLab handbook/))).toBe(
    '" (https://handbook.gitlab.com/handbook/customer-success/csm/csm-onboarding/)"',
  );
  expect(await printedAfter(footerLink(/^GitLab handbook/))).toBe('" (https://handbook.gitlab.com/)"');
  expect(await printedAfter(footerLink(/^CC BY-SA 4\.0/))).toBe('" (https://creativecommons.org/licenses/by-sa/4.0/)"');
  // A page whose original address is not known gives its section's, and a page with no source the credit's.
  await page.goto('/handbook/customer-success/csm/csm-aspiring-leaders/');
  expect(await printedAfter(footerLink(/^the section of the GitLab handbook/))).toBe(
    '" (https://handbook.gitlab.com/handbook/customer-success/csm/)"',
  );
  await page.goto('/my-progress/');
  expect(await printedAfter(footerLink(/^CC BY-SA 4\.0/))).toBe('" (https://creativecommons.org/licenses/by-sa/4.0/)"');
});

// December 7, afternoon: the career ladder and the plan builder hid their whole footer in print, so a printed ladder,
// which quotes the job family's levels, and a printed plan, which can quote the handbook, said neither where the
// text comes from nor its licence.
test('printed, the career ladder and the plan builder say where the handbook text comes from and its licence', async ({
  page,
}) => {
  const footerLink = (name: RegExp) => page.getByRole('contentinfo').getByRole('link', { name });
  await page.goto('/job-families/sales/customer-success-management/ladder/');
  await page.emulateMedia({ media: 'print' });
  expect(await printedAfter(footerLink(/^GitLab handbook/))).toBe('" (https://handbook.gitlab.com/)"');
  expect(await printedAfter(footerLink(/^CC BY-SA 4\.0/))).toBe('" (https://creativecommons.org/licenses/by-sa/4.0/)"');
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/plan-builder/');
  await page.emulateMedia({ media: 'print' });
  expect(await printedAfter(footerLink(/^GitLab handbook/))).toBe('" (https://handbook.gitlab.com/)"');
  expect(await printedAfter(footerLink(/^CC BY-SA 4\.0/))).toBe('" (https://creativecommons.org/licenses/by-sa/4.0/)"');
});

// The audit of December 7: on paper the site's navigation (header, sidebar, breadcrumbs, contents, previous and next,
// the footer's planners) is gone from every kind of page, so none of its links needs an address there.
test('printed, no page shows its navigation', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of [
    '/',
    '/job-families/sales/customer-success-management/',
    '/handbook/customer-success/csm/csm-onboarding/',
    '/handbook/customer-success/csm/csm-manager/',
    '/plan-builder/',
    '/job-families/sales/customer-success-management/ladder/',
    '/my-progress/',
    '/no/such/page/',
    '/design/',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('banner'), path).toBeHidden();
    for (const nav of await page.locator('nav').all()) await expect(nav, path).toBeHidden();
  }
});
