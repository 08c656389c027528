// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan } from '../../src/lib/plan-model';
import {
  checklists,
  ITEM,
  ladder,
  manager,
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
 * A change that waited for room must not go in over another tab's save. Storage is full in tab A: A changes a
 * record, shows it, says "Not saved", and its session keeps A's value waiting. Meanwhile tab B, which has room,
 * saves its own change to that record. Then A's waiting change is written: by "Try saving again", or by any later
 * write of A's (the session writes every change waiting, also when the write is to another key). Until December 7
 * that write was A's value as it waited, made from what A had before B's save: B's change was lost in both tabs,
 * without a word (B takes A's write in), for every kind when A had not heard of B's save yet, and for the kinds
 * without stamps (a task, a program's settings, a piece of evidence) even when it had.
 *
 * Here B never hears of A's write (B was closed after its save): what is stored must hold both changes at once.
 */

// biome-ignore lint/suspicious/noExplicitAny: each kind's stores differ; the table below names what each uses.
type Tab = any;

interface Kind {
  name: string;
  load: () => Promise<Tab>;
  key: () => string;
  shared?: () => Map<string, string>;
  /** What the two tabs set up, with room, before storage fills in tab A (`settle`: each hears the other). */
  before?: (a: Tab, settle: () => void) => void;
  /** Tab A's change, which waits for room. */
  mine: (a: Tab) => void;
  /** Tab B's change to the same record, saved meanwhile. */
  theirs: (b: Tab) => void;
  /** A write of tab A's to another key. */
  elsewhere: (a: Tab) => void;
  /** A tab's copy of the record, or what a stored value of it holds, as `both` names it. */
  shown?: (record: Tab) => unknown;
  record: (tab: Tab) => unknown;
  both: Record<string, unknown>;
}

let evidenceId = '';
const kinds: Kind[] = [
  {
    name: 'a checklist task: the tick waits, and the other tab saves a note',
    load: checklists,
    key: () => TASK,
    mine: (a: Tab) => a.toggleTask('int-a'),
    theirs: (b: Tab) => b.setTaskNote('int-a', 'Ask Ana about the demo'),
    elsewhere: (a: Tab) => a.toggleTask('int-b'),
    record: (tab: Tab) => tab.$tasks.get()['int-a'],
    both: { state: 'done', note: 'Ask Ana about the demo' },
  },
  {
    name: 'a program’s settings: the start date waits, and the other tab saves the role',
    load: checklists,
    key: () => PROGRAM,
    mine: (a: Tab) => a.setProgramSettings('onboarding', { startDate: '2026-12-07' }),
    theirs: (b: Tab) => b.setProgramSettings('onboarding', { role: 'manager' }),
    elsewhere: (a: Tab) => a.setProgramSettings('internship', { startDate: '2026-12-07' }),
    record: (tab: Tab) => tab.$programSettings.get().onboarding,
    both: { role: 'manager', startDate: '2026-12-07' },
  },
  {
    name: 'a piece of evidence: the description waits, and the other tab saves a tag',
    load: ladder,
    key: () => `csm-handbook:ladder-evidence:${evidenceId}`,
    before: (a: Tab, settle) => {
      evidenceId = a.createEvidence({ title: 'Led renewal', tags: [] }) as string;
      settle();
    },
    mine: (a: Tab) => a.updateEvidence(evidenceId, { title: 'Led the ACME renewal', tags: [] }),
    theirs: (b: Tab) => b.updateEvidence(evidenceId, { title: 'Led renewal', tags: ['renewal'] }),
    elsewhere: (a: Tab) => a.rateItem(ITEM, 'partly'),
    record: (tab: Tab) => tab.$ladderEvidence.get()[evidenceId],
    both: { title: 'Led the ACME renewal', tags: ['renewal'] },
  },
  {
    name: 'a plan: the title waits, and the other tab saves the context',
    load: plans,
    key: () => PLAN,
    shared: () =>
      new Map([
        [PLAN, JSON.stringify({ ...createPlan('p1', 1000), title: 'Start' })],
        ['csm-handbook:plan:p2', JSON.stringify(createPlan('p2', 1000))],
      ]),
    mine: (a: Tab) => {
      a.editPlan('p1', (plan: object) => ({ ...plan, title: 'Title from A' }));
      a.flushPlanSaves();
    },
    theirs: (b: Tab) => {
      b.editPlan('p1', (plan: object) => ({ ...plan, context: 'Context from B' }));
      b.flushPlanSaves();
    },
    elsewhere: (a: Tab) => {
      a.editPlan('p2', (plan: object) => ({ ...plan, title: 'Another plan' }));
      a.flushPlanSaves();
    },
    record: (tab: Tab) => tab.$plans.get().p1,
    both: { title: 'Title from A', context: 'Context from B' },
  },
  {
    name: 'a ladder item: the rating waits, and the other tab saves a note',
    load: ladder,
    key: () => RATING,
    mine: (a: Tab) => a.rateItem(ITEM, 'demonstrated'),
    theirs: (b: Tab) => {
      b.setItemNote(ITEM, 'Led the ACME renewal');
      b.flushLadderSaves();
    },
    elsewhere: (a: Tab) => a.createEvidence({ title: 'Ran the QBR', tags: [] }),
    record: (tab: Tab) => tab.$ladderRatings.get()[ITEM],
    both: { rating: 'demonstrated', note: 'Led the ACME renewal' },
  },
  {
    name: 'the manager toolkit’s team: a member added in each tab, one waiting',
    load: manager,
    key: () => TEAM,
    before: (a: Tab, settle) => {
      a.addMember('Cy');
      settle();
    },
    mine: (a: Tab) => a.addMember('Ann'),
    theirs: (b: Tab) => b.addMember('Ben'),
    elsewhere: (a: Tab) => a.changeSettings({ weekStart: 'sunday' }),
    record: (tab: Tab) => tab.$team.get(),
    shown: (team: Tab) => ({ names: team?.members.map((member: { name: string }) => member.name).sort() }),
    both: { names: ['Ann', 'Ben', 'Cy'] },
  },
];

const shown = (kind: Kind, record: unknown) => (kind.shown ? kind.shown(record) : record);

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});

afterEach(() => {
  stopTabs();
  vi.useRealTimers();
});

const TIMINGS = [
  ['after this tab heard of the other’s save', true],
  ['before this tab heard of the other’s save', false],
] as const;
const WRITES = [
  ['“Try saving again”', (_kind: Kind, a: Tab) => a.retry()],
  ['this tab’s next change, to another record', (kind: Kind, a: Tab) => kind.elsewhere(a)],
] as const;

describe('a change that waited for room keeps another tab’s save made meanwhile', () => {
  for (const kind of kinds)
    for (const [when, heard] of TIMINGS)
      for (const [how, write] of WRITES)
        it(`${kind.name}; written by ${how}, ${when}`, async () => {
          const { a, b, views, hear, settle, shared } = await twoTabs(kind.load, kind.shared?.());
          kind.before?.(a, () => settle('b'));
          vi.advanceTimersByTime(1000);
          const key = kind.key();
          const was = shared.get(key);
          views.a.quotaBytes = 0;
          kind.mine(a);
          expect(shared.get(key)).toBe(was);
          // Tab B has room (something was deleted there, or its value is shorter) and saves its own change.
          vi.advanceTimersByTime(1000);
          kind.theirs(b);
          if (heard) hear('a');
          views.a.quotaBytes = Number.POSITIVE_INFINITY;
          vi.advanceTimersByTime(1000);
          write(kind, a);
          vi.advanceTimersByTime(1000);
          expect(shown(kind, stored(shared, key))).toMatchObject(kind.both);
          expect(shown(kind, kind.record(a))).toMatchObject(kind.both);
          // Tab B, still open, takes it in, and the two stop writing.
          settle('a');
          expect(shown(kind, kind.record(b))).toMatchObject(kind.both);
          expect(shown(kind, stored(shared, key))).toMatchObject(kind.both);
        });
});

/*
 * The same, but tab B's save lands in the very moment tab A's waiting change is written: after A read the record
 * just before writing (so A's write is made from what B's replaced), before A's write. What is stored is then A's
 * write alone; A must mend it when it hears of B's save, as it mends any write of its own that went over a save in
 * the same moment (`same-moment-saves.test.ts`), so it must remember what the waiting write was based on.
 */
describe('a change that waited for room, written in the very moment another tab saves the record, keeps both', () => {
  for (const kind of kinds)
    for (const [how, write] of WRITES)
      for (const first of ['a', 'b'] as const)
        it(`${kind.name}; written by ${how}, tab ${first} hearing first`, async () => {
          const { a, b, views, settle, shared } = await twoTabs(kind.load, kind.shared?.());
          kind.before?.(a, () => settle('b'));
          vi.advanceTimersByTime(1000);
          const key = kind.key();
          views.a.quotaBytes = 0;
          kind.mine(a);
          views.a.quotaBytes = Number.POSITIVE_INFINITY;
          vi.advanceTimersByTime(1000);
          // Tab B's save lands between tab A's read of the record and its write.
          views.a.before(key, () => kind.theirs(b));
          write(kind, a);
          vi.advanceTimersByTime(1000);
          settle(first);
          for (const tab of [a, b]) expect(shown(kind, kind.record(tab))).toMatchObject(kind.both);
          expect(shown(kind, stored(shared, key))).toMatchObject(kind.both);
        });
});
