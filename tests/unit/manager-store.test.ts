// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { readManagerRecord } from '../../src/lib/manager/stored';
import { restoreAll, snapshotAll } from '../../src/stores/all-data';
import { $announcement } from '../../src/stores/announcer';
import {
  addCsm,
  addMember,
  changeAgendaItem,
  changeClubChoices,
  changeCsm,
  changeFigure,
  changeReview,
  changeReviewItem,
  changeSettings,
  chooseFifthWeekAgenda,
  clearClub,
  countCall,
  deleteReview,
  logMemberDate,
  removeCsm,
  removeMember,
  startReview,
} from '../../src/stores/manager';
import {
  $agendaWeeks,
  $calls,
  $club,
  $managerSettings,
  $reviewSessions,
  $team,
  managerStore,
  startManager,
  toFix,
} from '../../src/stores/manager-view';
import { startPlanner, stopPlannerForTests } from '../../src/stores/planner';
import { AUTOSAVE_MS } from '../../src/stores/record-store';
import { FakeStorage, otherTabChanged } from '../support/fake-storage';

const KEY = 'csm-handbook:manager:';

function start(storage = new FakeStorage()) {
  startPlanner(() => openStorage(() => storage));
  startManager();
  return storage;
}

afterEach(() => {
  stopPlannerForTests();
  managerStore.resetForTests?.();
  vi.useRealTimers();
});

const stored = (storage: FakeStorage, id: string) => JSON.parse(storage.data.get(`${KEY}${id}`) ?? 'null');

