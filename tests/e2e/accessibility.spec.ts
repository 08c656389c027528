import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { handbookPages, readerPaths } from '../support/content';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { ONBOARDING, openPlanner } from './planner-helpers';

const paths = [...readerPaths(), '/no/such/page/'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of paths) {
    test(`${path} has no serious or critical axe violation (${colorScheme})`, async ({ page }) => {
      // The career ladder lists every level in full: axe needs longer there on a busy machine.
      if (path.includes('/ladder/')) test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

// axe leaves WCAG 2.2's target size out unless asked: every page asks, at a phone's width and a desktop's.
for (const width of [375, 1280]) {
  test(`every target on every page is 24 px or spaced as WCAG 2.2 asks (${width} px)`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      for (const v of violations) failures.push(`${path}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
}

/** Tabs `steps` times and names each element the focus rests on that the Back to top button overlaps. */
async function focusUnderBackToTop(page: Page, steps: number): Promise<string[]> {
  const covered: string[] = [];
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      const top = document.querySelector('.back-to-top');
      if (!focused || focused === document.body || !top || focused === top) return undefined;
      if (getComputedStyle(top).visibility === 'hidden') return undefined;
      const a = focused.getBoundingClientRect();
      const b = top.getBoundingClientRect();
      // A box taller than the screen above the button (a table that scrolls) cannot clear it; its top shows.
      if (a.height > b.top - 100) return undefined;
      const overlaps = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
      const name = focused.getAttribute('aria-label') ?? focused.getAttribute('href') ?? focused.textContent?.trim();
      return overlaps ? `${focused.tagName} ${name}` : undefined;
    });
    if (hidden) covered.push(hidden);
  }
  return covered;
}

test('what keyboard focus reaches is never hidden under the Back to top button (375 px)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 740 });
  // Where the focus comes to rest is what counts: no smooth scroll still under way when it is measured.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/job-families/sales/customer-success-management/');
  const covered = await focusUnderBackToTop(page, 160);
  await expect(page.getByRole('link', { name: 'Back to top' })).toBeAttached();
  expect(covered).toEqual([]);
});

test('what keyboard focus reaches in the manager’s tools is never hidden under the Back to top button (768 px)', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install({ time: new Date('2026-12-07T09:00:00') });
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  // Tools open: a team, a review session under way (its buttons end the panel, at the right edge).
  const team = page
    .locator('.tool-panel')
    .filter({ has: page.getByRole('heading', { name: 'Your team: 1:1s and IDP syncs' }) });
  await team.scrollIntoViewIfNeeded();
  for (const name of ['Ana', 'Ben']) {
    await team.getByRole('textbox', { name: 'First name or initials' }).fill(name);
    await team.getByRole('button', { name: 'Add to team' }).click();
    await expect(team.locator('.team-list__name').filter({ hasText: name })).toBeVisible();
  }
  const start = page.getByRole('button', { name: 'Start a Review Checklist' });
  await start.scrollIntoViewIfNeeded();
  await start.click();
  await expect(page.getByRole('button', { name: 'Finish review' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').focus();
  const covered = await focusUnderBackToTop(page, 420);
  // Named only once it shows (scroll-driven); the test needs it on the page at all.
  await expect(page.locator('.back-to-top')).toBeAttached();
  expect(covered).toEqual([]);
});

test('paper gets no controls: My progress, the manager’s tools, search', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/my-progress/');
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Reset all/ })).toBeHidden();
  await expect(page.getByText('Restore from a backup file')).toBeHidden();
  await page.goto('/handbook/customer-success/csm/csm-manager/');
  await expect(page.getByRole('radio', { name: 'score all five criteria' })).toBeHidden();
  await expect(page.getByRole('combobox').first()).toBeHidden();
  await page.goto('/search/?q=success+plan');
  await expect(page.getByRole('searchbox').or(page.getByRole('textbox'))).toBeHidden();
});

test('the skip link moves keyboard focus to the content', async ({ page }) => {
  await page.goto(handbookPages()[0]?.path ?? '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
});

/*
 * Forced colours (Windows high contrast): the system repaints the page, backgrounds and shadows go. A review
 * (December 7, 2026) found two things gone with them: the focus on "Show tasks for" (its radios are see-through,
 * and the selected option's ring was the same focused or not) and the progress bars' fill.
 */
test.describe('forced colours', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ forcedColors: 'active' });
  });

  test('the focused "Show tasks for" option is marked otherwise than the selected one without focus', async ({
    page,
  }) => {
    await openPlanner(page, ONBOARDING);
    const roles = page.getByRole('group', { name: 'Show tasks for' });
    const newCsm = roles.getByRole('radio', { name: 'New CSM' });
    // The ring's colour and width, on the option's label (what the eye sees: the radio itself is see-through).
    const ring = () =>
      newCsm.evaluate((input) => {
        const look = getComputedStyle(input.closest('label') as HTMLElement);
        return `${look.outlineStyle} ${look.outlineWidth} ${look.outlineColor}`;
      });
    await roles.getByRole('radio', { name: 'Everyone' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(newCsm).toBeFocused();
    await expect(newCsm).toBeChecked();
    const focused = await ring();
    await page.keyboard.press('Tab');
    await expect(newCsm).not.toBeFocused();
    const unfocused = await ring();
    expect(focused).not.toMatch(/^none/);
    expect(focused).not.toBe(unfocused);
  });

  // On a phone the theme control is its icon: forced colours painted the chosen word ("Auto") over it, as they
  // override the transparent text that hides it otherwise (design review, December 2026).
  test('on a 375 px phone the theme control shows its icon alone, not the chosen word over it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto('/');
    const theme = page.getByRole('combobox', { name: 'Theme' });
    // Auto and Light look alike here (the system's theme is light): only the word would tell them apart.
    await expect(theme).toHaveValue('auto');
    const auto = await theme.screenshot();
    await theme.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const light = await theme.screenshot();
    expect(light.equals(auto)).toBe(true);
    // The icon is drawn.
    expect((await inkOf(theme)).inside).toBeGreaterThan(20);
  });

  test('the progress bars keep a visible track and fill', async ({ page }) => {
    await openPlanner(page, ONBOARDING);
    await page
      .getByRole('checkbox', { name: 'Complete Pulse+ Customer Success Manager Certificate I', exact: true })
      .check();
    await page
      .getByRole('checkbox', { name: 'Complete Pulse+ Advanced Customer Success Manager Certificate II', exact: true })
      .check();
    // What the eye gets, in pixels: the browser's own computed style of a bar's fill does not say what forced
    // colours draw. The program's bar (2 done) and a module's with none done.
    for (const [name, done] of [
      ['Progress of CSM Onboarding', true],
      ['Progress of Module 2: CSM at GitLab', false],
    ] as const) {
      const bar = page.getByRole('progressbar', { name, exact: true });
      await bar.scrollIntoViewIfNeeded();
      const ink = await inkOf(bar);
      expect(ink.edge, `${name}: its track's outline`).toBeGreaterThan(0.25);
      if (done) expect(ink.inside, `${name}: its fill`).toBeGreaterThan(0);
    }
  });
});

/**
 * How much of an element's screenshot differs from the page's background: the share of its outer two rings of
 * pixels (a track's outline) and the number of pixels inside them (a fill). Decoded by the page's canvas.
 */
async function inkOf(box: Locator): Promise<{ edge: number; inside: number }> {
  const png = (await box.screenshot()).toString('base64');
  return box.page().evaluate(async (png) => {
    const bytes = Uint8Array.from(atob(png), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const background = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    // A pixel whose red, green and blue together are more than 60 away from the background's.
    const inked = (at: number) =>
      [0, 1, 2].reduce((sum, i) => sum + Math.abs((data[at + i] ?? 0) - (background[i] ?? 0)), 0) > 60;
    let [edge, edges, inside] = [0, 0, 0];
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const ink = inked((y * width + x) * 4);
        // Its outer two pixels (the box may start mid-pixel), and what is inside them.
        if (Math.min(x, y, width - 1 - x, height - 1 - y) < 2) [edges, edge] = [edges + 1, edge + (ink ? 1 : 0)];
        else if (ink) inside += 1;
      }
    }
    return { edge: edge / edges, inside };
  }, png);
}
