import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openBuilder, phase } from './plan-records';
import { ONBOARDING, openPlanner } from './planner-helpers';

/*
 * One look across the planners (a design review, December 7): the plan builder's, the career ladder's and the
 * manager toolkit's Remove buttons were drawn three ways, their field labels two weights, and their boxes and
 * radios 18 to 20 px where the checklist's are 24. Measured as drawn (computed style, boxes on the screen).
 */

const MANAGER = '/handbook/customer-success/csm/csm-manager/';
const LADDER = '/job-families/sales/customer-success-management/ladder/?from=senior&to=staff';

/** The manager tool under `heading`, scrolled into view and alive (`live`, one of its buttons, enabled). */
async function managerTool(page: Page, heading: string, live: string): Promise<Locator> {
  const tool = page.locator('.tool-panel').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
  await tool.scrollIntoViewIfNeeded();
  await expect(tool.getByRole('button', { name: live }).first()).toBeEnabled();
  return tool;
}

/** What makes a button look as it does: its colours, border, type and size. */
const look = (button: Locator) =>
  button.evaluate((element) => {
    const style = getComputedStyle(element);
    return [
      'color',
      'backgroundColor',
      'borderTopColor',
      'borderTopWidth',
      'borderTopLeftRadius',
      'fontSize',
      'fontWeight',
      'minHeight',
    ].map(
      (property) => `${property}: ${style.getPropertyValue(property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))}`,
    );
  });

/** A field label's weight. */
const weight = (label: Locator) => label.evaluate((element) => getComputedStyle(element).fontWeight);

/** Every checkbox and radio drawn on the page (not a see-through one over its segment) smaller than 24 × 24 px. */
const smallBoxes = (page: Page) =>
  page.locator('main input:is([type="checkbox"], [type="radio"])').evaluateAll((inputs) =>
    inputs
      .filter((input) => input.getClientRects().length > 0 && getComputedStyle(input).opacity !== '0')
      .map((input) => ({ input, box: input.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 23.5 || box.height < 23.5)
      .map(({ input, box }) => `${input.id || input.getAttribute('name')}: ${box.width} × ${box.height}`),
  );

test('Remove is one button across the plan builder, the career ladder and the manager toolkit; field labels one weight', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'csm-handbook:ladder-evidence:ev-look001',
      '{"v":1,"id":"ev-look001","title":"QBR deck for ACME","tags":[],"updatedAt":1}',
    );
    localStorage.setItem(
      'csm-handbook:ladder-rating:staff-resp-owns-the-customer-relationship-of-a',
      '{"v":3,"rating":"partly","evidence":["ev-look001"],"note":"","updatedAt":1}',
    );
  });
  await openBuilder(page);
  await phase(page, 1).getByRole('button', { name: 'Add a goal' }).click();
  const looks = [await look(page.getByRole('button', { name: /^Remove goal/ }).first())];
  const labels = [
    await weight(
      phase(page, 1)
        .locator('label', { hasText: /^Goal$/ })
        .first(),
    ),
  ];

  await page.goto(LADDER);
  await expect(page.getByLabel('Your level')).toBeEnabled();
  looks.push(await look(page.getByRole('button', { name: /^Remove .*QBR deck for ACME/ })));
  labels.push(await weight(page.locator('label', { hasText: /^Your level$/ })));

  await page.goto(MANAGER);
  const team = await managerTool(page, 'Your team: 1:1s and IDP syncs', 'Reviewed a call');
  await team.getByRole('textbox', { name: 'First name or initials' }).fill('Ana');
  await team.getByRole('button', { name: 'Add to team' }).click();
  looks.push(await look(team.getByRole('button', { name: 'Remove Ana' })));
  const club = await managerTool(page, 'President’s Club tally', 'Add a CSM');
  await club.getByRole('button', { name: 'Add a CSM' }).click();
  await club.getByRole('textbox', { name: 'CSM (first name or initials)' }).fill('Bo');
  looks.push(await look(club.getByRole('button', { name: 'Remove Bo' })));
  labels.push(await weight(club.locator('label', { hasText: 'CSM (first name or initials)' })));

  for (const other of looks.slice(1)) expect(other).toEqual(looks[0]);
  expect(new Set(labels)).toEqual(new Set([labels[0]]));
});

test('every checkbox and radio in the planners is drawn at the checklist’s 24 px', async ({ page }) => {
  await openPlanner(page, ONBOARDING);
  expect(await smallBoxes(page), 'CSM Onboarding').toEqual([]);

  await openBuilder(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('dialog', { name: 'Start a new plan' }).getByRole('radio').first()).toBeVisible();
  expect(await smallBoxes(page), 'New plan').toEqual([]);

  await page.goto(LADDER);
  await expect(page.getByLabel('Your level')).toBeEnabled();
  expect(await smallBoxes(page), 'career ladder').toEqual([]);

  await page.goto(MANAGER);
  await managerTool(page, 'This week’s 1:1 agenda', 'Copy as Markdown');
  await managerTool(page, 'President’s Club tally', 'Add a CSM');
  expect(await smallBoxes(page), 'manager toolkit').toEqual([]);
});
