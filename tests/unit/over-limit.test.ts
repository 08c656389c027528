// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addGoal, createPlan } from '../../src/lib/plan-model';
import type { Plan } from '../../src/schemas/plan';
import { ITEM, ladder, manager, PLAN, plans, RATING, stopTabs, stored, TEAM, twoTabs } from '../support/two-tabs';

/*
 * Two tabs each add to one list before either hears of the other, and together they make more than the list can
 * hold (200 goals in a phase, actions under a goal, people; pieces of evidence on a ladder item; a roster's
 * members). The merge cannot be stored. Until December 7 the tab whose save merged them said "Not saved: this
 * change does not fit what can be stored…", naming no list, and kept showing both tabs' items while storage held
 * the other tab's. Now (one rule, in the record store): the message names the list and its limit, the page shows
 * what is stored, and this tab's items are offered back (Put mine back, Copy mine), not silently lost.
 */

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000, shouldAdvanceTime: true });
});

afterEach(() => {
  stopTabs();
  vi.useRealTimers();
});

/**
 * The tab's own announcer (each tab has its own copy of the modules). The refusing tab is the second loaded (`b`
 * of `twoTabs`, called `a` here): code loaded later (the refusal's message) comes from the modules loaded last.
 */
const withAnnouncer =
  <M>(load: () => Promise<M>) =>
  async () => ({
    ...(await load()),
    ...(await import('../../src/stores/announcer')),
  });

const goal = (id: string) => ({ id, text: `Goal ${id}`, category: 'learning' as const, measure: '', actions: [] });

function planWithGoals(count: number): Plan {
  let plan = createPlan('p1', 1_700_000_000_000, 'Big plan');
  for (let n = 1; n <= count; n += 1) plan = addGoal(plan, 0, goal(`s${n}`), 1_700_000_000_000);
  return plan;
}

