import { describe, expect, it } from 'vitest';
import { mergeStampedRecords, stampChanges } from '../../src/lib/manager/merge';
import { MANAGER_RULES } from '../../src/lib/manager/merge-lists';
import { readManagerRecord } from '../../src/lib/manager/stored';
import { stableStringify } from '../../src/lib/stable-json';
import type { Calls, Club, ManagerRecord, ManagerSettings, ReviewSession, Team } from '../../src/schemas/manager';

/*
 * Two tabs' copies of one manager record: each tab edits its own copy
 * (stampChanges, as the store does on every save), then each merges the
 * other's. Both must reach the same record, holding the changes of both.
 */

/** The first entry of a list, which the test just put there. */
function at0<T>(list: readonly T[]): T {
  return defined(list[0]);
}
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

let ids = 0;
function newId(): string {
  ids += 1;
  return `new${ids}`;
}

/** An edit made in a tab at `now`, stamped as the store stamps it. */
function edit<T extends ManagerRecord>(before: T | undefined, after: T, now: number): T {
  return stampChanges(before, after, now, newId, MANAGER_RULES);
}

/** Both tabs' merges, checked to agree (whichever merges first), and their result. */
function converge<T extends ManagerRecord>(a: T, b: T): T {
  const ab = mergeStampedRecords(a, b, MANAGER_RULES);
  const ba = mergeStampedRecords(b, a, MANAGER_RULES);
  expect(stableStringify(ab)).toBe(stableStringify(ba));
  // Merging again changes nothing: no tab writes it back and forth.
  expect(stableStringify(mergeStampedRecords(ab, b, MANAGER_RULES))).toBe(stableStringify(ab));
  expect(stableStringify(mergeStampedRecords(a, ab, MANAGER_RULES))).toBe(stableStringify(ab));
  return ab as T;
}

const team = (members: Team['members'] = []): Team => ({ v: 2, kind: 'team', members, removed: {} });
const member = (id: string, name: string, added: number) => ({ id, name, oneOnOnes: [], idpSyncs: [], added });
const names = (record: Team) => record.members.map((m) => m.name);

describe('two tabs’ copies of the team roster', () => {
  const base = edit(undefined, team([member('ana', 'Ana', 1)]), 10);

  it('keeps the members each tab added, in the order they were added', () => {
    const first = edit(base, { ...base, members: [...base.members, member('ben', 'Ben', 20)] }, 20);
    const second = edit(base, { ...base, members: [...base.members, member('cy', 'Cy', 21)] }, 21);
    expect(names(converge(first, second))).toEqual(['Ana', 'Ben', 'Cy']);
  });

  it('keeps a removed member removed, even when a tab that had not heard of it changed them since', () => {
    const removed = edit(base, { ...base, members: [] }, 30);
    expect(removed.removed).toEqual({ ana: 30 });
    const stale = edit(base, { ...base, members: [{ ...at0(base.members), oneOnOnes: ['2026-12-07'] }] }, 40);
    const withBen = edit(stale, { ...stale, members: [...stale.members, member('ben', 'Ben', 41)] }, 41);
    const merged = converge(removed, withBen);
    expect(names(merged)).toEqual(['Ben']);
    expect(merged.removed).toEqual({ ana: 30 });
  });

  // December 7, afternoon (the review of the day's change): a removal was stamped by this clock alone, and only the
  // newest removals are remembered, so with the list full of removals stamped ahead (a backup from 2099) a new one
  // was forgotten at once and the other tab's copy brought the member back.
  it('keeps a member removed while the removals remembered are all stamped ahead of this browser’s clock', () => {
    const ahead = Date.UTC(2099, 0, 1);
    const removedAhead = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`old${i}`, ahead + i]));
    const full = { ...base, removed: removedAhead };
    const removed = edit(full, { ...full, members: [] }, 30);
    expect(Object.hasOwn(removed.removed, 'ana')).toBe(true);
    expect(names(converge(removed, full))).toEqual([]);
  });

  it('merges one member field by field: a 1:1 logged in one tab, an IDP sync in the other', () => {
    const oneOnOne = edit(base, { ...base, members: [{ ...at0(base.members), oneOnOnes: ['2026-12-07'] }] }, 20);
    const idp = edit(base, { ...base, members: [{ ...at0(base.members), idpSyncs: ['2026-12-08'] }] }, 21);
    expect(converge(oneOnOne, idp).members[0]).toMatchObject({ oneOnOnes: ['2026-12-07'], idpSyncs: ['2026-12-08'] });
  });

  it('brings a removed member back (Undo) as a new entry, which other tabs then take', () => {
    const removed = edit(base, { ...base, members: [] }, 30);
    const undone = edit(removed, base, 40);
    expect(names(undone)).toEqual(['Ana']);
    expect(undone.members[0]?.id).not.toBe('ana');
    expect(undone.members[0]?.added).toBe(1);
    // Its calendar events keep the id they were written under; brought back twice, still the first one's.
    expect(undone.members[0]?.calendarId).toBe('ana');
    const again = edit(edit(undone, { ...undone, members: [] }, 50), undone, 60);
    expect(again.members[0]?.calendarId).toBe('ana');
    // A tab still holding the removal (or the old member) takes the new entry and keeps the old one out.
    expect(names(converge(undone, removed))).toEqual(['Ana']);
    expect(names(converge(undone, base))).toEqual(['Ana']);
  });

  it('converges on copies from before stamps (version 1 records), whatever their values', () => {
    const one = team([member('ana', 'Ana', 0)]);
    const other = team([{ ...member('ana', 'Ana B', 0), oneOnOnes: ['2026-12-07'] }]);
    expect(converge(one, other).members).toHaveLength(1);
  });
});

