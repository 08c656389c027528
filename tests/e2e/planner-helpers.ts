import type { Dialog, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const INTERNSHIP = '/handbook/customer-success/csm/csm-internship/';
export const ONBOARDING = '/handbook/customer-success/csm/csm-onboarding/';
export const ASPIRING = '/handbook/customer-success/csm/csm-aspiring-leaders/';
export const MY_PROGRESS = '/my-progress/';

/** Storage that throws on every use, as in a browser that blocks it (private mode, site data disabled). Call before the page loads. */
export async function blocksStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/**
 * Storage that is full for checklist tasks (or the keys holding `part`: `':plan:'` for plans) once the returned
 * `fill()` is called (other keys still save), as when the browser's quota is reached. Call before the page loads.
 */
export async function tasksFillStorage(
  page: Page,
  part = ':task:',
): Promise<{ fill: () => Promise<void>; free: () => Promise<void> }> {
  await page.addInitScript((filled) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull && key.includes(filled)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      original.call(this, key, value);
    };
  }, part);
  const full = (value: boolean) =>
    page.evaluate((on) => {
      (window as unknown as { storageFull?: boolean }).storageFull = on;
    }, value);
  return { fill: () => full(true), free: () => full(false) };
}

/**
 * Closes the tab as a reader does, and says whether the browser first asked "Leave site?" (the page's
 * `beforeunload`): if it did, the reader stays and the tab is still open.
 */
export async function closingAsks(page: Page): Promise<boolean> {
  let asked = false;
  const stay = (dialog: Dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.dismiss();
  };
  page.once('dialog', stay);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked || page.isClosed()).toBe(true);
  page.off('dialog', stay);
  return asked;
}

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

/**
 * What a reader of a status tag gets: its words as assistive technology reads them, its class and its look.
 * Two tags that say the same thing compare equal wherever they are.
 */
export async function tagLook(tag: Locator) {
  await expect(tag).toBeVisible();
  return {
    spoken: await tag.ariaSnapshot(),
    className: await tag.getAttribute('class'),
    look: await tag.evaluate((element) => {
      const style = getComputedStyle(element);
      return [
        'color',
        'background-color',
        'font-size',
        'font-weight',
        'text-transform',
        'border-radius',
        'padding',
      ].map((name) => `${name}: ${style.getPropertyValue(name)}`);
    }),
  };
}

/** Stores these values before the page's first load only: a reload then reads what the page itself made of them. */
export async function seedsOnce(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, values);
}

/**
 * The bidi controls that reorder the text drawn after them (embeddings, overrides, isolates), which no text the
 * planners keep holds (src/lib/bidi-controls.ts): U+202E draws "Q1 " + U+202E + "gnp.exe" as "Q1 exe.png".
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Pastes `text` into `field` (which holds text already) after its first `at` characters, moving there with the
 * keys, then types "A": where the "A" lands is where the caret was left. The page must allow clipboard access.
 */
export async function pasteThenType(page: Page, field: Locator, at: number, text: string): Promise<void> {
  await field.press('Home');
  for (let i = 0; i < at; i++) await field.press('ArrowRight');
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await page.keyboard.press('ControlOrMeta+V');
  await page.keyboard.type('A');
}

export async function storedKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...localStorage }));
}

/**
 * What the page's live regions say, as a screen reader hears them: each time the text of a live region (role status,
 * alert or log, or `aria-live`) changes to words not empty, those words are said, unless the region is turned off
 * (`aria-live="off"`) as the change is made. A region put in the page with its words is not said (screen readers
 * say changes to a region already there). Call before the page loads; the function returned reads what was said.
 */
