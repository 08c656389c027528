import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgramSettings, readTaskRecord } from '../../src/lib/stored-records';

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
