import { vi } from 'vitest';
import { type KeyValueStorage, openStorage } from '../../src/browser/storage';
import { FakeStorage, otherTabChanged } from './fake-storage';

/*
 * Two tabs over one storage for unit tests: each tab has its own copy of the stores (as two pages have), and hears
 * of the other's writes only when the test says so, with the values the browser's event carries (the value the
 * write replaced, and the one it wrote). Each tab's `retry` is its own session's "Try saving again".
 */

type Write = [key: string, oldValue: string | null, newValue: string | null];

/** A tab's view of the shared storage: it remembers its writes, for the other tab to hear of them later. */
export class TabStorage extends FakeStorage {
  written: Write[] = [];
  private meanwhile: { key: string; save: () => void } | undefined;

  /** The other tab's `save` lands just before this tab's next write to `key`: after this tab read it. */
  before(key: string, save: () => void): void {
    this.meanwhile = { key, save };
  }

  private land(key: string, value: string | null, write: () => void): void {
    const other = this.meanwhile;
    if (other?.key === key) {
      this.meanwhile = undefined;
      other.save();
    }
    const oldValue = this.data.get(key) ?? null;
    write();
    // The browser tells other tabs of a write that changed the value, and only of one.
    if (oldValue !== value) this.written.push([key, oldValue, value]);
  }

  override setItem(key: string, value: string): void {
    this.land(key, value, () => super.setItem(key, value));
  }

  override removeItem(key: string): void {
    this.land(key, null, () => super.removeItem(key));
  }
}

interface Tab {
  start(open: () => KeyValueStorage): void;
  stop(): void;
}

let stops: (() => void)[] = [];

/** Stops every tab `twoTabs` started (in the test file's `afterEach`). */
export function stopTabs(): void {
  for (const stop of stops) stop();
  stops = [];
}

/** Two tabs, each with its own copy of the stores `load` brings, over one storage (`shared`). */
export async function twoTabs<M extends Tab>(load: () => Promise<M>, shared = new Map<string, string>()) {
  const views = { a: new TabStorage(shared), b: new TabStorage(shared) };
  vi.resetModules();
  const a = await load();
  vi.resetModules();
  const b = await load();
  stops.push(a.stop, b.stop);
  a.start(() => openStorage(() => views.a));
  b.start(() => openStorage(() => views.b));
  views.a.written = [];
  views.b.written = [];
  const other = { a: views.b, b: views.a };
  /** Tab `who` hears of every write the other tab made that it has not heard of yet. */
  const hear = (who: 'a' | 'b') => {
    for (const [key, oldValue, newValue] of other[who].written.splice(0))
      otherTabChanged(views[who], key, { oldValue, newValue });
  };
  /**
   * Each tab hears of the other's writes, `first` first, until neither writes any more; returns how many writes
   * hearing made. Throws if they have not stopped after ten rounds.
   */
  const settle = (first: 'a' | 'b'): number => {
    let answers = 0;
    for (let round = 0; round < 10; round += 1) {
      if (!views.a.written.length && !views.b.written.length) return answers;
      for (const who of first === 'a' ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
        const before = views[who].written.length;
        hear(who);
        answers += views[who].written.length - before;
      }
    }
    throw new Error('the two tabs never stopped writing');
  };
  return { a, b, views, hear, settle, shared };
}

/** This tab's own session (after `vi.resetModules`, the one its stores use): "Try saving again". */
const retryOf = async () => ({ retry: (await import('../../src/stores/storage-session')).retryPendingWrites });

export const checklists = async () => {
  const stores = await import('../../src/stores/planner');
  return { ...stores, ...(await retryOf()), start: stores.startPlanner, stop: stores.stopPlannerForTests };
};
export const plans = async () => {
  const stores = await import('../../src/stores/plans');
  return {
    ...stores,
    ...(await retryOf()),
    start: (open: () => KeyValueStorage) => stores.startPlans({ open, createDraft: false }),
    stop: stores.stopPlansForTests,
  };
};
export const ladder = async () => {
  const stores = await import('../../src/stores/ladder');
  // Adding and editing a piece of evidence: loaded with the evidence form, in a module of their own.
  const evidence = await import('../../src/stores/ladder-evidence');
  return { ...stores, ...evidence, ...(await retryOf()), start: stores.startLadder, stop: stores.stopLadderForTests };
};
export const manager = async () => {
  const view = await import('../../src/stores/manager-view');
  const actions = await import('../../src/stores/manager');
  const session = await import('../../src/stores/storage-session');
  return {
    ...view,
    ...actions,
    retry: session.retryPendingWrites,
    start: view.startManager,
    stop: () => {
      session.closeSessionForTests();
      view.managerStore.resetForTests?.();
    },
  };
};

export const TASK = 'csm-handbook:task:int-a';
export const PROGRAM = 'csm-handbook:program:onboarding';
export const PLAN = 'csm-handbook:plan:p1';
export const ITEM = 'staff-resp-owns-the-customer-relationship-of-a';
export const RATING = `csm-handbook:ladder-rating:${ITEM}`;
export const TEAM = 'csm-handbook:manager:team';
export const ORDERS = [['a'], ['b']] as const;

export const stored = (shared: Map<string, string>, key: string) => JSON.parse(shared.get(key) ?? 'null');
