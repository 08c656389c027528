import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/lib/backup';
import { FIGURE_KINDS, type FigureField, readFigure } from '../../src/lib/manager/club-figures';
import { CLUB_CHOICES } from '../../src/lib/manager/presidents-club';
import { readManagerRecord } from '../../src/lib/manager/stored';

/*
 * The toolkit's stored records hold the rules its fields hold: what a field refuses, a record (in storage or
 * in a backup) cannot carry either, or a restore would bring back what the reader could never type.
 */

const member = (id: string, name: string) => ({ id, name, oneOnOnes: [], idpSyncs: [], added: 1 });
const team = (...members: ReturnType<typeof member>[]) => ({ v: 2, kind: 'team', members, removed: {} });
const csm = (fields: Record<string, unknown>) => ({ id: 'c1', name: 'Bo', team: '', added: 1, ...fields });
const club = (...csms: Record<string, unknown>[]) => ({ v: 2, kind: 'club', csms, removed: {}, choices: {} });
const read = (record: unknown) => readManagerRecord(JSON.stringify(record)).kind;
/** The record as read, when it is one of its kind. */
const readAs = (record: unknown) => {
  const got = readManagerRecord(JSON.stringify(record));
  return got.kind === 'ok' ? got.value : undefined;
};
const readTeam = (record: unknown) => {
  const value = readAs(record);
  return value?.kind === 'team' ? value : undefined;
};
const readClub = (record: unknown) => {
  const value = readAs(record);
  return value?.kind === 'club' ? value : undefined;
};

const backupOf = (manager: Record<string, unknown>) =>
  JSON.stringify({
    format: 'csm-handbook-backup',
    version: 1,
    exportedAt: '2026-12-06T13:21:47.823Z',
    tasks: {},
    programs: {},
    manager,
  });
const restoreError = (manager: Record<string, unknown>) => {
  const parsed = parseBackup(backupOf(manager));
  return parsed.ok ? 'restored' : parsed.error;
};

describe('the tally’s figures, stored as its fields take them', () => {
  it('refuses a percentage outside 0–100 and a count that is not a whole number, as the fields do', () => {
    expect(read(club(csm({ ebr: 150 })))).toBe('invalid');
    expect(read(club(csm({ greenPlans: 100.5 })))).toBe('invalid');
    expect(read(club(csm({ adoptionPlays: 101 })))).toBe('invalid');
    expect(read(club(csm({ workshops: 2.5 })))).toBe('invalid');
    expect(read(club(csm({ workshops: -1 })))).toBe('invalid');
    expect(read(club(csm({ ebr: 100, greenPlans: 0, adoptionPlays: 33.3, workshops: 12, netArr: -5 })))).toBe('ok');
  });

  it('takes every figure a field takes, and refuses every figure a field refuses', () => {
    const samples = [-1, 0, 2.5, 100, 150, 1e15, 2e15];
    for (const [field, kind] of Object.entries(FIGURE_KINDS) as [FigureField, (typeof FIGURE_KINDS)[FigureField]][])
      for (const value of samples)
        expect(read(club(csm({ [field]: value }))), `${field} ${value}`).toBe(
          readFigure(String(value), kind).ok ? 'ok' : 'invalid',
        );
  });

  it('takes every choice the tally’s form offers for a gap, and no other', () => {
    for (const [gap, options] of Object.entries(CLUB_CHOICES)) {
      for (const option of options)
        expect(read({ ...club(), choices: { [gap]: option } }), `${gap} ${option}`).toBe('ok');
      expect(read({ ...club(), choices: { [gap]: 'guessed' } }), gap).toBe('invalid');
    }
    expect(CLUB_CHOICES.categories).toHaveLength(6);
  });

  it('a restore refuses a tally whose figure its field refuses, saying where', () => {
    const file = readFileSync(new URL('../fixtures/restore/ebr-150.json', import.meta.url), 'utf8');
    const parsed = parseBackup(file);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toBe(
      'The file is not a valid backup from this site (at manager.club.csms.0.ebr): 150, out of the range this site writes.',
    );
    expect(restoreError({ club: club(csm({ workshops: 2.5 })) })).toContain(
      '(at manager.club.csms.0.workshops): 2.5, where this site writes a whole number.',
    );
  });
});

