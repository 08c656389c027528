// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { tellClubElsewhere } from '../../src/islands/manager/club-told';
import type { ClubCsm } from '../../src/schemas/manager';
import { $announcement } from '../../src/stores/announcer';
import { bringBackCsms } from '../../src/stores/club-bring-back';
import { followClubElsewhere } from '../../src/stores/club-elsewhere';
import { addCsm, changeCsm, clearClub, removeCsm } from '../../src/stores/manager';
import { $club, managerStore, startManager } from '../../src/stores/manager-view';
import { startPlanner, stopPlannerForTests } from '../../src/stores/planner';
import { AUTOSAVE_MS } from '../../src/stores/record-store';
import { FakeStorage, otherTabChanged } from '../support/fake-storage';

const KEY = 'csm-handbook:manager:club';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stopPlannerForTests();
  managerStore.resetForTests?.();
  vi.useRealTimers();
});

/** The tally with Ana, Ben and one not named yet, saved, followed as the tally's island follows it. */
function tallyOfThree() {
  const storage = new FakeStorage();
  startPlanner(() => openStorage(() => storage));
  startManager();
  // Added a moment apart: the tally keeps the order they were added in.
  const now = Date.now();
  ['Ana', 'Ben', ''].forEach((name, index) => {
    const added = vi.spyOn(Date, 'now').mockReturnValue(now - 3_000 + index);
    const id = addCsm() as string;
    added.mockRestore();
    changeCsm(id, { name, ebr: 80 });
  });
  const leave = vi.fn<(shown: readonly ClubCsm[], gone: readonly ClubCsm[]) => void>();
  // As PresidentsClub.tsx hands it on: at once (it moves the focus there), then the message, loaded.
  stop = followClubElsewhere((shown, gone, typing) => {
    leave(shown, gone);
    void Promise.resolve().then(() => tellClubElsewhere(shown, gone, typing));
  });
  const csms = $club.get()?.csms ?? [];
  return { storage, leave, csms };
}

/** Another tab removes `ids` from the stored tally, and this tab hears of it. */
function removedThere(storage: FakeStorage, ids: string[]): void {
  const theirs = JSON.parse(storage.data.get(KEY) ?? '{}');
  const later = Date.now() + 1_000;
  theirs.csms = theirs.csms.filter((csm: ClubCsm) => !ids.includes(csm.id));
  theirs.removed = { ...theirs.removed, ...Object.fromEntries(ids.map((id) => [id, later])) };
  storage.data.set(KEY, JSON.stringify(theirs));
  otherTabChanged(storage, KEY);
}

const told = () => vi.waitFor(() => expect($announcement.get()?.text).toBeTruthy());