describe('two tabs’ copies of a review session', () => {
  const session: ReviewSession = edit(
    undefined,
    {
      v: 2,
      kind: 'review',
      id: 's1',
      review: 'renewal',
      date: '2026-12-07',
      finished: false,
      items: {},
      updatedAt: 10,
    },
    10,
  );
  const note = (record: ReviewSession, item: string, text: string, now: number) =>
    edit(record, { ...record, items: { ...record.items, [item]: { done: false, note: text } }, updatedAt: now }, now);

  it('keeps the notes each tab wrote on different questions', () => {
    const merged = converge(note(session, 'q1', 'From tab one', 20), note(session, 'q2', 'From tab two', 21));
    expect(merged.items.q1?.note).toBe('From tab one');
    expect(merged.items.q2?.note).toBe('From tab two');
    expect(merged.updatedAt).toBe(21);
  });

  it('keeps the newer note where both wrote on one question, and a tick made in the other tab', () => {
    const older = note(session, 'q1', 'Older', 20);
    const ticked = edit(older, { ...older, items: { q1: { ...defined(older.items.q1), done: true } } }, 25);
    const newer = note(session, 'q1', 'Newer', 30);
    expect(converge(ticked, newer).items.q1).toMatchObject({ done: true, note: 'Newer' });
  });

  it('stamps a note written here later than the same note stamped ahead of this browser’s clock, so it wins', () => {
    const fast = note(session, 'q1', 'Stored note', 10 + 3_600_000);
    const typed = note(fast, 'q1', 'Typed note', 30);
    expect(typed.items.q1).toMatchObject({ at: { note: 10 + 3_600_001 } });
    expect(converge(typed, fast).items.q1?.note).toBe('Typed note');
  });

  it('keeps a finished session finished when the other tab only wrote a note', () => {
    const finished = edit(session, { ...session, finished: true }, 20);
    const merged = converge(finished, note(session, 'q3', 'Late note', 25));
    expect(merged).toMatchObject({ finished: true, date: '2026-12-07', items: { q3: { note: 'Late note' } } });
  });
});