describe('names, stored as the name fields take them', () => {
  it('refuses a team member’s blank name, and reads names holding control or bidi-override characters without them', () => {
    for (const name of ['', '   ', '\u202e'])
      expect(read(team(member('m1', name))), JSON.stringify(name)).toBe('invalid');
    for (const name of ['A\u0000b', 'A\u202eb', 'A\tb', 'A\u2066b'])
      expect(readTeam(team(member('m1', name)))?.members[0]?.name, JSON.stringify(name)).toBe('Ab');
    // December 7: a line break is read as a space, as in every field of one line ("Ana\nBrown" is "Ana Brown").
    for (const name of ['A\nb', 'A\r\nb', 'A\u0085b', 'A\u2028b'])
      expect(readTeam(team(member('m1', name)))?.members[0]?.name, JSON.stringify(name)).toBe('A b');
    expect(read(team(member('m1', 'Ana')))).toBe('ok');
    expect(read(team(member('m1', 'Zoë O’Neil-Brown')))).toBe('ok');
  });

  it('keeps a tally CSM’s empty name (a CSM just added, drawn as “CSM 2”), reads a blank one as empty and one with control characters without them', () => {
    expect(read(club(csm({ name: '' })))).toBe('ok');
    // Saved half a second after the last key: a name being typed can end with a space.
    expect(read(club(csm({ name: 'Ana ' })))).toBe('ok');
    // Typed as spaces before December 6, afternoon: the tally is read, never set aside for it.
    expect(readClub(club(csm({ name: '   ' })))?.csms[0]?.name).toBe('');
    for (const name of ['A\u0000b', 'A\u202eb'])
      expect(readClub(club(csm({ name })))?.csms[0]?.name, JSON.stringify(name)).toBe('Ab');
    expect(readClub(club(csm({ name: 'A\nb', team: 'EMEA\u2029North' })))?.csms[0]).toMatchObject({
      name: 'A b',
      team: 'EMEA North',
    });
    expect(readClub(club(csm({ team: 'T\u202eam' })))?.csms[0]?.team).toBe('Tam');
  });

  it('a restore refuses a team member’s blank name, saying where', () => {
    expect(restoreError({ team: team(member('m1', '   ')) })).toContain('(at manager.team.members.0.name)');
  });
});

describe('notes, stored as the note fields take them', () => {
  // U+202E turns "gnp.exe" round to read "exe.png"; the note fields drop it as typed (src/lib/bidi-controls.ts).
  const tricked = 'Ask about Q1 \u202Egnp.exe';
  it('reads a review session’s and a 1:1 week’s notes without bidi controls, refusing neither', () => {
    const session = {
      v: 2,
      kind: 'review',
      id: 'abc',
      review: 'checklist',
      date: '2026-12-07',
      items: { 'account-assignment': { done: true, note: tricked } },
    };
    const week = { v: 2, kind: 'agenda', week: '2026-12-07', items: { 'week1-onboarding': { note: tricked } } };
    for (const record of [session, week]) {
      const value = readAs(record);
      expect(value && 'items' in value ? Object.values(value.items)[0]?.note : 'refused').toBe('Ask about Q1 gnp.exe');
    }
  });
});

describe('ids within a record’s list', () => {
  it('refuses two team members, two CSMs or two weeks of call reviews under one id', () => {
    expect(read(team(member('m1', 'Ana'), member('m1', 'Ben')))).toBe('invalid');
    expect(read(team(member('m1', 'Ana'), member('m2', 'Ben')))).toBe('ok');
    expect(read(club(csm({ id: 'c1' }), csm({ id: 'c1', name: 'Cy' })))).toBe('invalid');
    const week = (count: number) => ({ week: '2026-11-30', count });
    expect(read({ v: 2, kind: 'calls', weeks: [week(1), week(2)] })).toBe('invalid');
  });

  it('a restore refuses a team with two members under one id, saying where and why', () => {
    const file = readFileSync(new URL('../fixtures/restore/dup-member-id.json', import.meta.url), 'utf8');
    const parsed = parseBackup(file);
    expect(!parsed.ok && parsed.error).toBe(
      'The file is not a valid backup from this site (at manager.team.members): two entries share one id.',
    );
  });
});