describe('a CSM removed from the tally in another tab', () => {
  it('is told once, by the name this tab showed, and offered back as this tab had them', async () => {
    const { storage, leave, csms } = tallyOfThree();
    const ben = csms[1] as ClubCsm;
    removedThere(storage, [ben.id]);
    expect($club.get()?.csms.map((csm) => csm.name)).toEqual(['Ana', '']);
    // At once, before the render that takes the card away.
    expect(leave).toHaveBeenCalledWith(csms, [ben]);
    await told();
    expect($announcement.get()?.text).toBe('“Ben” was removed in another tab or window.');
    $announcement.get()?.actions[0]?.run();
    expect($club.get()?.csms.map((csm) => csm.name)).toEqual(['Ana', 'Ben', '']);
    // Heard again (another change there), it is not told again.
    otherTabChanged(storage, KEY);
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('names one not named yet by their place, and counts several', async () => {
    const { storage, csms } = tallyOfThree();
    removedThere(storage, [(csms[2] as ClubCsm).id]);
    // "CSM 3" on the page, whose copy of the toolkit's words this test has not: the word, then the place.
    await vi.waitFor(() =>
      expect($announcement.get()?.text).toMatch(/^“\S+ 3” was removed in another tab or window\.$/),
    );
    removedThere(storage, [(csms[0] as ClubCsm).id, (csms[1] as ClubCsm).id]);
    await vi.waitFor(() => expect($announcement.get()?.text).toBe('2 CSMs were removed in another tab or window.'));
  });

  it('keeps the figure being typed in their card, and says so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { storage, leave, csms } = tallyOfThree();
    const ben = csms[1] as ClubCsm;
    changeCsm(ben.id, { ebr: 75 }, AUTOSAVE_MS);
    removedThere(storage, [ben.id]);
    expect(leave.mock.calls[0]?.[1]).toEqual([{ ...ben, ebr: 75, at: expect.anything() }]);
    vi.useRealTimers();
    await vi.waitFor(() =>
      expect($announcement.get()?.text).toBe(
        '“Ben” was removed in another tab or window while you were typing in their card: bring them back, and what you typed comes back with them.',
      ),
    );
  });

  it('is not told when this tab removes them, clears the tally, or when the tally goes whole (Reset all)', () => {
    const { storage, leave, csms } = tallyOfThree();
    removeCsm((csms[0] as ClubCsm).id, 'Ana');
    clearClub();
    expect(leave).not.toHaveBeenCalled();
    storage.data.delete(KEY);
    otherTabChanged(storage, KEY);
    expect(leave).not.toHaveBeenCalled();
  });

  it('brought back, they are new entries in their places, with their figures, in storage too', () => {
    const { storage, csms } = tallyOfThree();
    const ben = { ...(csms[1] as ClubCsm), ebr: 75 };
    removedThere(storage, [ben.id]);
    const back = bringBackCsms([ben]);
    expect(back).toBeTruthy();
    expect(back).not.toBe(ben.id);
    expect($club.get()?.csms.map((csm) => [csm.name, csm.ebr])).toEqual([
      ['Ana', 80],
      ['Ben', 75],
      ['', 80],
    ]);
    expect(JSON.parse(storage.data.get(KEY) ?? '{}').csms.map((csm: ClubCsm) => csm.id)).toContain(back);
    expect($announcement.get()?.text).toBe('Put back.');
  });
});

/** Another tab brings `csm` back (its Undo, or its Bring them back): a new entry keeping the id they first had. */
function backThere(storage: FakeStorage, csm: ClubCsm, id: string): void {
  const theirs = JSON.parse(storage.data.get(KEY) ?? '{}');
  theirs.csms = [...theirs.csms, { ...csm, id, calendarId: csm.id, at: {} }].sort(
    (p: ClubCsm, q: ClubCsm) => p.added - q.added,
  );
  storage.data.set(KEY, JSON.stringify(theirs));
  otherTabChanged(storage, KEY);
}

describe('a CSM back in both tabs (Undo in one, Bring them back in the other)', () => {
  it('Bring them back after the other tab’s Undo adds them no second time, says so, and tells the id they are back under', async () => {
    const { storage, csms } = tallyOfThree();
    const ben = csms[1] as ClubCsm;
    removedThere(storage, [ben.id]);
    await told();
    backThere(storage, ben, 'benback');
    expect(bringBackCsms([ben])).toBe('benback');
    expect($club.get()?.csms.map((csm) => csm.name)).toEqual(['Ana', 'Ben', '']);
    expect(JSON.parse(storage.data.get(KEY) ?? '{}').csms).toHaveLength(3);
    expect($announcement.get()?.text).toBe('Already put back in another tab or window.');
  });

  it('Undo after the other tab’s Bring them back adds them no second time, says so, and tells the id they are back under', () => {
    const { storage, csms } = tallyOfThree();
    const ben = csms[1] as ClubCsm;
    const undone = vi.fn();
    removeCsm(ben.id, 'Ben', undone);
    const undo = $announcement.get()?.actions[0];
    backThere(storage, ben, 'benback');
    undo?.run();
    expect($club.get()?.csms.map((csm) => csm.name)).toEqual(['Ana', 'Ben', '']);
    expect(JSON.parse(storage.data.get(KEY) ?? '{}').csms).toHaveLength(3);
    expect($announcement.get()?.text).toBe('Already put back in another tab or window.');
    expect(undone.mock.calls).toEqual([['benback']]);
  });

  it('Undo of Clear all after the other tab brought some back puts back only the others', () => {
    const { storage, csms } = tallyOfThree();
    clearClub();
    const undo = $announcement.get()?.actions[0];
    backThere(storage, csms[0] as ClubCsm, 'anaback');
    undo?.run();
    expect($club.get()?.csms.map((csm) => csm.name)).toEqual(['Ana', 'Ben', '']);
    expect($club.get()?.csms[0]?.id).toBe('anaback');
    expect($announcement.get()?.text).toBe('Put back.');
  });
});