describe('two tabs’ copies of the President’s Club tally', () => {
  const empty: Club = { v: 2, kind: 'club', csms: [], choices: {}, removed: {} };
  const csm = (id: string, name: string, added: number) => ({ id, name, team: '', added });

  it('keeps the CSMs and figures each tab entered, and each choice made', () => {
    const first = edit(empty, { ...empty, csms: [{ ...csm('a', 'Ana', 20), ebr: 90 }] }, 20);
    const second = edit(
      empty,
      { ...empty, csms: [{ ...csm('b', 'Ben', 21), ebr: 80 }], choices: { afterTie: 'next-place' } },
      21,
    );
    const both = converge(first, second);
    expect(both.csms.map((c) => [c.name, c.ebr])).toEqual([
      ['Ana', 90],
      ['Ben', 80],
    ]);
    const lowerTie = edit(both, { ...both, choices: { ...both.choices, lowerTie: 'share' } }, 30);
    const categories = edit(both, { ...both, choices: { ...both.choices, categories: 'without-workshops' } }, 31);
    expect(converge(lowerTie, categories).choices).toMatchObject({
      afterTie: 'next-place',
      lowerTie: 'share',
      categories: 'without-workshops',
    });
  });

  it('keeps a cleared tally cleared against a tab that had not heard of it, and a figure cleared in one tab', () => {
    const full = edit(empty, { ...empty, csms: [{ ...csm('a', 'Ana', 20), ebr: 90, workshops: 3 }] }, 20);
    const cleared = edit(full, { ...full, csms: [], choices: {} }, 30);
    const stale = edit(full, { ...full, csms: [...full.csms, csm('b', 'Ben', 31)] }, 31);
    expect(converge(cleared, stale).csms.map((c) => c.name)).toEqual(['Ben']);
    const { workshops: _w, ...withoutWorkshops } = at0(full.csms);
    const noWorkshops = edit<Club>(full, { ...full, csms: [withoutWorkshops] }, 40);
    const renamed = edit(full, { ...full, csms: [{ ...at0(full.csms), name: 'Ana B' }] }, 41);
    const merged = converge(noWorkshops, renamed).csms[0];
    expect(merged).toMatchObject({ name: 'Ana B', ebr: 90 });
    expect(merged?.workshops).toBeUndefined();
  });
});

describe('two tabs’ copies of call counts and settings', () => {
  it('keeps each week’s newer count, a count set back to 0 included', () => {
    const calls: Calls = edit(undefined, { v: 2, kind: 'calls', weeks: [{ week: '2026-12-07', count: 2 }] }, 10);
    const down = edit(calls, { ...calls, weeks: [{ ...at0(calls.weeks), count: 0 }] }, 20);
    const otherWeek = edit(calls, { ...calls, weeks: [...calls.weeks, { week: '2026-12-14', count: 1 }] }, 21);
    expect(converge(down, otherWeek).weeks.map((w) => [w.week, w.count])).toEqual([
      ['2026-12-07', 0],
      ['2026-12-14', 1],
    ]);
  });

  it('merges settings field by field, a setting put back to its default included', () => {
    const settings: ManagerSettings = edit(undefined, { v: 2, kind: 'settings', weekStart: 'sunday' }, 10);
    const { weekStart: _w, ...monday } = settings;
    const backToMonday = edit<ManagerSettings>(settings, monday, 20);
    const quarter = edit(settings, { ...settings, quarterStartMonth: 2 }, 21);
    const merged = converge(backToMonday, quarter);
    expect(merged.weekStart).toBeUndefined();
    expect(merged.quarterStartMonth).toBe(2);
  });
});

describe('stamps', () => {
  it('mark only what an edit changed, and survive the stored record reader', () => {
    const base = edit(undefined, team([member('ana', 'Ana', 1)]), 10);
    expect(base.members[0]?.at).toEqual({ name: 10, oneOnOnes: 10, idpSyncs: 10 });
    const next = edit(base, { ...base, members: [{ ...at0(base.members), oneOnOnes: ['2026-12-07'] }] }, 20);
    expect(next.members[0]?.at).toEqual({ name: 10, oneOnOnes: 20, idpSyncs: 10 });
    expect(readManagerRecord(JSON.stringify(next))).toEqual({ kind: 'ok', value: next, migrated: false });
  });

  it('a version 1 roster or tally is read in its order, ready to merge', () => {
    const raw = JSON.stringify({
      v: 1,
      kind: 'club',
      csms: [
        { id: 'z', name: 'Zed', team: '' },
        { id: 'a', name: 'Amy', team: '' },
      ],
      choices: {},
    });
    const read = readManagerRecord(raw);
    expect(read.kind === 'ok' && read.value).toMatchObject({
      v: 2,
      csms: [
        { id: 'z', added: 0 },
        { id: 'a', added: 1 },
      ],
      removed: {},
    });
  });

  it('refuse field names that could reach a prototype', () => {
    const raw = JSON.stringify({ v: 2, kind: 'settings', at: { constructor: 1 } });
    expect(readManagerRecord(raw).kind).toBe('invalid');
  });
});
