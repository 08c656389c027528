import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/*
 * Finding your way back (recent searches and opened results) and the panel
 * on a phone. Both failed on the first version of the search panel.
 */

const RECENT_KEY = 'csm-handbook:search-recent';
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the handbook' });
const results = (page: Page) => dialog(page).getByRole('listbox', { name: 'Search results' });
const recentSearches = (page: Page) => results(page).getByRole('group', { name: 'Recent searches' });
const recentlyOpened = (page: Page) => results(page).getByRole('group', { name: 'Recently opened' });

async function openSearch(page: Page) {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(input(page)).toBeFocused();
}

test('recent searches and opened results come back when the box is empty, until cleared', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  // Nothing yet: the empty box shows no list and no Clear button.
  await expect(results(page)).toBeHidden();
  await expect(dialog(page).getByRole('button', { name: /^Clear/ })).toBeHidden();

  await input(page).fill('buddy');
  const first = results(page).getByRole('option').first();
  await expect(first).toBeVisible();
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await page.waitForURL((url) => href.endsWith(url.pathname + url.hash));

  await openSearch(page);
  await expect(input(page)).toHaveValue('');
  await expect(recentSearches(page).getByRole('option', { name: 'buddy' })).toBeVisible();
  await expect(recentlyOpened(page).getByRole('option')).toHaveCount(1);
  await expect(recentlyOpened(page).getByRole('option')).toHaveAttribute('href', href);
  expect(await seriousViolations(page)).toEqual([]);

  // Arrow keys reach them; a recent search runs again in place, and is a link to the search page.
  const again = recentSearches(page).getByRole('option', { name: 'buddy' });
  await expect(again).toHaveAttribute('href', '/search/?q=buddy');
  await page.keyboard.press('ArrowDown');
  await expect(again).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(input(page)).toHaveValue('buddy');
  await expect(results(page).getByRole('option').first()).toHaveAttribute('href', href);

  await input(page).fill('');
  await expect(recentSearches(page)).toBeVisible();
  await dialog(page)
    .getByRole('button', { name: /^Clear/ })
    .click();
  await expect(results(page)).toBeHidden();
  await expect(dialog(page).getByRole('status')).toHaveText('Recent searches cleared.');
  expect(await page.evaluate((key) => localStorage.getItem(key), RECENT_KEY)).toBeNull();
  await expect(input(page)).toBeFocused();
});

test('an unreadable recent list is ignored and then replaced, never a crash', async ({ page }) => {
  await page.goto('/');
  for (const bad of [
    '{"v":1,"searches":[42],"pages":"x"',
    '{"v":1,"searches":["<img src=x>"],"pages":[{"url":"javascript:alert(1)","title":"x","page":"y"}]}',
  ]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECENT_KEY, bad] as const);
    await page.reload();
    await openSearch(page);
    await expect(input(page)).toHaveValue('');
    await expect(results(page)).toBeHidden();
    await input(page).fill('graduation');
    const first = results(page).getByRole('option').first();
    await expect(first).toBeVisible();
    await first.click();
    await page.waitForURL(/csm-onboarding\/#/);
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), RECENT_KEY)) ?? 'null');
    expect(stored.searches).toEqual(['graduation']);
    expect(stored.pages).toHaveLength(1);
    await page.goto('/');
  }
});

