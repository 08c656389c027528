import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const INTERNSHIP = '/handbook/customer-success/csm/csm-internship/';
export const ONBOARDING = '/handbook/customer-success/csm/csm-onboarding/';
export const ASPIRING = '/handbook/customer-success/csm/csm-aspiring-leaders/';
export const MY_PROGRESS = '/my-progress/';

/** Opens a planner page and waits until its checklists are live (hydrated, stored data read). */
export async function openPlanner(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeEnabled();
  await expect(page.locator('.checklist input[type="checkbox"]').last()).toBeEnabled();
}

/** A date `days` from today in the browser's calendar, as the date input wants it. */
export function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export async function storedKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...localStorage }));
}

/** The tab hears of other tabs' saves 1.5 s late, as a busy tab does: two tabs can both save before either knows. */
export async function hearsOtherTabsLate(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      type === 'storage'
        ? add(type, (event) => setTimeout(() => listener(event), 1_500), options)
        : add(type, listener, options)) as typeof window.addEventListener;
  });
}
