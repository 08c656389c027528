// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStamp } from '../../src/lib/plan-clock';
import { createPlan } from '../../src/lib/plan-model';
import {
  checklists,
  ITEM,
  ladder,
  manager,
  ORDERS,
  PLAN,
  plans,
  RATING,
  stopTabs,
  stored,
  TASK,
  twoTabs,
} from '../support/two-tabs';

/*
 * A record whose change stamps are later than this browser's clock: saved by a browser whose clock is fast (a
 * backup from a laptop an hour ahead), or a corrupt or hostile backup stamped in 2099. With two tabs open, each
 * tab merges the other's saves by those stamps, so a change stamped by this clock alone loses to the older value's
 * later stamp, and the other tab writes that value back: until December 7 the reader's edit snapped back, and the
 * plan builder even said another tab had typed over it. A change is stamped later than every stamp of the record it
 * changes (src/lib/stamp-time.ts), so the reader's edit wins in both tabs.
 *
 * Each tab has its own copy of the stores over one storage, and hears of the other's writes when the test says so
 * (`tests/support/two-tabs.ts`).
 */

const NOW = 1_800_000_000_000;
const HOUR_AHEAD = NOW + 3_600_000;
const YEAR_2099 = Date.UTC(2099, 5, 1);
const AHEAD = [
  ['an hour ahead', HOUR_AHEAD],
  ['in 2099', YEAR_2099],
] as const;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});

afterEach(() => {
  stopTabs();
  vi.useRealTimers();
});

/** The plan builder's stores, with that tab's page message (where a lost edit is offered back). */
const plansWithMessage = async () => ({
  ...(await plans()),
  $announcement: (await import('../../src/stores/announcer')).$announcement,
});

describe('a record stamped later than this browser’s clock, with two tabs open: the reader’s edit wins', () => {
  it.each(AHEAD)('a plan’s title typed in one tab, its stamps %s', async (_when, time) => {
    const fast = createPlan('p1', time - 60_000);
    const plan = { ...fast, title: 'Fast clock title', clock: { title: { s: makeStamp(time, 'fasttab') } } };
    const { a, b, settle, shared } = await twoTabs(plansWithMessage, new Map([[PLAN, JSON.stringify(plan)]]));
    a.editPlan('p1', (p) => ({ ...p, title: 'Fast clock title and more words' }));
    a.flushPlanSaves();
    settle('b');
    await vi.runAllTimersAsync();
    for (const tab of [a, b]) expect(tab.$plans.get().p1?.title).toBe('Fast clock title and more words');
    expect(stored(shared, PLAN).title).toBe('Fast clock title and more words');
    // Nobody typed over the reader's text: nothing is offered back.
    for (const tab of [a, b]) expect(tab.$announcement.get()).toBeNull();
  });

  it.each(AHEAD)('a ladder item’s rating and note changed in one tab, their stamps %s', async (_when, time) => {
    const rating = {
      v: 3,
      rating: 'partly',
      evidence: [],
      note: 'Old note',
      updatedAt: time,
      at: { rating: time, note: time },
    };
    const { a, b, settle, shared } = await twoTabs(ladder, new Map([[RATING, JSON.stringify(rating)]]));
    a.rateItem(ITEM, 'demonstrated');
    settle('b');
    a.setItemNote(ITEM, 'New note');
    a.flushLadderSaves();
    settle('b');
    for (const tab of [a, b])
      expect(tab.$ladderRatings.get()[ITEM]).toMatchObject({ rating: 'demonstrated', note: 'New note' });
    expect(stored(shared, RATING)).toMatchObject({ rating: 'demonstrated', note: 'New note' });
  });

  it.each(AHEAD)('a 1:1 agenda note typed in one tab, its stamps %s', async (_when, time) => {
    const key = 'csm-handbook:manager:agenda-2027-01-04';
    const week = {
      v: 2,
      kind: 'agenda',
      week: '2027-01-04',
      items: { 'a1-2': { done: false, note: 'Stored note', at: { note: time } } },
      updatedAt: time,
    };
    const { a, b, settle, shared } = await twoTabs(manager, new Map([[key, JSON.stringify(week)]]));
    a.changeAgendaItem('2027-01-04', 'a1-2', { note: 'Typed note' });
    settle('b');
    for (const tab of [a, b]) {
      const record = tab.$managerRecords.get()['agenda-2027-01-04'];
      expect(record?.kind === 'agenda' && record.items['a1-2']?.note).toBe('Typed note');
    }
    expect(stored(shared, key).items['a1-2'].note).toBe('Typed note');
  });

  it.each(ORDERS)(
    'a checklist task changed an hour ahead: its note typed here holds (tab %s hears first)',
    async (first) => {
      const task = { v: 2, state: 'done', note: 'Stored note', updatedAt: HOUR_AHEAD };
      const { a, b, settle, shared } = await twoTabs(checklists, new Map([[TASK, JSON.stringify(task)]]));
      a.setTaskNote('int-a', 'Typed note');
      b.toggleTask('int-a');
      settle(first);
      for (const tab of [a, b]) expect(tab.$tasks.get()['int-a']).toMatchObject({ state: 'open', note: 'Typed note' });
      expect(stored(shared, TASK)).toMatchObject({ state: 'open', note: 'Typed note' });
    },
  );
});