/** The contrast ratio of two computed colours ("rgb(…)"), as WCAG defines it. */
function contrast(one: string, two: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/*
 * A result whose every word is marked: its title took the mark's text colour and no longer looked like a link
 * (design review, December 2026), and the link colour simply kept on the dark theme's mark was under AA.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`a result title marked whole keeps the link colour, at AA on its mark (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await openSearch(page);
    await input(page).fill('csm onboarding');
    // The page's own result: every word of its title is in a mark.
    const title = results(page).getByRole('option').first().locator('.search-result__title');
    await expect(title.locator('mark')).toHaveText(['CSM', 'Onboarding']);
    const colourOf = (locator: typeof title) => locator.first().evaluate((element) => getComputedStyle(element).color);
    const markBackground = await title
      .locator('mark')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    // The link colour is the title's own.
    const linkColour = await colourOf(title);
    expect(await colourOf(title.locator('mark'))).toBe(linkColour);
    expect(contrast(await colourOf(title.locator('mark')), markBackground)).toBeGreaterThanOrEqual(4.5);
    // An excerpt's marked words are read on the same mark.
    const excerptMark = results(page).locator('.search-result__excerpt mark').first();
    await expect(excerptMark).toBeVisible();
    expect(contrast(await colourOf(excerptMark), markBackground)).toBeGreaterThanOrEqual(4.5);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

/*
 * A manager tool in the results: testers could not tell it from a handbook
 * section (its title alone, with no excerpt and no mark of the site's own).
 */
test.describe('a site tool among the results', () => {
  /** The 1:1 agenda tool, first for "1:1 agenda", and a handbook result below it. */
  async function toolAndSection(page: Page) {
    await page.goto('/');
    await openSearch(page);
    await input(page).fill('1:1 agenda');
    await expect(dialog(page).getByRole('status')).toContainText('“1:1 agenda”');
    const tool = results(page).getByRole('option').first();
    // A handbook result below it (a section or task of another page on the 1:1s).
    const section = results(page).getByRole('option').filter({ hasNotText: 'This week’s 1:1 agenda' }).first();
    return { tool, section };
  }

  /** Whether an element is wider than the option it is in (cut off, or pushing the list sideways). */
  const overflows = (element: Element) => element.scrollWidth > element.clientWidth + 1;

  for (const scheme of ['light', 'dark'] as const) {
    test(`says what the tool does and that it is the site’s, as a link, readable in the ${scheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const { tool, section } = await toolAndSection(page);
      await expect(tool).toHaveAttribute('href', '/handbook/customer-success/csm/csm-manager/#manager-agenda-title');
      expect(await tool.evaluate((element) => element.tagName)).toBe('A');
      // Announced as the heading it sits under, the tool's title, the tag, then a sentence of what it does (the
      // site's, not the handbook's), each a word apart (the heading and the title ran together: "CadenceThis").
      await expect(tool).toHaveAccessibleName(
        /^Gainsight\/Customer Review in Director\/CSM Manager 1:1 Cadence This week’s 1:1 agenda Site tool [A-Z].{20,}\.$/,
      );
      await expect(tool.getByText('Site tool', { exact: true })).toBeVisible();
      // A handbook section carries its own words and no such tag.
      await expect(section).toBeVisible();
      await expect(section).not.toContainText('Site tool');
      // The sentence is the site's, not a quote of the handbook: it does not look like an excerpt.
      await expect(tool.locator('.search-result__about')).toHaveCSS('font-style', 'italic');
      await expect(section.locator('.search-result__excerpt')).toHaveCSS('font-style', 'normal');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('fits a 375 px phone: the title, the tag and the sentence wrap within the result', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const { tool } = await toolAndSection(page);
    await expect(tool.getByText('Site tool', { exact: true })).toBeInViewport();
    expect(await tool.evaluate(overflows)).toBe(false);
    expect(await results(page).evaluate(overflows)).toBe(false);
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the placeholder fits, the chips fold behind a Filters button and results get most of the panel', async ({
    page,
  }) => {
    await page.goto('/');
    await openSearch(page);
    const room = await input(page).evaluate((element) => {
      const box = element as HTMLInputElement;
      const style = getComputedStyle(box);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return { text: Number.POSITIVE_INFINITY, width: 0 };
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const width = box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return { text: context.measureText(box.placeholder).width, width };
    });
    expect(room.text, 'placeholder width').toBeLessThanOrEqual(room.width);

    const toggle = dialog(page).getByRole('button', { name: 'Filters' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(dialog(page).getByRole('button', { name: 'Handbook page' })).toBeHidden();

    await input(page).fill('onboarding');
    await expect(results(page).getByRole('option').first()).toBeVisible();
    const list = await results(page).boundingBox();
    expect((list?.height ?? 0) / 740, 'share of the screen the results get').toBeGreaterThan(0.55);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const chip = dialog(page).getByRole('button', { name: 'Handbook page' });
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    // A folded filter that is on still says so.
    await expect(toggle).toHaveAccessibleName('Filters (1 on)');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
