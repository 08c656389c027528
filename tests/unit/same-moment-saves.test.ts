// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan } from '../../src/lib/plan-model';
import {
  checklists,
  ITEM,
  ladder,
  manager,
  ORDERS,
  PLAN,
  PROGRAM,
  plans,
  RATING,
  stopTabs,
  stored,
  TASK,
  TEAM,
  twoTabs,
} from '../support/two-tabs';

/*
 * Two tabs save one record in the same moment: tab A reads the record (version n), tab B saves its change, and
 * tab A's write, made from what it read, lands over B's save (localStorage offers no compare-and-set; in a browser
 * each tab reads its own copy of storage, which hears of another tab's write a moment later). Each tab then hears
 * of the other's save, in either order. Nothing either reader did may be lost, in either tab or in storage; a
 * change made in one tab after it heard of the other's is never undone; and the tabs stop writing.
 *
 * Each tab has its own copy of the stores (as two pages have) over one storage, and hears of the other's writes
 * only when the test says so (`tests/support/two-tabs.ts`).
 */

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});

afterEach(() => {
  stopTabs();
  vi.useRealTimers();
});

describe('two tabs save one record in the same moment: neither change is lost', () => {
  it.each(ORDERS)(
    'a checklist task: the tick saved in one tab and the note in the other (tab %s hears first)',
    async (first) => {
      const { a, b, views, settle, shared } = await twoTabs(checklists);
      views.a.before(TASK, () => b.toggleTask('int-a'));
      a.setTaskNote('int-a', 'Ask Ana about the demo');
      // Tab A's write, made from what it read before the tick, went over it.
      expect(stored(shared, TASK)).toMatchObject({ state: 'open' });
      expect(settle(first)).toBeLessThanOrEqual(1);
      for (const tab of [a, b])
        expect(tab.$tasks.get()['int-a']).toMatchObject({ state: 'done', note: 'Ask Ana about the demo' });
      expect(stored(shared, TASK)).toMatchObject({ state: 'done', note: 'Ask Ana about the demo' });
    },
  );

  it.each(ORDERS)(
    'a program’s settings: the role chosen in one tab and the start date in the other (tab %s hears first)',
    async (first) => {
      const { a, b, views, settle, shared } = await twoTabs(checklists);
      views.a.before(PROGRAM, () => b.setProgramSettings('onboarding', { role: 'manager' }));
      a.setProgramSettings('onboarding', { startDate: '2026-12-07' });
      expect(stored(shared, PROGRAM)).not.toHaveProperty('role');
      expect(settle(first)).toBeLessThanOrEqual(1);
      for (const tab of [a, b])
        expect(tab.$programSettings.get().onboarding).toMatchObject({ role: 'manager', startDate: '2026-12-07' });
      expect(stored(shared, PROGRAM)).toMatchObject({ role: 'manager', startDate: '2026-12-07' });
    },
  );

  it.each(ORDERS)(
    'a piece of evidence: the tag added in one tab and the description in the other (tab %s hears first)',
    async (first) => {
      const { a, b, views, settle, shared } = await twoTabs(ladder);
      const id = a.createEvidence({ title: 'Led renewal', tags: [] }) as string;
      settle('b');
      vi.advanceTimersByTime(1000);
      const key = `csm-handbook:ladder-evidence:${id}`;
      views.a.before(key, () => b.updateEvidence(id, { title: 'Led renewal', tags: ['renewal'] }));
      a.updateEvidence(id, { title: 'Led the ACME renewal', tags: [] });
      expect(stored(shared, key)).toMatchObject({ tags: [] });
      expect(settle(first)).toBeLessThanOrEqual(1);
      for (const tab of [a, b])
        expect(tab.$ladderEvidence.get()[id]).toMatchObject({ title: 'Led the ACME renewal', tags: ['renewal'] });
      expect(stored(shared, key)).toMatchObject({ title: 'Led the ACME renewal', tags: ['renewal'] });
    },
  );

  it.each(ORDERS)(
    'a plan: the title typed in one tab and the context in the other (tab %s hears first)',
    async (first) => {
      const shared = new Map([[PLAN, JSON.stringify({ ...createPlan('p1', 1000), title: 'Start' })]]);
      const { a, b, views, settle } = await twoTabs(plans, shared);
      a.editPlan('p1', (plan) => ({ ...plan, title: 'Title from A' }));
      views.a.before(PLAN, () => {
        b.editPlan('p1', (plan) => ({ ...plan, context: 'Context from B' }));
        b.flushPlanSaves();
      });
      a.flushPlanSaves();
      expect(stored(shared, PLAN)).toMatchObject({ context: '' });
      expect(settle(first)).toBeLessThanOrEqual(2);
      for (const tab of [a, b])
        expect(tab.$plans.get().p1).toMatchObject({ title: 'Title from A', context: 'Context from B' });
      expect(stored(shared, PLAN)).toMatchObject({ title: 'Title from A', context: 'Context from B' });
    },
  );

  it.each(ORDERS)(
    'a ladder item: the rating chosen in one tab and the note in the other (tab %s hears first)',
    async (first) => {
      const { a, b, views, settle, shared } = await twoTabs(ladder);
      a.rateItem(ITEM, 'partly');
      settle('b');
      vi.advanceTimersByTime(1000);
      views.a.before(RATING, () => {
        b.setItemNote(ITEM, 'Led the ACME renewal');
        b.flushLadderSaves();
      });
      a.rateItem(ITEM, 'demonstrated');
      expect(stored(shared, RATING)).toMatchObject({ note: '' });
      expect(settle(first)).toBeLessThanOrEqual(2);
      for (const tab of [a, b])
        expect(tab.$ladderRatings.get()[ITEM]).toMatchObject({ rating: 'demonstrated', note: 'Led the ACME renewal' });
      expect(stored(shared, RATING)).toMatchObject({ rating: 'demonstrated', note: 'Led the ACME renewal' });
    },
  );

  it.each(ORDERS)('the manager toolkit’s team: a member added in each tab (tab %s hears first)', async (first) => {
    const { a, b, views, settle, shared } = await twoTabs(manager);
    a.addMember('Cy');
    settle('b');
    vi.advanceTimersByTime(1000);
    views.a.before(TEAM, () => b.addMember('Ben'));
    a.addMember('Ann');
    expect(stored(shared, TEAM).members.map((member: { name: string }) => member.name)).toEqual(['Cy', 'Ann']);
    expect(settle(first)).toBeLessThanOrEqual(2);
    const names = (members: readonly { name: string }[] | undefined) => members?.map((member) => member.name).sort();
    for (const tab of [a, b]) expect(names(tab.$team.get()?.members)).toEqual(['Ann', 'Ben', 'Cy']);
    expect(names(stored(shared, TEAM).members)).toEqual(['Ann', 'Ben', 'Cy']);
  });
});