describe('manager toolkit store', () => {
  it('keeps a review session with its date, ticks and notes, one key per session', () => {
    const storage = start();
    const id = startReview('renewal', '2026-12-07');
    changeReviewItem(id, 'q1', { done: true });
    changeReviewItem(id, 'q1', { note: 'Two renewals' });
    changeReview(id, { finished: true });
    expect(stored(storage, `review-${id}`)).toMatchObject({
      kind: 'review',
      review: 'renewal',
      date: '2026-12-07',
      finished: true,
      items: { q1: { done: true, note: 'Two renewals' } },
    });
    expect($reviewSessions.get()).toHaveLength(1);
    deleteReview(id);
    expect(storage.data.has(`${KEY}review-${id}`)).toBe(false);
    // Undo puts it back.
    $announcement.get()?.actions[0]?.run();
    expect(storage.data.has(`${KEY}review-${id}`)).toBe(true);
  });

  it('keeps agenda notes per week and the agenda chosen for a 5th week', () => {
    const storage = start();
    changeAgendaItem('2026-12-07', 'a1-2', { note: 'Growth plan' });
    chooseFifthWeekAgenda('2027-03-29', 3);
    expect(stored(storage, 'agenda-2026-12-07').items['a1-2']).toMatchObject({ done: false, note: 'Growth plan' });
    expect(stored(storage, 'agenda-2027-03-29').chosenAgenda).toBe(3);
    chooseFifthWeekAgenda('2027-03-29', undefined);
    expect(stored(storage, 'agenda-2027-03-29').chosenAgenda).toBeUndefined();
    expect($agendaWeeks.get()).toHaveLength(2);
  });

  it('keeps the roster (short names), 1:1 and IDP dates, call counts and settings', () => {
    const storage = start();
    expect(addMember('   ')).toBe(false);
    expect(addMember('Ana with a name far too long for a roster of first names')).toBe(true);
    const member = $team.get()?.members[0];
    expect(member?.name).toHaveLength(40);
    logMemberDate(member?.id ?? '', 'oneOnOnes', '2026-12-07');
    logMemberDate(member?.id ?? '', 'idpSyncs', '2026-12-07');
    expect(stored(storage, 'team').members[0]).toMatchObject({ oneOnOnes: ['2026-12-07'], idpSyncs: ['2026-12-07'] });
    logMemberDate(member?.id ?? '', 'oneOnOnes', '2026-12-07', true);
    expect($team.get()?.members[0]?.oneOnOnes).toEqual([]);
    countCall('2026-12-09', 1);
    countCall('2026-12-10', 1);
    countCall('2026-12-10', -5);
    countCall('2026-12-10', 1);
    expect($calls.get()?.weeks).toMatchObject([{ week: '2026-12-07', count: 1 }]);
    // The day of the latest call is kept; taking one off forgets it (which call went is not known), leaving the week.
    expect($calls.get()?.weeks[0]?.lastDay).toBe('2026-12-10');
    expect(stored(storage, 'calls').weeks[0]).toMatchObject({ week: '2026-12-07', count: 1, lastDay: '2026-12-10' });
    countCall('2026-12-11', 1);
    expect($calls.get()?.weeks[0]).toMatchObject({ count: 2, lastDay: '2026-12-11' });
    countCall('2026-12-11', -1);
    expect($calls.get()?.weeks[0]).toMatchObject({ count: 1 });
    expect($calls.get()?.weeks[0]?.lastDay).toBeUndefined();
    changeSettings({ weekStart: 'sunday', renewal: { rule: 'days', days: [1, 15] } });
    changeSettings({ weekStart: undefined });
    expect($managerSettings.get()).toMatchObject({ v: 2, kind: 'settings', renewal: { rule: 'days', days: [1, 15] } });
    expect($managerSettings.get()?.weekStart).toBeUndefined();
    removeMember(member?.id ?? '', member?.name ?? '');
    expect($team.get()?.members).toEqual([]);
    // The removal is remembered, so another tab's copy of the member is never merged back.
    expect(Object.keys(stored(storage, 'team').removed)).toEqual([member?.id]);
  });

  it('counts calls into the week already stored when the week-start setting changes', () => {
    const storage = start();
    countCall('2027-03-31', 1, 'monday');
    countCall('2027-03-31', 1, 'monday');
    // Sunday weeks now: the Monday week of 29 March holds Wednesday 31 March, so the call adds to it.
    countCall('2027-03-31', 1, 'sunday');
    expect(stored(storage, 'calls').weeks).toMatchObject([{ week: '2027-03-29', count: 3, lastDay: '2027-03-31' }]);
    countCall('2027-03-31', -1, 'sunday');
    expect($calls.get()?.weeks).toMatchObject([{ week: '2027-03-29', count: 2 }]);
  });

  it('merges another tab’s save of the roster: the members of both kept, written back for the other tab', () => {
    const storage = start();
    addMember('Ana');
    const ana = $team.get()?.members[0];
    // Another tab, which had not heard of Ana yet, saved its roster: Ben, and Cy removed.
    const later = Date.now() + 1;
    const theirs = {
      v: 2,
      kind: 'team',
      members: [{ id: 'ben', name: 'Ben', oneOnOnes: [], idpSyncs: [], added: later, at: { name: later } }],
      removed: { cy: later },
    };
    storage.data.set(`${KEY}team`, JSON.stringify(theirs));
    otherTabChanged(storage, `${KEY}team`);
    expect($team.get()?.members.map((m) => m.name)).toEqual(['Ana', 'Ben']);
    expect(stored(storage, 'team')).toMatchObject({
      members: [{ id: ana?.id }, { id: 'ben' }],
      removed: { cy: later },
    });
  });

  it('keeps a member another tab added when this tab never hears of it (that tab was closed first)', () => {
    const storage = start();
    addMember('Ana');
    const ana = $team.get()?.members[0];
    // Another tab, which had heard of Ana, added Ben and was closed before its storage event came here.
    const later = Date.now() + 1;
    const theirs = JSON.parse(storage.data.get(`${KEY}team`) ?? 'null');
    theirs.members.push({ id: 'ben', name: 'Ben', oneOnOnes: [], idpSyncs: [], added: later, at: { name: later } });
    storage.data.set(`${KEY}team`, JSON.stringify(theirs));
    addMember('Cy');
    // In the order they were added (Ben's stamp is a moment after Cy's here).
    expect(
      stored(storage, 'team')
        .members.map((m: { name: string }) => m.name)
        .sort(),
    ).toEqual(['Ana', 'Ben', 'Cy']);
    expect($team.get()?.members.map((m) => m.id)).toContain(ana?.id);
    expect(
      $team
        .get()
        ?.members.map((m) => m.name)
        .sort(),
    ).toEqual(['Ana', 'Ben', 'Cy']);
  });

  it('tells the reader when its review note was saved over one another tab saved unheard, and can use that one', async () => {
    const storage = start();
    const id = startReview('renewal', '2026-12-07');
    // Another tab, which had read the session, saves its note on the first question; its event never comes.
    const theirs = JSON.parse(storage.data.get(`${KEY}review-${id}`) ?? 'null');
    const earlier = Date.now() - 5;
    theirs.items = { q1: { done: false, note: 'ACME and Globex', at: { note: earlier } } };
    storage.data.set(`${KEY}review-${id}`, JSON.stringify(theirs));
    changeReviewItem(id, 'q1', { note: 'Only Initech' });
    expect(stored(storage, `review-${id}`).items.q1.note).toBe('Only Initech');
    await vi.dynamicImportSettled();
    const told = $announcement.get();
    expect(told?.text).toBe(
      'Another tab saved different text at the same moment: “ACME and Globex”. Yours is kept here, and that text is not lost:',
    );
    told?.actions[0]?.run();
    expect($reviewSessions.get()[0]?.items.q1?.note).toBe('ACME and Globex');
    expect(stored(storage, `review-${id}`).items.q1).toMatchObject({ note: 'ACME and Globex' });
    expect($announcement.get()?.text).toBe('The other tab’s text is in place of yours.');
  });

  it('never stores the keystrokes of a refused figure: the figure last left stays, the tally marks it to fix', () => {
    const storage = start();
    const id = addCsm() ?? '';
    changeFigure(id, 'ebr', 40);
    // Typing 150 over 40: "1" and "15" are taken as typed (after the pause), "150" is refused.
    changeFigure(id, 'ebr', 1, AUTOSAVE_MS);
    changeFigure(id, 'ebr', 15, AUTOSAVE_MS);
    changeFigure(id, 'ebr', false, AUTOSAVE_MS);
    expect($club.get()?.csms[0]?.ebr).toBe(40);
    expect([...toFix]).toEqual([`${id}ebr`]);
    // Left refused: the figure the field was last left with is the one stored.
    changeFigure(id, 'ebr', false);
    expect(stored(storage, 'club').csms[0].ebr).toBe(40);
    // A new figure with nothing left before: a refused text stores nothing, not its prefix.
    changeFigure(id, 'workshops', 2, AUTOSAVE_MS);
    changeFigure(id, 'workshops', false, AUTOSAVE_MS);
    changeFigure(id, 'workshops', false);
    expect(stored(storage, 'club').csms[0].workshops).toBeUndefined();
    expect([...toFix]).toEqual([`${id}ebr`, `${id}workshops`]);
    changeFigure(id, 'ebr', 60);
    expect(stored(storage, 'club').csms[0].ebr).toBe(60);
    expect([...toFix]).toEqual([`${id}workshops`]);
  });

  it('keeps the President’s Club tally and clears it all with Undo', () => {
    const storage = start();
    const id = addCsm() ?? '';
    changeCsm(id, { name: 'Ana', ebr: 90, workshops: 3 });
    changeCsm(id, { workshops: undefined });
    changeClubChoices({ afterTie: 'next-place' });
    expect(stored(storage, 'club')).toMatchObject({
      csms: [{ id, name: 'Ana', ebr: 90 }],
      choices: { afterTie: 'next-place' },
    });
    expect(stored(storage, 'club').csms[0].workshops).toBeUndefined();
    const other = addCsm() ?? '';
    changeCsm(other, { name: 'Ben', ebr: 70 });
    removeCsm(other, 'Ben');
    expect($club.get()?.csms).toHaveLength(1);
    // Removing a CSM takes their figures: Undo is offered, and brings them back with their figures.
    expect($announcement.get()?.text).toBe('Ben and their figures removed from the tally.');
    $announcement.get()?.actions[0]?.run();
    expect($club.get()?.csms.map((csm) => [csm.name, csm.ebr])).toEqual([
      ['Ana', 90],
      ['Ben', 70],
    ]);
    const benAgain = $club.get()?.csms[1]?.id ?? '';
    changeCsm(benAgain, { name: '' });
    removeCsm(benAgain, 'CSM 2');
    expect($announcement.get()?.text).toBe('CSM 2 and their figures removed from the tally.');
    expect($club.get()?.csms).toHaveLength(1);
    clearClub();
    // Cleared, with every CSM remembered as removed (other tabs' copies stay out), and the choices cleared.
    expect(stored(storage, 'club')).toMatchObject({ csms: [], choices: {} });
    expect(Object.keys(stored(storage, 'club').removed).sort()).toEqual([id, other, benAgain].sort());
    $announcement.get()?.actions[0]?.run();
    // Undo brings Ana back as a new entry (a new id), so the removal of the old one still holds in other tabs.
    expect($club.get()?.csms.map((csm) => csm.name)).toEqual(['Ana']);
    expect($club.get()?.csms[0]?.id).not.toBe(id);
    expect($club.get()?.choices.afterTie).toBe('next-place');
  });

  /**
   * The tally holding Ana, Ben and Cy, in that order: their ids. Added a second apart on a fixed clock: a merge orders the tally by when each CSM was added, and
   * CSMs added in one millisecond by their random ids: on the wall clock, Ana and Cy changed places from run to run.
   */
  function tallyOfThree(): string[] {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 7, 9) });
    return ['Ana', 'Ben', 'Cy'].map((name) => {
      vi.advanceTimersByTime(1_000);
      const id = addCsm() ?? '';
      changeCsm(id, { name, ebr: 90 });
      return id;
    });
  }

  it('Undo of a CSM’s removal tells the id they came back under', () => {
    start();
    const [, ben] = tallyOfThree();
    const undone = vi.fn();
    removeCsm(ben ?? '', 'Ben', undone);
    expect(undone).not.toHaveBeenCalled();
    $announcement.get()?.actions[0]?.run();
    // Back under a new id (the removal of the old one holds in other tabs), in their place, with their figures.
    const back = $club.get()?.csms[1];
    expect(back).toMatchObject({ name: 'Ben', ebr: 90 });
    expect(back?.id).not.toBe(ben);
    expect(undone.mock.calls).toEqual([[back?.id]]);
  });

  it('Undo of a CSM’s removal brings them back beside a CSM another tab added since, and tells their id, never the other’s', () => {
    // The id was guessed as the one the tally had not held before: another tab's new CSM was taken for the one who
    // came back, and the focus went to them.
    const storage = start();
    const [, ben] = tallyOfThree();
    const undone = vi.fn();
    removeCsm(ben ?? '', 'Ben', undone);
    const later = Date.now() + 1;
    const theirs = stored(storage, 'club');
    theirs.csms.push({ id: 'dee', name: 'Dee', team: '', added: later, at: { name: later } });
    storage.data.set(`${KEY}club`, JSON.stringify(theirs));
    otherTabChanged(storage, `${KEY}club`);
    $announcement.get()?.actions[0]?.run();
    // The tally changed since the removal: Undo brings Ben back beside Dee (in the order added; these were added in
    // one millisecond), and tells the id Ben came back under.
    expect(
      $club
        .get()
        ?.csms.map((csm) => csm.name)
        .sort(),
    ).toEqual(['Ana', 'Ben', 'Cy', 'Dee']);
    const back = $club.get()?.csms.find((csm) => csm.name === 'Ben');
    expect(back).toMatchObject({ ebr: 90 });
    expect(undone.mock.calls).toEqual([[back?.id]]);
    expect(back?.id).not.toBe(ben);
    expect($announcement.get()?.text).toBe('Put back.');
  });

  it('is in the backup, restored with everything else, and cleared by Reset all', () => {
    const storage = start();
    startReview('checklist', '2026-12-07');
    addMember('Ben');
    const backup = snapshotAll();
    if (!backup) throw new Error('everything stored could be read');
    expect(Object.keys(backup.manager ?? {}).sort()).toEqual([expect.stringMatching(/^review-/), 'team']);
    expect(restoreAll({ tasks: {}, programs: {}, plans: {}, manager: {} }, 'All planner data').ok).toBe(true);
    expect([...storage.data.keys()].filter((key) => key.startsWith(KEY))).toEqual([]);
    expect(restoreAll(backup).ok).toBe(true);
    expect($team.get()?.members[0]?.name).toBe('Ben');
  });

  it('makes no backup when the browser would not list what is stored: unknown, never empty', () => {
    const storage = new FakeStorage();
    storage.data.set('csm-handbook:task:int-a', '{"v":2,"state":"done","note":"precious","updatedAt":1}');
    storage.key = () => {
      throw new DOMException('The operation failed.', 'UnknownError');
    };
    start(storage);
    expect(snapshotAll()).toBeUndefined();
  });

  it('never writes a record its own reader would refuse, and sets aside one stored under another id', () => {
    const storage = new FakeStorage();
    storage.data.set(`${KEY}team`, JSON.stringify({ v: 1, kind: 'settings' }));
    storage.data.set(`${KEY}settings`, JSON.stringify({ v: 9, kind: 'settings' }));
    start(storage);
    expect($team.get()).toBeUndefined();
    expect([...storage.data.keys()].some((key) => key.includes('recovered'))).toBe(true);
    // A newer record is left alone.
    changeSettings({ weekStart: 'sunday' });
    expect(stored(storage, 'settings').v).toBe(9);
    expect(
      readManagerRecord('{"v":1,"kind":"team","members":[{"id":"a","name":"","oneOnOnes":[],"idpSyncs":[]}]}').kind,
    ).toBe('invalid');
  });

  it('sets aside, never loses, a stored roster or tally the tighter rules refuse (written before them, or by hand)', () => {
    const storage = new FakeStorage();
    const team = JSON.stringify({
      v: 2,
      kind: 'team',
      members: [{ id: 'm1', name: '   ', oneOnOnes: ['2026-12-01'], idpSyncs: [], added: 1 }],
    });
    const club = JSON.stringify({ v: 2, kind: 'club', csms: [{ id: 'c1', name: 'Bo', team: '', ebr: 150, added: 1 }] });
    storage.data.set(`${KEY}team`, team);
    storage.data.set(`${KEY}club`, club);
    start(storage);
    expect($team.get()).toBeUndefined();
    expect($club.get()).toBeUndefined();
    const aside = [...storage.data.entries()].filter(([key]) => key.includes('recovered')).map(([, value]) => value);
    expect(aside.sort()).toEqual([club, team].sort());
    // Not written over: a new member starts a roster the reader sees, and what was set aside stays.
    expect(addMember('Ana')).toBe(true);
    expect([...storage.data.values()]).toContain(team);
  });

  it('names keep to what the fields take: no control or bidi-override characters, blank as empty', () => {
    const storage = start();
    expect(addMember('   ')).toBe(false);
    expect(addMember('\u202e')).toBe(false);
    expect(addMember(' Ana\u0000\u202e ')).toBe(true);
    expect(stored(storage, 'team').members[0].name).toBe('Ana');
    const id = addCsm() as string;
    // A line break is a space, as in every field of one line (December 7).
    changeCsm(id, { name: 'B\no\u2066', team: 'T\u202eeam' });
    expect(stored(storage, 'club').csms[0]).toMatchObject({ name: 'B o', team: 'Team' });
    changeCsm(id, { name: '  ' });
    expect(stored(storage, 'club').csms[0].name).toBe('');
  });
});
