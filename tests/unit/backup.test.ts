import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupSizeError,
  backupText,
  createBackup,
  leftOutOfBackup,
  parseBackup,
  restoredData,
} from '../../src/lib/backup';
import { backupReminder } from '../../src/lib/backup-reminder';
import { planBackup } from '../../src/lib/plan-backup';
import { createPlan } from '../../src/lib/plan-model';
import { restoreChanges } from '../../src/lib/restore-preview';
import { MAX_BACKUP_BYTES, STORAGE_CAPACITY_CHARS } from '../../src/schemas/backup';
import { MAX_NOTE_LENGTH } from '../../src/schemas/stored';
import { backupWith, ladderEvidence, ladderRating, now, record } from '../support/backup-file';

describe('backup files', () => {
  it('round-trips planner data', () => {
    const data = {
      tasks: { 'int-a': record('done', 'n'), 'old-id': record('na') },
      programs: { internship: { v: 1 as const, startDate: '2027-01-04' } },
      plans: {},
      manager: {
        settings: { v: 2 as const, kind: 'settings' as const, weekStart: 'sunday' as const },
        'review-abc123': {
          v: 2 as const,
          kind: 'review' as const,
          id: 'abc123',
          review: 'renewal' as const,
          date: '2027-01-04',
          finished: true,
          items: { q1: { done: true, note: 'Two renewals <b>this</b> quarter' } },
          updatedAt: 5,
        },
      },
      ladder: {
        ratings: { 'staff-resp-coaches-peers-on-strategic-approaches': ladderRating },
        evidence: { 'ev-1': ladderEvidence },
        settings: { v: 1 as const, from: 'senior' as const, to: 'staff' as const },
      },
    };
    const backup = createBackup(data, now);
    expect(backupFileName(now)).toBe('csm-handbook-backup-2027-01-04.json');
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, data });
  });

  it('says what is wrong with a hostile file in a message of bounded length, its words clipped', () => {
    const long = 'x'.repeat(100_000);
    const empty = createBackup({ tasks: {}, programs: {}, plans: {} }, now);
    const badState = { ...empty, tasks: { 'int-a': { v: 2, state: long, note: '', updatedAt: 1 } } };
    const badKey = { ...empty, plans: { [long]: { title: 'no format version' } }, tasks: {} };
    for (const file of [badState, badKey]) {
      const parsed = parseBackup(JSON.stringify(file));
      expect(parsed.ok).toBe(false);
      const error = parsed.ok ? '' : parsed.error;
      expect(error).toMatch(/^The file is not a valid backup from this site \(at /);
      expect(error.length, error.slice(0, 300)).toBeLessThanOrEqual(400);
      expect(error).toContain('…');
    }
  });

  it('restores a backup made before the manager toolkit, and refuses a manager record stored under another id', () => {
    const old = { ...createBackup({ tasks: {}, programs: {}, plans: {} }, now) } as Record<string, unknown>;
    delete old.manager;
    expect(parseBackup(JSON.stringify(old))).toEqual({
      ok: true,
      data: { tasks: {}, programs: {}, plans: {}, manager: {}, ladder: { ratings: {}, evidence: {} } },
    });
    const bad = { ...old, manager: { constructor: { v: 1, kind: 'settings' } } };
    expect(parseBackup(JSON.stringify(bad)).ok).toBe(false);
    const wrongKind = { ...old, manager: { settings: { v: 1, kind: 'nope' } } };
    expect(parseBackup(JSON.stringify(wrongKind)).ok).toBe(false);
    const misplaced = { ...old, manager: { team: { v: 1, kind: 'settings' } } };
    expect(parseBackup(JSON.stringify(misplaced))).toEqual({
      ok: false,
      error: expect.stringContaining('manager.team'),
    });
  });

  it('migrates manager records of version 1 in a backup (list order kept), and refuses newer ones', () => {
    const file = {
      ...createBackup({ tasks: {}, programs: {}, plans: {} }, now),
      manager: {
        team: {
          v: 1,
          kind: 'team',
          members: [
            { id: 'zed', name: 'Zed', oneOnOnes: ['2027-01-04'], idpSyncs: [] },
            { id: 'amy', name: 'Amy', oneOnOnes: [], idpSyncs: [] },
          ],
        },
      },
    };
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok && parsed.data.manager?.team).toEqual({
      v: 2,
      kind: 'team',
      members: [
        { id: 'zed', name: 'Zed', oneOnOnes: ['2027-01-04'], idpSyncs: [], added: 0 },
        { id: 'amy', name: 'Amy', oneOnOnes: [], idpSyncs: [], added: 1 },
      ],
      removed: {},
    });
    const newer = { ...file, manager: { settings: { v: 9, kind: 'settings' } } };
    expect(parseBackup(JSON.stringify(newer))).toEqual({ ok: false, error: expect.stringContaining('newer version') });
  });

  it('restores a backup made before the career ladder, with no ladder data', () => {
    const old = {
      format: 'csm-handbook-backup',
      version: 1,
      exportedAt: '2027-01-04T10:00:00.000Z',
      tasks: {},
      programs: {},
    };
    expect(parseBackup(JSON.stringify(old))).toEqual({
      ok: true,
      data: { tasks: {}, programs: {}, plans: {}, manager: {}, ladder: { ratings: {}, evidence: {} } },
    });
  });

  it('migrates version 1 and 2 ladder ratings (before their stamps per piece) in older backups, and refuses newer ones', () => {
    const file = createBackup({ tasks: {}, programs: {}, plans: {} }, now);
    const ladder = (rating: object) => ({ ladder: { ratings: { 'staff-resp-x': rating }, evidence: {} } });
    const { at: _at, ...unstamped } = ladderRating;
    const v1 = parseBackup(JSON.stringify({ ...file, ...ladder({ ...unstamped, v: 1 }) }));
    expect(v1.ok && v1.data.ladder?.ratings['staff-resp-x']).toEqual(ladderRating);
    // Written by the site before rating format 3: one stamp for the list of evidence.
    const v2 = parseBackup(JSON.stringify({ ...file, ...ladder({ ...unstamped, v: 2, at: { evidence: 1 } }) }));
    expect(v2.ok && v2.data.ladder?.ratings['staff-resp-x']).toEqual(ladderRating);
    expect(parseBackup(JSON.stringify({ ...file, ...ladder({ ...ladderRating, v: 4 }) }))).toEqual({
      ok: false,
      error: 'The file holds career ladder ratings from a newer version of this site; restore it there.',
    });
    expect(parseBackup(JSON.stringify({ ...file, ...ladder({ ...ladderRating, rating: 'great' }) }))).toEqual({
      ok: false,
      error: expect.stringContaining(
        '(at ladder.ratings.staff-resp-x.rating): "great", a value this site does not write.',
      ),
    });
  });

  it('refuses ladder evidence whose link is not http, https or mailto', () => {
    const file = {
      format: 'csm-handbook-backup',
      version: 1,
      exportedAt: '2027-01-04T10:00:00.000Z',
      tasks: {},
      programs: {},
      ladder: { ratings: {}, evidence: { 'ev-1': { ...ladderEvidence, href: 'javascript:alert(1)' } } },
    };
    expect(parseBackup(JSON.stringify(file))).toEqual({ ok: false, error: expect.stringContaining('ladder.evidence') });
  });

  it('refuses a file whose date is not a date and time as the site writes it, saying where', () => {
    // `exportedAt` took any text of up to 40 characters: "yesterday" passed the strict validation.
    const file = createBackup({ tasks: {}, programs: {}, plans: {} }, now);
    for (const exportedAt of ['yesterday', '', '2027-02-30T10:00:00.000Z', '2027-01-04', 1_798_970_400_000]) {
      expect(parseBackup(JSON.stringify({ ...file, exportedAt })), String(exportedAt)).toEqual({
        ok: false,
        error: expect.stringMatching(/^The file is not a valid backup from this site \(at exportedAt\): /),
      });
    }
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });

  it('refuses files that are too large before parsing them', () => {
    const result = parseBackup('{}', 17_000_000);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('too large') });
  });

  it('refuses text that is not JSON', () => {
    expect(parseBackup('<html>').ok).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key at any depth', (key) => {
    const atTop = `{"format":"csm-handbook-backup","version":1,"exportedAt":"2027-01-04T10:00:00.000Z","tasks":{"${key}":{"polluted":true}},"programs":{}}`;
    const deep = `{"format":"csm-handbook-backup","version":1,"exportedAt":"2027-01-04T10:00:00.000Z","tasks":{},"programs":{},"plans":{"p1":{"phases":[{"${key}":{"polluted":true}}]}}}`;
    for (const text of [atTop, deep]) {
      expect(parseBackup(text)).toEqual({ ok: false, error: expect.stringContaining(`"${key}"`) });
    }
  });

  it.each([
    [
      'another format',
      { format: 'other', version: 1, exportedAt: '2027-01-04T10:00:00.000Z', tasks: {}, programs: {} },
    ],
    [
      'an unknown top-level field',
      {
        format: 'csm-handbook-backup',
        version: 1,
        exportedAt: '2027-01-04T10:00:00.000Z',
        tasks: {},
        programs: {},
        extra: 1,
      },
    ],
    [
      'a bad task id',
      {
        format: 'csm-handbook-backup',
        version: 1,
        exportedAt: '2027-01-04T10:00:00.000Z',
        tasks: { 'Bad Id!': record('done') },
        programs: {},
      },
    ],
    [
      'a bad task state',
      {
        format: 'csm-handbook-backup',
        version: 1,
        exportedAt: '2027-01-04T10:00:00.000Z',
        tasks: { a: { v: 2, state: 'yes', note: '', updatedAt: 0 } },
        programs: {},
      },
    ],
  ])('refuses %s with a message', (_name, file) => {
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    // Another format is no backup of this site at all (since December 7); the others are, with a field wrong.
    if (!result.ok) expect(result.error).toMatch(/not a valid backup|not a backup made by this site/);
  });

  it('says a file made by a newer version of the site is one this version cannot read, not what the validator says', () => {
    // It said "Invalid type: Expected 1 but received 2" for the file, "Expected 2 but received 99" for a task.
    const file = {
      format: 'csm-handbook-backup',
      version: 1,
      exportedAt: '2027-01-04T10:00:00.000Z',
      tasks: { a: record('done') },
      programs: {},
    };
    for (const newer of [
      { ...file, version: 2 },
      { ...file, tasks: { a: record('done'), b: { ...record('done'), v: 99 } } },
      { ...file, programs: { onboarding: { v: 2, role: 'buddy' } } },
    ]) {
      expect(parseBackup(JSON.stringify(newer))).toEqual({
        ok: false,
        error:
          'The file was made by a newer version of this site, which this one cannot read: open the newest version of the site and restore it there.',
      });
    }
    // Another JSON file's "version" is not a newer backup's.
    expect(parseBackup('{"name":"package","version":2}')).toEqual({
      ok: false,
      error: expect.stringMatching(/not a backup made by this site/),
    });
  });

  // Data safety issue, item 5: every backup this site can write, it can restore.
  it('restores a backup of 231 tasks with long notes (over 1 MB)', () => {
    const tasks = Object.fromEntries(
      Array.from({ length: 231 }, (_, i) => [`task-${i}`, record('done', 'é'.repeat(MAX_NOTE_LENGTH - 400))]),
    );
    const text = backupText(createBackup({ tasks, programs: {}, plans: {} }, now));
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(1_070_000);
    const result = parseBackup(text);
    expect(result.ok && Object.keys(result.data.tasks).length).toBe(231);
  });

  it('restores a backup of 10,001 task records', () => {
    const tasks = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`t-${i}`, record('done')]));
    const result = parseBackup(backupText(createBackup({ tasks, programs: {}, plans: {} }, now)));
    expect(result.ok && Object.keys(result.data.tasks).length).toBe(10_001);
  });

  it('accepts a file as large as everything storage can hold, in UTF-8', () => {
    expect(MAX_BACKUP_BYTES).toBeGreaterThanOrEqual(3 * STORAGE_CAPACITY_CHARS);
    expect(backupSizeError(3 * STORAGE_CAPACITY_CHARS)).toBeUndefined();
    expect(backupSizeError(MAX_BACKUP_BYTES + 1)).toMatch(/too large/);
  });

  // Data safety issue, item 6: impossible dates never get in.
  it.each(['9999-99-99', '2027-02-31', '0001-01-01', '2100-01-01'])('refuses the start date %s', (date) => {
    const file = {
      ...createBackup({ tasks: {}, programs: {}, plans: {} }, now),
      programs: { internship: { v: 1, startDate: date } },
    };
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/programs\.internship\.startDate/);
  });

  it('refuses, as a whole, a plan with two items under one id: editing one would overwrite the other', () => {
    const plan = createPlan('ddd', 5);
    const goal = { id: 'g1', text: 'First goal', category: 'learning' as const, measure: '', actions: [] };
    const cases = {
      goals: [goal, { ...goal, text: 'Second goal' }],
      'an action and its goal': [{ ...goal, actions: [{ id: 'g1', text: 'Act', owner: 'self', status: 'todo' }] }],
    };
    for (const [name, goals] of Object.entries(cases)) {
      const phases = [{ ...plan.phases[0], goals }, plan.phases[1], plan.phases[2]];
      const file = { ...createBackup({ tasks: { 'int-a': record('done') }, programs: {}, plans: {} }, now) };
      const result = parseBackup(JSON.stringify({ ...file, plans: { ddd: { ...plan, phases } } }));
      expect(result, name).toEqual({
        ok: false,
        error: 'The file is not a valid backup from this site (at plans.ddd.phases): two items share one id.',
      });
    }
    // A person sharing an id with a goal of another phase is refused too.
    const person = { id: 'g1', name: 'Ana', why: '', met: false };
    const phases = [{ ...plan.phases[0], goals: [goal] }, { ...plan.phases[1], people: [person] }, plan.phases[2]];
    const file = { ...createBackup({ tasks: {}, programs: {}, plans: {} }, now), plans: { ddd: { ...plan, phases } } };
    expect(parseBackup(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: expect.stringContaining('(at plans.ddd.phases): two items share one id'),
    });
  });

  it('refuses a plan or a piece of evidence stored under another id, and two keys holding one id', () => {
    const file = createBackup({ tasks: {}, programs: {}, plans: {} }, now);
    const cases: [string, object][] = [
      ['plans.aaa', { plans: { aaa: createPlan('bbb', 5) } }],
      ['plans.ccc', { plans: { aaa: createPlan('aaa', 5), ccc: { ...createPlan('aaa', 5), title: 'dup' } } }],
      [
        'ladder.evidence.ev-aaa',
        { ladder: { ratings: {}, evidence: { 'ev-aaa': { ...ladderEvidence, id: 'ev-bbb' } } } },
      ],
    ];
    for (const [where, change] of cases) {
      expect(parseBackup(JSON.stringify({ ...file, ...change })), where).toEqual({
        ok: false,
        error: `The file is not a valid backup from this site (at ${where}): stored under another id.`,
      });
    }
    const good = {
      ladder: { ratings: {}, evidence: { 'ev-1': ladderEvidence } },
      plans: { aaa: createPlan('aaa', 5) },
    };
    expect(parseBackup(JSON.stringify({ ...file, ...good })).ok).toBe(true);
  });

  it('refuses a file of plans alone that holds no plan: restoring it would bring back nothing', () => {
    // Its preview said it "brings back the 0 plans in it", that "nothing would change", and offered a button.
    const plansOnly = {
      format: 'csm-handbook-backup',
      version: 1,
      exportedAt: '2027-01-04T10:00:00.000Z',
      programs: {},
      only: 'plans',
    };
    for (const file of [
      { ...plansOnly, tasks: {}, plans: {} },
      { ...plansOnly, tasks: { 'int-a': record('done') } },
    ]) {
      expect(parseBackup(JSON.stringify(file))).toEqual({ ok: false, error: 'The file holds no plan to bring back.' });
    }
  });

  it('migrates version 1 plans in older backups', () => {
    const { clock: _c, removed: _r, ...plan } = { ...createPlan('p1', 5), v: 1 };
    const file = { ...createBackup({ tasks: {}, programs: {}, plans: {} }, now), plans: { p1: plan } };
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok && result.data.plans.p1?.v).toBe(3);
  });

  it('writes one plan as a backup file that restores it, adding it to the data there and keeping the rest', () => {
    const plan = { ...createPlan('mock-plan', 5, 'Mock plan'), role: 'CSM Manager' };
    const file = planBackup(plan, now);
    // The frame every backup has.
    const {
      tasks: _t,
      programs: _p,
      plans: _l,
      manager: _m,
      ladder: _d,
      ...frame
    } = createBackup({ tasks: {}, programs: {}, plans: {} }, now);
    expect(file).toMatchObject(frame);
    const text = backupText(file);
    const parsed = parseBackup(text);
    expect(parsed).toEqual({
      ok: true,
      only: 'plans',
      data: {
        tasks: {},
        programs: {},
        plans: { 'mock-plan': plan },
        manager: {},
        ladder: { ratings: {}, evidence: {} },
      },
    });
    if (!parsed.ok) return;
    const other = createPlan('other-plan', 7, 'Another plan');
    const older = { ...plan, title: 'An older copy' };
    const current = {
      tasks: { 'int-a': record('done', 'kept') },
      programs: { internship: { v: 1 as const, startDate: '2027-01-04' } },
      plans: { 'other-plan': other, 'mock-plan': older },
      manager: {},
      ladder: { ratings: { 'staff-resp-x': ladderRating }, evidence: { 'ev-1': ladderEvidence } },
    };
    const restored = restoredData(current, parsed);
    expect(restored).toEqual({ ...current, plans: { 'other-plan': other, 'mock-plan': plan } });
    expect(restoreChanges(current, restored)).toMatchObject({
      plansChanged: 1,
      ticked: 0,
      unticked: 0,
      ladderChanged: 0,
    });
    // A whole backup still replaces everything.
    const whole = parseBackup(backupText(createBackup({ tasks: {}, programs: {}, plans: {} }, now)));
    // Read first, so a refused file fails here rather than pass the two lines below unread.
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    expect('only' in whole).toBe(false);
    expect(restoredData(current, whole).plans).toEqual({});
    // Only plans can be restored on their own.
    expect(parseBackup(JSON.stringify({ ...JSON.parse(text), only: 'tasks' })).ok).toBe(false);
  });

  it('reads a backup’s plans without the bidi controls that would turn their words around', () => {
    const plan = { ...createPlan('p1', 1), title: 'Q1 \u202egnp.exe', context: 'Line\u2066 1\nשלום\u200f' };
    const parsed = parseBackup(backupWith({ plans: { p1: plan } }));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.plans.p1).toMatchObject({ title: 'Q1 gnp.exe', context: 'Line 1\nשלום\u200f' });
  });

  it('reads a backup’s task notes and career ladder records without the bidi controls, refusing none of them', () => {
    const parsed = parseBackup(
      backupWith({
        tasks: { 'int-a': record('done', 'Q1 \u202egnp.exe') },
        ladder: {
          ratings: { 'staff-x': { ...ladderRating, note: 'Led\u2066 EBRs' } },
          evidence: { 'ev-1': { ...ladderEvidence, title: 'M\u202eR', tags: ['E\u2067BR'] } },
        },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.tasks['int-a']?.note).toBe('Q1 gnp.exe');
    expect(parsed.data.ladder?.ratings['staff-x']?.note).toBe('Led EBRs');
    expect(parsed.data.ladder?.evidence['ev-1']).toMatchObject({ title: 'MR', tags: ['EBR'] });
  });

  it('reminds to back up only when there is data and no recent backup', () => {
    expect(backupReminder(false, undefined, '2027-01-04')).toBe('none');
    expect(backupReminder(true, undefined, '2027-01-04')).toBe('never');
    expect(backupReminder(true, '2027-01-01T09:00:00.000Z', '2027-01-04')).toBe('none');
    expect(backupReminder(true, '2026-11-01T09:00:00.000Z', '2027-01-04')).toBe('old');
  });
});