describe('two tabs save one record in the same moment: what is not undone', () => {
  it.each(ORDERS)(
    'an untick made in one tab after it heard of the other’s tick stays (tab %s hears first)',
    async (first) => {
      const { a, b, hear, settle, shared } = await twoTabs(checklists);
      b.toggleTask('int-a');
      hear('a');
      vi.advanceTimersByTime(1000);
      a.toggleTask('int-a');
      expect(settle(first)).toBe(0);
      // No record is an open task with no note (this tab keeps that record in memory, not stored).
      for (const tab of [a, b]) expect(tab.$tasks.get()['int-a']?.state ?? 'open').toBe('open');
      expect(shared.has(TASK)).toBe(false);
    },
  );

  it('a note changed in one tab after it heard of the other’s note stays, though each tab saved in turn', async () => {
    const { a, b, hear, settle, shared } = await twoTabs(checklists);
    b.setTaskNote('int-a', 'Ask Ana');
    hear('a');
    a.setTaskNote('int-a', 'Ask Ana about the demo');
    hear('b');
    b.toggleTask('int-a');
    expect(settle('a')).toBe(0);
    for (const tab of [a, b])
      expect(tab.$tasks.get()['int-a']).toMatchObject({ state: 'done', note: 'Ask Ana about the demo' });
    expect(stored(shared, TASK)).toMatchObject({ state: 'done', note: 'Ask Ana about the demo' });
  });

  it('news that comes late, of saves this tab read before its own, puts nothing back', async () => {
    const { a, b, settle, shared } = await twoTabs(checklists);
    // Tab B saves a note, then a longer one; tab A reads the longer one before it hears of either (its events are
    // late), and ticks the task.
    b.setTaskNote('int-a', 'Ask Ana');
    vi.advanceTimersByTime(1000);
    b.setTaskNote('int-a', 'Ask Ana about the demo');
    vi.advanceTimersByTime(1000);
    a.toggleTask('int-a');
    expect(settle('a')).toBe(0);
    for (const tab of [a, b])
      expect(tab.$tasks.get()['int-a']).toMatchObject({ state: 'done', note: 'Ask Ana about the demo' });
    expect(stored(shared, TASK)).toMatchObject({ state: 'done', note: 'Ask Ana about the demo' });
  });
});

describe('two tabs save one record in the same moment: they stop writing', () => {
  it('after the same-moment saves of five changes in a row, each tab by turns the one whose write lands last', async () => {
    const { a, b, views, settle, shared } = await twoTabs(checklists);
    const notes = ['one', 'two', 'three', 'four', 'five'];
    for (const [round, note] of notes.entries()) {
      const [last, other] = round % 2 === 0 ? [a, b] : [b, a];
      (round % 2 === 0 ? views.a : views.b).before(TASK, () => other.toggleTask('int-a'));
      last.setTaskNote('int-a', note);
      // Each change is a write, and a lost one written back is one more: never more than that.
      expect(settle(round % 2 === 0 ? 'b' : 'a')).toBeLessThanOrEqual(1);
      vi.advanceTimersByTime(1000);
    }
    // Five ticks and unticks: ticked, as the other tab last set it; the note, as the last tab wrote it.
    for (const tab of [a, b]) expect(tab.$tasks.get()['int-a']).toMatchObject({ state: 'done', note: 'five' });
    expect(stored(shared, TASK)).toMatchObject({ state: 'done', note: 'five' });
  });
});
