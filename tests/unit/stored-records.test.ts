import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/lib/backup';
import { unreadableWords } from '../../src/lib/issue-words';
import { readLadderEvidence, readLadderRating } from '../../src/lib/ladder-records';
import { readManagerRecord } from '../../src/lib/manager/stored';
import { createPlan } from '../../src/lib/plan-model';
import { readPlan } from '../../src/lib/plan-records';
import { type ReadResult, readPlannerMeta, readProgramSettings, readTaskRecord } from '../../src/lib/stored-records';

/** Why a record was refused, as a refused restore says it (src/lib/issue-words.ts), or how it was read. */
const why = (result: ReadResult<unknown>) => (result.kind === 'invalid' ? unreadableWords(result) : result.kind);
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/storage', name), 'utf8');

describe('stored task records', () => {
  it('migrates a version 1 record (done flag) to the current format', () => {
    expect(readTaskRecord(fixture('task-v1-done.json'))).toEqual({
      kind: 'ok',
      migrated: true,
      value: { v: 2, state: 'done', note: 'Finished with my mentor', updatedAt: 0 },
    });
    expect(readTaskRecord(fixture('task-v1-open.json'))).toEqual({
      kind: 'ok',
      migrated: true,
      value: { v: 2, state: 'open', note: '', updatedAt: 0 },
    });
  });

  it('reads a current record as it is', () => {
    expect(readTaskRecord(fixture('task-v2.json'))).toEqual({
      kind: 'ok',
      migrated: false,
      value: { v: 2, state: 'na', note: 'Not in my region', updatedAt: 1795449205196 },
    });
  });

  // Bidi controls (U+202E turns "Q1 gnp.exe" into "Q1 exe.png" on screen) were kept in a note until December 7.
  it('reads a note without the bidi controls that would turn its words around, in either format, never refusing it', () => {
    const note = 'Q1 \u202egnp.exe\nשלום\u200f \u2066x\u2069';
    expect(readTaskRecord(JSON.stringify({ v: 2, state: 'open', note, updatedAt: 1 }))).toMatchObject({
      kind: 'ok',
      value: { note: 'Q1 gnp.exe\nשלום\u200f x' },
    });
    expect(readTaskRecord(JSON.stringify({ v: 1, done: true, note }))).toMatchObject({
      kind: 'ok',
      value: { state: 'done', note: 'Q1 gnp.exe\nשלום\u200f x' },
    });
  });

  it('leaves a record from a newer version alone', () => {
    expect(readTaskRecord(fixture('task-v9-newer.json'))).toEqual({ kind: 'newer', version: 9 });
  });

  it.each([
    ['not JSON', '{"v":2,'],
    ['no version', '{"state":"done"}'],
    ['a bare value', 'true'],
    ['an unknown state', '{"v":2,"state":"finished","note":"","updatedAt":0}'],
    ['a v1 record of the wrong shape', '{"v":1,"done":"yes"}'],
    ['a note that is too long', JSON.stringify({ v: 2, state: 'done', note: 'x'.repeat(5001), updatedAt: 0 })],
  ])('reports %s as invalid, without throwing', (_name, raw) => {
    expect(readTaskRecord(raw).kind).toBe('invalid');
  });
});

