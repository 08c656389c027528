import type { Page } from '@playwright/test';
import { programTasks } from '../support/programs';
import { expect, test } from './fixtures';
import { ASPIRING, INTERNSHIP, openPlanner } from './planner-helpers';

/*
 * Finishing a whole program: a short celebration (the finished section's
 * heading glows for 200 ms, none under reduced motion) and a suggestion of
 * what is next, a link (src/islands/use-program-extras.ts). Every task but one
 * is stored done beforehand, in the planner's own record format; the reader
 * ticks the last one.
 */

// The aspiring leaders program's last task: its section (Module 3) finishes with it, and so does the program.
const LAST_TASK = 'asp-m3-pto-backup';

async function seedAllButLast(page: Page): Promise<string> {
  const tasks = programTasks('aspiring-leaders');
  const ids = tasks.flatMap((task) => [task.id, ...(task.subtasks ?? []).map((sub) => sub.id)]);
  await page.goto('/');
  await page.evaluate(
    (list) => {
      for (const id of list)
        localStorage.setItem(
          `csm-handbook:task:${id}`,
          JSON.stringify({ v: 2, state: 'done', note: '', updatedAt: Date.now() }),
        );
    },
    ids.filter((id) => id !== LAST_TASK),
  );
  const last = tasks.find((task) => task.id === LAST_TASK);
  if (!last) throw new Error(`no task ${LAST_TASK}`);
  return last.plain;
}

/**
 * Records, as each element gets the `celebrate` mark, its animation (`none`:
 * not animated) and how many time-based animations run on the page then (a
 * scroll-driven one, the way back to the top, moves only with the reader).
 */
async function watchCelebrations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { animation: string; running: number }[] = [];
    (window as unknown as { celebrations: typeof seen }).celebrations = seen;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const element = mutation.target as Element;
        if (!element.classList.contains('celebrate')) continue;
        seen.push({
          animation: getComputedStyle(element).animationName,
          running: document.getAnimations().filter((animation) => animation.timeline === document.timeline).length,
        });
      }
    }).observe(document.body, { subtree: true, attributeFilter: ['class'] });
  });
}

function celebrations(page: Page): Promise<{ animation: string; running: number }[]> {
  return page.evaluate(
    () => (window as unknown as { celebrations: { animation: string; running: number }[] }).celebrations,
  );
}

/** Ticks the last open task of the aspiring leaders' program, and sees the program's finish announced. */
async function finishAspiringLeaders(page: Page): Promise<void> {
  const lastWords = await seedAllButLast(page);
  await openPlanner(page, ASPIRING);
  await watchCelebrations(page);
  await page.getByRole('checkbox', { name: lastWords, exact: true }).check();
  await expect(page.getByRole('status')).toHaveText('You finished CSM Aspiring Leaders Program. Well done!');
}

test('finishing a program celebrates it and links to what is next', async ({ page }) => {
  await finishAspiringLeaders(page);
  expect((await celebrations(page)).map((seen) => seen.animation)).toEqual(['celebrate']);
  const next = page.locator('.toast').getByRole('link', { name: 'Next: draft a mock 30-60-90 plan' });
  await expect(next).toHaveAttribute('href', '/plan-builder/?template=interview-mock');
  await next.click();
  // The plan builder starts from the template, then names the new plan in the address (?plan=…).
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Mock 30-60-90 day plan: CSM Manager');
  await expect(page).toHaveURL(/\/plan-builder\/\?plan=[\w-]+$/);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('finishing a program says so and suggests what is next, with nothing moving', async ({ page }) => {
    await finishAspiringLeaders(page);
    await expect(page.locator('.toast').getByRole('link', { name: 'Next: draft a mock 30-60-90 plan' })).toBeVisible();
    // The finished section's heading is marked (tinted) but not animated, and nothing else on the page moves.
    expect(await celebrations(page)).toEqual([{ animation: 'none', running: 0 }]);
    expect(
      await page.evaluate(() => document.getAnimations().filter((a) => a.timeline === document.timeline).length),
    ).toBe(0);
  });
});

test('a list whose every task is set aside as not applicable is not finished: no “Well done”, no check mark', async ({
  page,
}) => {
  const pre = programTasks('internship').filter((task) => task.id.startsWith('int-pre-'));
  const ids = pre.flatMap((task) => [task.id, ...(task.subtasks ?? []).map((sub) => sub.id)]);
  const last = pre[pre.length - 1] as (typeof pre)[number];
  await page.goto('/');
  await page.evaluate(
    (list) => {
      for (const id of list)
        localStorage.setItem(`csm-handbook:task:${id}`, JSON.stringify({ v: 2, state: 'na', note: '', updatedAt: 1 }));
    },
    ids.filter((id) => id !== last.id),
  );
  await openPlanner(page, INTERNSHIP);
  await watchCelebrations(page);
  const list = page.getByRole('group', { name: 'Pre-internship tasks' });
  await list.getByRole('checkbox', { name: `N/A, not applicable: ${last.plain}`, exact: true }).check();
  await expect(list.locator('.progress__text')).toHaveText(`0 of 0 done · ${ids.length} not applicable`);
  // The celebration's code loads on demand: give it the time it takes when a list is finished.
  await page.waitForTimeout(1500);
  await expect(page.locator('.toast')).not.toContainText('Finished');
  expect(await celebrations(page)).toEqual([]);
  // A later visit: the contents mark no list as finished that nothing was done in.
  await openPlanner(page, INTERNSHIP);
  await expect(page.locator('.toc a[href="#pre-internship-tasks"]')).toBeVisible();
  await expect(page.locator('.toc a[href="#pre-internship-tasks"] .toc-done')).toHaveCount(0);
});