describe('two tabs add to one list at once, beyond its limit', () => {
  it('goals in a phase: the list and its limit are named, the stored plan is shown, and this tab’s goals are offered back', async () => {
    const shared = new Map([[PLAN, JSON.stringify(planWithGoals(100))]]);
    const { b: a, a: b } = await twoTabs(withAnnouncer(plans), shared);
    const add = (tab: typeof a, prefix: string, count: number) =>
      tab.editPlan('p1', (plan, now) => {
        let next = plan;
        for (let n = 1; n <= count; n += 1) next = addGoal(next, 0, goal(`${prefix}${n}`), now);
        return next;
      });
    add(a, 'a', 100);
    add(b, 'b', 50);
    b.flushPlanSaves();
    expect(stored(shared, PLAN).phases[0].goals).toHaveLength(150);
    // Tab A's save takes in tab B's: 250 goals, more than a phase holds.
    a.flushPlanSaves();
    await vi.waitFor(() =>
      expect(a.$announcement.get()?.text).toBe(
        'Not saved: Goals in Days 1–30 can hold at most 200, with what another tab added meanwhile. This page shows what is saved; your 100 are not lost, such as “Goal a1”.',
      ),
    );
    // The page shows what is stored, not goals that are nowhere else.
    expect(a.$plans.get().p1?.phases[0].goals).toHaveLength(150);
    expect(a.$plans.get().p1?.phases[0].goals.map((g) => g.id)).toEqual(
      stored(shared, PLAN).phases[0].goals.map((g: { id: string }) => g.id),
    );
    expect(stored(shared, PLAN).phases[0].goals).toHaveLength(150);
    // Offered back: put back (refused again while there is no room) or copied.
    const actions = a.$announcement.get()?.actions?.map((action) => action.label);
    expect(actions).toEqual(['Put mine back', 'Copy mine']);
    // Room made (the reader removes the first 100 goals): Put mine back brings this tab's 100 back beside the others.
    a.editPlan('p1', (plan) => ({
      ...plan,
      phases: plan.phases.map((phase, i) =>
        i === 0 ? { ...phase, goals: phase.goals.slice(100) } : phase,
      ) as Plan['phases'],
    }));
    a.flushPlanSaves();
    a.$announcement.get()?.actions?.[0]?.run();
    a.flushPlanSaves();
    expect(stored(shared, PLAN).phases[0].goals).toHaveLength(150);
    expect(stored(shared, PLAN).phases[0].goals.filter((g: { id: string }) => g.id.startsWith('a'))).toHaveLength(100);
    expect(a.$plans.get().p1?.phases[0].goals).toHaveLength(150);
  });

  it('actions under a goal: named by the goal', async () => {
    const seeded = addGoal(createPlan('p1', 1_700_000_000_000, 'Plan'), 1, goal('busy'), 1_700_000_000_000);
    const shared = new Map([[PLAN, JSON.stringify(seeded)]]);
    const { b: a, a: b } = await twoTabs(withAnnouncer(plans), shared);
    const add = (tab: typeof a, prefix: string, count: number) =>
      tab.editPlan('p1', (plan) => ({
        ...plan,
        phases: plan.phases.map((phase, i) =>
          i === 1
            ? {
                ...phase,
                goals: phase.goals.map((g) => ({
                  ...g,
                  actions: [
                    ...g.actions,
                    ...Array.from({ length: count }, (_, n) => ({
                      id: `${prefix}${n}`,
                      text: `Step ${prefix}${n}`,
                      owner: 'self' as const,
                      status: 'todo' as const,
                    })),
                  ],
                })),
              }
            : phase,
        ) as Plan['phases'],
      }));
    add(a, 'a', 120);
    add(b, 'b', 120);
    b.flushPlanSaves();
    a.flushPlanSaves();
    await vi.waitFor(() =>
      expect(a.$announcement.get()?.text).toMatch(
        /^Not saved: Actions under “Goal busy” in Days 31–60 can hold at most 200, with what another tab added meanwhile\./,
      ),
    );
    expect(a.$plans.get().p1?.phases[1].goals[0]?.actions).toHaveLength(120);
  });

  it('a roster’s members', async () => {
    const members = Array.from({ length: 150 }, (_, n) => ({
      id: `m${n}`,
      name: `M${n}`,
      oneOnOnes: [],
      idpSyncs: [],
      added: 1,
    }));
    const shared = new Map([[TEAM, JSON.stringify({ v: 2, kind: 'team', members, removed: {} })]]);
    const { b: a, a: b } = await twoTabs(withAnnouncer(manager), shared);
    for (let n = 0; n < 50; n += 1) b.addMember(`B${n}`);
    expect(stored(shared, TEAM).members).toHaveLength(200);
    a.addMember('Ana');
    await vi.waitFor(() =>
      expect(a.$announcement.get()?.text).toBe(
        'Not saved: Your team can hold at most 200, with what another tab added meanwhile. This page shows what is saved; your 1 is not lost: “Ana”.',
      ),
    );
    expect(a.$team.get()?.members).toHaveLength(200);
  });

  it('the President’s Club tally’s CSMs (a CSM added is unnamed: nothing to quote)', async () => {
    const csms = Array.from({ length: 150 }, (_, n) => ({ id: `c${n}`, name: `C${n}`, team: '', added: 1 }));
    const club = { v: 2, kind: 'club', csms, choices: {}, removed: {} };
    const shared = new Map([['csm-handbook:manager:club', JSON.stringify(club)]]);
    const { b: a, a: b } = await twoTabs(withAnnouncer(manager), shared);
    for (let n = 0; n < 50; n += 1) b.addCsm();
    a.addCsm();
    await vi.waitFor(() =>
      expect(a.$announcement.get()?.text).toBe(
        'Not saved: CSMs in the President’s Club tally can hold at most 200, with what another tab added meanwhile. This page shows what is saved; your 1 is not lost.',
      ),
    );
    expect(a.$club.get()?.csms).toHaveLength(200);
    expect(a.$announcement.get()?.actions.map((action) => action.label)).toEqual(['Put mine back']);
  });

  it('pieces of evidence on a ladder item', async () => {
    const evidence = Array.from({ length: 150 }, (_, n) => `ev-s${n}`);
    const shared = new Map([[RATING, JSON.stringify({ v: 3, evidence, note: '', updatedAt: 1 })]]);
    const { b: a, a: b } = await twoTabs(withAnnouncer(ladder), shared);
    for (let n = 0; n < 50; n += 1) b.attachEvidence(ITEM, `ev-b${n}`);
    expect(stored(shared, RATING).evidence).toHaveLength(200);
    a.attachEvidence(ITEM, 'ev-mine');
    await vi.waitFor(() =>
      expect(a.$announcement.get()?.text).toMatch(
        /^Not saved: Evidence attached to this item can hold at most 200, with what another tab added meanwhile\./,
      ),
    );
    expect(a.$ladderRatings.get()[ITEM]?.evidence).toHaveLength(200);
  });
});

it('names each phase as the plan builder does (the refusal writes the days out, to stay out of the plans’ chunk)', async () => {
  const { PHASE_TITLES } = await import('../../src/lib/plan-labels');
  const { clashT } = await import('../../src/i18n/text-clash-ui');
  for (const [index, title] of PHASE_TITLES.entries())
    expect(clashT('clash.list.goals', { first: 30 * index + 1, last: 30 * index + 30 })).toBe(`Goals in ${title}`);
});