describe('stored career ladder ratings', () => {
  it('reads a version 1 rating (before change stamps) as version 3, its evidence stamped when the record changed', () => {
    expect(readLadderRating(fixture('ladder-rating-v1.json'))).toEqual({
      kind: 'ok',
      migrated: true,
      value: {
        v: 3,
        rating: 'partly',
        evidence: ['ev-lq3x-8f2a1c9d'],
        note: 'Led the ACME renewal',
        updatedAt: 1795449205196,
        at: { evidence: { 'ev-lq3x-8f2a1c9d': 1795449205196 } },
      },
    });
  });

  it('reads a version 2 rating (one stamp for its list of evidence) with a stamp per piece, in the reader’s order', () => {
    expect(readLadderRating(fixture('ladder-rating-v2.json'))).toEqual({
      kind: 'ok',
      migrated: true,
      value: {
        v: 3,
        rating: 'demonstrated',
        evidence: ['ev-lq3x-zz000001', 'ev-lq3x-8f2a1c9d', 'ev-lq3x-aa000002'],
        note: 'Led the ACME renewal',
        updatedAt: 1795449209000,
        at: {
          rating: 1795449209000,
          note: 1795449100000,
          evidence: {
            'ev-lq3x-zz000001': 1795449205194,
            'ev-lq3x-8f2a1c9d': 1795449205195,
            'ev-lq3x-aa000002': 1795449205196,
          },
        },
      },
    });
    expect(readLadderRating('{"v":2,"evidence":[],"note":"n","at":{"note":5,"evidence":4}}')).toMatchObject({
      kind: 'ok',
      value: { v: 3, evidence: [], at: { note: 5 } },
    });
  });

  it('reads a piece of evidence listed twice under one item once, where it first stood', () => {
    expect(readLadderRating('{"v":3,"evidence":["ev-b","ev-a","ev-b"],"note":""}')).toMatchObject({
      kind: 'ok',
      value: { evidence: ['ev-b', 'ev-a'] },
    });
  });

  it('refuses stamps of fields a rating does not have, and a version 2 list of evidence of the wrong shape', () => {
    expect(readLadderRating('{"v":3,"evidence":[],"note":"","at":{"title":5}}').kind).toBe('invalid');
    expect(readLadderRating('{"v":3,"evidence":[],"note":"n","at":{"note":5}}').kind).toBe('ok');
    expect(readLadderRating('{"v":3,"evidence":[],"note":"","at":{"evidence":{"x":5}}}').kind).toBe('invalid');
    expect(readLadderRating('{"v":3,"evidence":[],"note":"","at":{"evidence":5}}').kind).toBe('invalid');
    expect(readLadderRating('{"v":2,"evidence":"ev-a","note":""}').kind).toBe('invalid');
    expect(readLadderRating('{"v":2,"evidence":["ev-a"],"note":"","at":null}').kind).toBe('invalid');
  });

  it('reads a note and a piece of evidence without the bidi controls that would turn their words around', () => {
    expect(readLadderRating('{"v":3,"evidence":[],"note":"Led \\u202eRBE","updatedAt":1}')).toMatchObject({
      kind: 'ok',
      value: { note: 'Led RBE' },
    });
    const evidence = {
      v: 1,
      id: 'ev-a',
      title: 'Q1 \u202egnp.exe \u200f',
      href: 'https://gitlab.com/\u2066a',
      tags: ['E\u202eBR', 'EBR', '\u2067', 'exec'],
      updatedAt: 1,
    };
    expect(readLadderEvidence(JSON.stringify(evidence))).toEqual({
      kind: 'ok',
      migrated: false,
      value: { ...evidence, title: 'Q1 gnp.exe \u200f', href: 'https://gitlab.com/a', tags: ['EBR', 'exec'] },
    });
    // A description of nothing but bidi controls is blank, and blank is what a piece of evidence may not be.
    expect(readLadderEvidence(JSON.stringify({ ...evidence, title: '\u202e' })).kind).toBe('invalid');
  });

  it('leaves a rating from a newer version alone', () => {
    expect(readLadderRating('{"v":4,"evidence":[],"note":""}')).toEqual({ kind: 'newer', version: 4 });
  });
});

describe('stored program settings', () => {
  it('reads a start date and a role', () => {
    expect(readProgramSettings(fixture('program-v1.json'))).toEqual({
      kind: 'ok',
      migrated: false,
      value: { v: 1, startDate: '2027-01-04', role: 'manager' },
    });
  });

  it('refuses an unknown role and a malformed date', () => {
    expect(readProgramSettings('{"v":1,"role":"ceo"}').kind).toBe('invalid');
    expect(readProgramSettings('{"v":1,"startDate":"4 Jan"}').kind).toBe('invalid');
  });
});

/*
 * Where Valibot's defaults are looser than zod's, with which these schemas were first written (see
 * src/schemas/plain-object.ts), the stored-record readers still refuse what they refused.
 */