describe('a refused file is told in the site’s words, naming where', () => {
  const file = backupWith;
  const error = (text: string) => {
    const parsed = parseBackup(text);
    return parsed.ok ? 'restored' : parsed.error;
  };

  it('a list where a group of fields belongs, never the validator’s "Expected Object but received Array"', () => {
    expect(error(file({ tasks: [] }))).toBe(
      'The file is not a valid backup from this site (at tasks): a list where this site writes a group of fields.',
    );
  });

  // A list passes the validator's check of a group of fields (it reads a list's keys), which said "(at format): missing".
  it('a list where the whole backup belongs, never a field "missing" from it', () => {
    const list =
      'The file is not a valid backup from this site (at file): a list where this site writes a group of fields.';
    expect(error('[]')).toBe(list);
    expect(error(`[${file({})}]`)).toBe(list);
  });

  // Another app's JSON was told in the schema's words, "(at format): missing", and `{"format":"something-else"}` as
  // "(at format): "something-else", a value this site does not write": the reader does not know what "format" is.
  it('a JSON file of another app is told as not a backup of this site, not as a missing field', () => {
    const notOurs =
      'The file is not a backup made by this site: choose a file downloaded from My progress, or a plan from the plan builder’s “Download .json”.';
    expect(error('{"name":"my-app","version":"1.0.0","dependencies":{}}')).toBe(notOurs);
    expect(error('{"format":"something-else"}')).toBe(notOurs);
    expect(error('{}')).toBe(notOurs);
    // A file this site wrote, with a field gone wrong, keeps its precise words.
    expect(error(file({ exportedAt: 'yesterday' }))).toBe(
      'The file is not a valid backup from this site (at exportedAt): a real date and time.',
    );
    expect(error('{"format":"csm-handbook-backup"}')).toBe(
      'The file is not a valid backup from this site (at version): missing.',
    );
  });

  it('a nesting too deep to read, never "not valid JSON" for a file that is', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(error(deep)).toBe('The file is not a backup from this site: it is nested too deeply to be one.');
    expect(error('{"format":')).toBe('The file is not a backup from this site: it is not valid JSON.');
  });
});

describe('leftOutOfBackup', () => {
  it('says nothing when the backup leaves nothing out', () => {
    expect(leftOutOfBackup(0, 0)).toBe('');
  });

  it('names the records a backup leaves out, and that they stay', () => {
    expect(leftOutOfBackup(1, 0)).toBe(
      ' It leaves out 1 record saved by a newer version of this site, which this one cannot read: it stays in this browser, unchanged.',
    );
    expect(leftOutOfBackup(0, 2)).toBe(
      ' It leaves out 2 records kept aside (under keys starting with “csm-handbook:recovered:”): they stay in this browser, unchanged.',
    );
    expect(leftOutOfBackup(2, 1)).toContain(
      '2 records saved by a newer version of this site, which this one cannot read, and 1 record kept aside',
    );
  });
});
