import type { Locator, Page } from '@playwright/test';
import { addAction, addGoal, addPerson, createPlan } from '../../src/lib/plan-model';
import type { Action, Goal, Person, Plan } from '../../src/schemas/plan';
import { recordKeys } from '../../src/stores/record-keys';
import { expect } from './fixtures';

/*
 * Plans for browser tests, built with the site's own plan functions and put
 * in storage before the builder opens: typing 200 goals through the page
 * would take minutes. The stored format lives in `storedPlan` alone, so a new
 * record format means changing this one function.
 */

export const BUILDER = '/plan-builder/';

/** Opens the plan builder (or a plan's address) and waits until its editor is there. */
export async function openBuilder(page: Page, path = BUILDER): Promise<void> {
  await page.goto(path);
  await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
}

/** Waits until the builder says the plan is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByText('Saved in this browser', { exact: true })).toBeVisible();
}

/** A phase of the open plan, by its number. */
export const phase = (page: Page, n: 1 | 2 | 3): Locator =>
  page.getByRole('region', { name: new RegExp(`^Days ${['1–30', '31–60', '61–90'][n - 1]}`) });

/** What a plan looks like in localStorage: its key and its text. */
export function storedPlan(plan: Plan): { key: string; value: string } {
  return { key: recordKeys.plan(plan.id), value: JSON.stringify(plan) };
}

export interface PlanSeed {
  id?: string;
  title?: string;
  /** Goals of each phase (index 0-2), each with its actions. */
  goals?: Partial<Record<0 | 1 | 2, { text: string; actions?: string[] }[]>>;
  /** People of each phase (index 0-2). */
  people?: Partial<Record<0 | 1 | 2, string[]>>;
}

/** A plan with the given goals, actions and people; ids are predictable (`g0-1`, `g0-1-a2`, `p0-1`). */
export function seedPlan({ id = 'seeded-plan', title = 'Seeded plan', goals = {}, people = {} }: PlanSeed): Plan {
  const now = 1_700_000_000_000;
  let plan = createPlan(id, now, title);
  for (const phase of [0, 1, 2] as const) {
    for (const [g, { text, actions = [] }] of (goals[phase] ?? []).entries()) {
      const goal: Goal = { id: `g${phase}-${g + 1}`, text, category: 'learning', measure: '', actions: [] };
      plan = addGoal(plan, phase, goal, now);
      for (const [a, actionText] of actions.entries()) {
        const action: Action = { id: `${goal.id}-a${a + 1}`, text: actionText, owner: 'self', status: 'todo' };
        plan = addAction(plan, phase, goal.id, action, now);
      }
    }
    for (const [n, name] of (people[phase] ?? []).entries()) {
      const person: Person = { id: `p${phase}-${n + 1}`, name, why: '', met: false };
      plan = addPerson(plan, phase, person, now);
    }
  }
  return plan;
}

/** `count` texts: "Goal text 1", "Goal text 2"… */
export function numbered(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);
}

/** Puts `plan` in storage and opens the builder on it, ready to use. */
export async function openSeededPlan(page: Page, plan: Plan): Promise<void> {
  const { key, value } = storedPlan(plan);
  // Before the page's own scripts, once per tab: a reload must find what the page saved, not the seed.
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem(`seeded:${k}`)) return;
      sessionStorage.setItem(`seeded:${k}`, '1');
      localStorage.setItem(k, v);
    },
    [key, value] as const,
  );
  await page.goto(`${BUILDER}?plan=${plan.id}`);
  // By role, not by label: finding a label is slow in a page of 200 goals, and so is rendering them.
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(plan.title, {
    timeout: 30_000,
  });
}

/** Checks the values of the fields `fields` finds, in order. */
export async function expectValues(fields: Locator, values: string[]): Promise<void> {
  await expect(fields).toHaveCount(values.length);
  for (const [index, value] of values.entries()) await expect(fields.nth(index)).toHaveValue(value);
}