describe('stored records keep their rules', () => {
  const plan = () => JSON.parse(JSON.stringify(createPlan('p1', 1)));

  it('names where a record is wrong and why', () => {
    expect(why(readProgramSettings('{"v":1,"startDate":"2027-02-30"}'))).toBe(
      'startDate: a real date between 1970-01-01 and 2099-12-31',
    );
    expect(why(readProgramSettings('{"v":1,'))).toBe('not JSON');
    expect(why(readProgramSettings('{"startDate":"2027-02-03"}'))).toBe('no format version');
    expect(why(readTaskRecord('{"v":0,"done":true}'))).toBe('no migration from version 0');
    expect(why(readTaskRecord('{"v":1,"done":"yes"}'))).toBe('version 1 record does not match its format');
  });

  it('refuses an array where an object or a record is, even one whose fields may all be left out', () => {
    const withArrayPhase = plan();
    withArrayPhase.phases[0] = [];
    expect(why(readPlan(JSON.stringify(withArrayPhase)))).toMatch(/^phases\.0: /);
    expect(why(readPlan(JSON.stringify({ ...plan(), removed: [] })))).toMatch(/^removed: /);
    const review = { v: 2, kind: 'review', id: 'r1', review: 'renewal', date: '2027-01-04', items: { a: [] } };
    expect(why(readManagerRecord(JSON.stringify(review)))).toMatch(/^items\.a: /);
  });

  it('checks the keys constructor and prototype against the key rule, as any other key', () => {
    const settings = { v: 2, kind: 'settings', at: { prototype: 1 } };
    expect(why(readManagerRecord(JSON.stringify(settings)))).toMatch(/^at\.prototype: /);
  });

  it('refuses numbers beyond the safe integers and a fourth phase', () => {
    expect(readTaskRecord(JSON.stringify({ v: 2, state: 'done', updatedAt: 2 ** 53 })).kind).toBe('invalid');
    const fourPhases = plan();
    fourPhases.phases.push(fourPhases.phases[0]);
    expect(readPlan(JSON.stringify(fourPhases)).kind).toBe('invalid');
  });

  it('refuses a time the site could not show as a date, in every kind that stores one', () => {
    // 2^53 - 1 is a safe integer, but past 8.64e15 ms a Date is invalid and formatting it throws.
    const far = Number.MAX_SAFE_INTEGER;
    expect(why(readTaskRecord(JSON.stringify({ v: 2, state: 'done', updatedAt: far })))).toBe(
      'updatedAt: a time between 1970-01-01 and 2099-12-31',
    );
    // Each record is read when its time is an ordinary one, so only the time can make it invalid.
    const readers: [string, (time: number) => { kind: string }][] = [
      ['plan, updated', (time) => readPlan(JSON.stringify({ ...plan(), updatedAt: time }))],
      ['plan, created', (time) => readPlan(JSON.stringify({ ...plan(), createdAt: time }))],
      ['ladder rating', (time) => readLadderRating(JSON.stringify({ v: 3, rating: 'partly', updatedAt: time }))],
      [
        'manager review session',
        (time) =>
          readManagerRecord(
            JSON.stringify({
              v: 2,
              kind: 'review',
              id: 'r1',
              review: 'renewal',
              date: '2027-01-04',
              items: {},
              updatedAt: time,
            }),
          ),
      ],
    ];
    for (const [name, read] of readers) {
      expect(read(1_795_449_205_196).kind, name).toBe('ok');
      expect(read(far).kind, name).toBe('invalid');
    }
    // The last moment of the last day the planners accept is still one.
    expect(
      readTaskRecord(JSON.stringify({ v: 2, state: 'done', updatedAt: Date.UTC(2099, 11, 31, 23, 59) })).kind,
    ).toBe('ok');
  });

  it('reads the last backup’s time only as the site writes it: a real date and time', () => {
    expect(readPlannerMeta('{"v":1,"lastBackupAt":"2026-12-05T10:00:00.000Z"}').kind).toBe('ok');
    for (const bad of ['x', '2026-02-30T10:00:00.000Z', '2026-12-05', '+275760-09-13T00:00:00.000Z']) {
      expect(why(readPlannerMeta(JSON.stringify({ v: 1, lastBackupAt: bad }))), bad).toMatch(/^lastBackupAt: /);
    }
  });

  it('refuses a backup whose tasks are a list', () => {
    const file = {
      format: 'csm-handbook-backup',
      version: 1,
      exportedAt: '2027-01-04T10:00:00.000Z',
      tasks: [],
      programs: {},
    };
    expect(parseBackup(JSON.stringify(file))).toEqual({ ok: false, error: expect.stringContaining('(at tasks)') });
  });
});