export async function hearsLiveRegions(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { liveSaid: string[] }).liveSaid = said;
    const last = new WeakMap<Element, string>();
    const regionOf = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest(
        '[aria-live],[role=status],[role=alert],[role=log]',
      );
    new MutationObserver((records) => {
      const changed = new Set<Element>();
      for (const record of records) {
        const region = regionOf(record.target);
        if (region) changed.add(region);
      }
      for (const region of changed) {
        const text = region.textContent?.trim() ?? '';
        if (text && text !== last.get(region) && region.getAttribute('aria-live') !== 'off') said.push(text);
        last.set(region, text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { liveSaid: string[] }).liveSaid]);
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

/**
 * The tab hears of other tabs' saves only once `releaseOtherTabsSaves` is called (the events are held, then
 * delivered in order): two tabs then both save, each without the other's change, whatever the machine's speed.
 */
export async function holdsOtherTabsSaves(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    let holding = true;
    (window as unknown as { releaseOtherTabsSaves: () => void }).releaseOtherTabsSaves = () => {
      holding = false;
      for (const deliver of held.splice(0)) deliver();
    };
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      type === 'storage'
        ? add(type, (event) => (holding ? held.push(() => listener(event)) : listener(event)), options)
        : add(type, listener, options)) as typeof window.addEventListener;
  });
}

/**
 * The tab reads `key` as it is now until its own next write of it, whatever another tab saves meanwhile: a tab's
 * copy of storage, which hears of another tab's write a moment later (in Chromium, a tab's reads come from its own
 * copy), held open for as long as a test needs. Its write then goes over the other tab's save, as in that moment.
 */
export async function readsOldCopyOf(page: Page, key: string): Promise<void> {
  await page.evaluate((held) => {
    const old = localStorage.getItem(held);
    const { getItem, setItem, removeItem } = Storage.prototype;
    let holding = true;
    Storage.prototype.getItem = function read(this: Storage, asked: string) {
      return holding && asked === held ? old : getItem.call(this, asked);
    };
    Storage.prototype.setItem = function write(this: Storage, written: string, value: string) {
      if (written === held) holding = false;
      setItem.call(this, written, value);
    };
    Storage.prototype.removeItem = function remove(this: Storage, removed: string) {
      if (removed === held) holding = false;
      removeItem.call(this, removed);
    };
  }, key);
}

/** Delivers the other tabs' saves a tab held back (`holdsOtherTabsSaves`), and every later one at once. */
export async function releaseOtherTabsSaves(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { releaseOtherTabsSaves: () => void }).releaseOtherTabsSaves());
}

/**
 * The page's autosaves (its timers of the autosave pause, 500 ms) wait until `release` is called: a change typed
 * then is still this tab's own when another tab's change is heard, whatever the machine's speed.
 */
export async function holdsAutosaves(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    const state = window as unknown as { holding: boolean; releaseAutosaves: () => void };
    state.holding = true;
    state.releaseAutosaves = () => {
      state.holding = false;
      for (const run of held.splice(0)) run();
    };
    const original = window.setTimeout.bind(window);
    window.setTimeout = ((run: () => void, ms?: number) =>
      original(() => (ms === 500 && state.holding ? held.push(run) : run()), ms)) as typeof window.setTimeout;
  });
  return {
    release: () => page.evaluate(() => (window as unknown as { releaseAutosaves: () => void }).releaseAutosaves()),
  };
}

/**
 * Counts the animation frames in which an island is live (hydrated: Astro drops its `ssr` mark) but still shows
 * what it shows before the reader's data is read: `notReady`, a selector within the island (a disabled box, "Opening
 * your plans…"). Islands read stored data before the browser draws, so a reader never sees a live control that
 * does nothing yet. Call before the page loads; the function returned reads the count.
 */
export async function countLiveButNotReadyFrames(page: Page, notReady: string): Promise<() => Promise<number>> {
  await page.addInitScript((selector) => {
    const frames = { count: 0 };
    (window as unknown as { liveButNotReady: typeof frames }).liveButNotReady = frames;
    const look = () => {
      if (document.querySelector(`astro-island:not([ssr]) ${selector}`)) frames.count += 1;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, notReady);
  return () => page.evaluate(() => (window as unknown as { liveButNotReady: { count: number } }).liveButNotReady.count);
}

export { backupWith } from '../support/backup-file';

/** The internship with GitLab 101 ticked, then reset (Reset…, confirmed): its checkbox, unticked, for Undo to bring back. */
export async function tickAndResetInternship(page: Page): Promise<Locator> {
  await openPlanner(page, INTERNSHIP);
  const task = page.getByRole('checkbox', { name: 'GitLab 101 course', exact: true });
  await task.check();
  await page.getByRole('button', { name: 'Reset…' }).click();
  await page.getByRole('dialog', { name: 'Reset Internship?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(task).not.toBeChecked();
  return task;
}
