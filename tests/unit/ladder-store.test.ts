// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { createBackup, parseBackup } from '../../src/lib/backup';
import { readLadderRating } from '../../src/lib/ladder-records';
import { restoreAll, snapshotAll } from '../../src/stores/all-data';
import { $announcement, clearAnnouncementForTests } from '../../src/stores/announcer';
import {
  $ladderEvidence,
  $ladderRatings,
  $ladderSaveState,
  attachEvidence,
  deleteEvidence,
  detachEvidence,
  rateItem,
  setItemNote,
  startLadder,
  stopLadderForTests,
} from '../../src/stores/ladder';
import { createEvidence, updateEvidence } from '../../src/stores/ladder-evidence';
import { stampRating, UNRATED } from '../../src/stores/ladder-records';
import { AUTOSAVE_MS } from '../../src/stores/record-store';
import { FakeStorage, otherTabChanged } from '../support/fake-storage';

/*
 * The career ladder's ratings in two tabs. One record per item holds its
 * rating, note and evidence, and a note waits half a second before it is
 * saved: another tab's rating or evidence for the same item, saved meanwhile,
 * must survive that save, in storage and in both tabs. The other tab is
 * storage written as that tab writes it, and the event the browser fires.
 */

const ITEM = 'staff-resp-owns-the-customer-relationship-of-a';
const KEY = `csm-handbook:ladder-rating:${ITEM}`;
const T0 = 1_800_000_000_000;

function start(storage = new FakeStorage()): FakeStorage {
  startLadder(() => openStorage(() => storage));
  return storage;
}

const stored = (storage: FakeStorage) => JSON.parse(storage.data.get(KEY) ?? 'null');

/** Another tab saves its copy of the item's record. */
function otherTabSaves(storage: FakeStorage, record: object): void {
  storage.data.set(KEY, JSON.stringify(record));
  otherTabChanged(storage, KEY);
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  clearAnnouncementForTests();
});

afterEach(() => {
  stopLadderForTests();
  vi.useRealTimers();
});

describe('a ladder item edited in two tabs', () => {
  it('keeps the other tab’s rating when this tab’s note, typed before it, is saved after it', () => {
    const storage = start();
    setItemNote(ITEM, 'Led the ACME renewal');
    vi.advanceTimersByTime(100);
    otherTabSaves(storage, {
      v: 2,
      rating: 'demonstrated',
      evidence: [],
      note: '',
      updatedAt: T0 + 100,
      at: { rating: T0 + 100 },
    });
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(stored(storage)).toMatchObject({ rating: 'demonstrated', note: 'Led the ACME renewal' });
    expect($ladderRatings.get()[ITEM]).toMatchObject({ rating: 'demonstrated', note: 'Led the ACME renewal' });
  });

  it('keeps the other tab’s evidence the same way', () => {
    const storage = start();
    setItemNote(ITEM, 'Led the ACME renewal');
    vi.advanceTimersByTime(100);
    otherTabSaves(storage, { v: 2, evidence: ['ev-abc'], note: '', updatedAt: T0 + 100, at: { evidence: T0 + 100 } });
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(stored(storage)).toMatchObject({ evidence: ['ev-abc'], note: 'Led the ACME renewal' });
  });

  it('keeps the evidence each tab attached to the item before hearing of the other, in both tabs and in storage', () => {
    const storage = start();
    attachEvidence(ITEM, 'ev-qbr');
    vi.advanceTimersByTime(100);
    // The other tab had not heard of this tab's attachment: its copy holds its own piece only.
    otherTabSaves(storage, stampRating(undefined, { ...UNRATED, evidence: ['ev-ebr'], updatedAt: T0 + 100 }) ?? {});
    expect($ladderRatings.get()[ITEM]?.evidence).toEqual(['ev-qbr', 'ev-ebr']);
    expect(stored(storage).evidence).toEqual(['ev-qbr', 'ev-ebr']);
  });

  it('puts its rating back when a tab that had not heard of it saves its note over it, and writes it back', () => {
    const storage = start();
    rateItem(ITEM, 'demonstrated');
    vi.advanceTimersByTime(100);
    // The other tab's note, typed before it heard of the rating: its copy has no rating and says nothing changed it.
    otherTabSaves(storage, { v: 2, evidence: [], note: 'Led it', updatedAt: T0 + 100, at: { note: T0 + 100 } });
    expect($ladderRatings.get()[ITEM]).toMatchObject({ rating: 'demonstrated', note: 'Led it' });
    expect(stored(storage)).toMatchObject({ rating: 'demonstrated', note: 'Led it' });
  });

  it('takes the other tab’s newer change to the same field: a rating cleared there is cleared here', () => {
    const storage = start();
    rateItem(ITEM, 'partly');
    vi.advanceTimersByTime(100);
    otherTabSaves(storage, {
      ...stored(storage),
      rating: undefined,
      note: 'n',
      at: { rating: T0 + 100, note: T0 + 100 },
    });
    expect($ladderRatings.get()[ITEM]?.rating).toBeUndefined();
    expect($ladderRatings.get()[ITEM]?.note).toBe('n');
  });

  it('reads records saved before the stamps (version 1), and merges them', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, JSON.stringify({ v: 1, rating: 'partly', evidence: ['ev-old'], note: 'old', updatedAt: 5 }));
    start(storage);
    expect($ladderRatings.get()[ITEM]).toEqual({
      v: 3,
      rating: 'partly',
      evidence: ['ev-old'],
      note: 'old',
      updatedAt: 5,
      at: { evidence: { 'ev-old': 5 } },
    });
    setItemNote(ITEM, 'new note');
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(stored(storage)).toMatchObject({ v: 3, rating: 'partly', evidence: ['ev-old'], note: 'new note' });
  });

  it('reads records with one stamp for the whole list (version 2) and keeps each tab’s attachment', () => {
    const storage = new FakeStorage();
    const v2 = { v: 2, evidence: ['ev-b', 'ev-a'], note: '', updatedAt: T0 - 50, at: { evidence: T0 - 50 } };
    storage.data.set(KEY, JSON.stringify(v2));
    start(storage);
    attachEvidence(ITEM, 'ev-qbr');
    // Another tab read the same record and attaches a piece of its own, before it hears of this tab's.
    vi.advanceTimersByTime(100);
    const read = readLadderRating(JSON.stringify(v2));
    if (read.kind !== 'ok') throw new Error('a version 2 rating reads');
    otherTabSaves(
      storage,
      stampRating(read.value, { ...read.value, evidence: [...read.value.evidence, 'ev-ebr'] }) ?? {},
    );
    expect($ladderRatings.get()[ITEM]?.evidence).toEqual(['ev-b', 'ev-a', 'ev-qbr', 'ev-ebr']);
    expect(stored(storage).evidence).toEqual(['ev-b', 'ev-a', 'ev-qbr', 'ev-ebr']);
  });

  it('keeps a record whose pieces were all detached, so a tab that had not heard of it cannot attach them again', () => {
    const storage = start();
    attachEvidence(ITEM, 'ev-qbr');
    const attached = stored(storage);
    vi.advanceTimersByTime(100);
    detachEvidence(ITEM, 'ev-qbr');
    expect(stored(storage)).toMatchObject({ evidence: [], at: { evidence: { 'ev-qbr': T0 + 100 } } });
    vi.advanceTimersByTime(100);
    otherTabSaves(storage, { ...attached, note: 'typed', at: { ...attached.at, note: T0 + 200 } });
    expect($ladderRatings.get()[ITEM]).toMatchObject({ evidence: [], note: 'typed' });
    expect(stored(storage)).toMatchObject({ evidence: [], note: 'typed' });
  });

  it('an Undo of a deleted piece of evidence wins over a tab still holding the deletion', () => {
    const storage = start();
    rateItem(ITEM, 'partly');
    const id = createEvidence({ title: 'QBR deck', tags: [] });
    if (!id) throw new Error('evidence created');
    attachEvidence(ITEM, id);
    vi.advanceTimersByTime(100);
    deleteEvidence(id);
    const afterDelete = stored(storage);
    expect(afterDelete.evidence).toEqual([]);
    vi.advanceTimersByTime(100);
    $announcement.get()?.actions[0]?.run();
    expect(stored(storage).evidence).toEqual([id]);
    // A tab that heard of the deletion but not the Undo saves its copy (with a note typed since the deletion).
    otherTabSaves(storage, {
      ...afterDelete,
      v: 2,
      evidence: [],
      note: 'typed',
      at: { ...afterDelete?.at, note: T0 + 150 },
    });
    expect($ladderRatings.get()[ITEM]).toMatchObject({ evidence: [id], note: 'typed' });
    expect(stored(storage)).toMatchObject({ evidence: [id], note: 'typed' });
  });
});

describe('a note written in both tabs at once', () => {
  /**
   * This tab's note waits for its autosave pause while the other tab saves its own note on the item, typed
   * `typedAfter` ms after this one's (before it, when negative); then the message, once its code has loaded.
   */
  async function bothWriteANote(typedAfter: number) {
    const storage = start();
    setItemNote(ITEM, 'Ran the EBR with the CTO');
    vi.advanceTimersByTime(100);
    const at = T0 + typedAfter;
    otherTabSaves(storage, { v: 3, evidence: [], note: 'Led the ACME renewal', updatedAt: at, at: { note: at } });
    await vi.dynamicImportSettled();
    const told = $announcement.get();
    return { storage, told, labels: told?.actions.map((action) => action.label) };
  }

  it('tells the reader when its note was kept over one the other tab saved meanwhile, and offers that one', async () => {
    const { storage, told, labels } = await bothWriteANote(-50);
    expect(told?.text).toBe(
      'Another tab saved different text at the same moment: “Led the ACME renewal”. Yours is kept here, and that text is not lost:',
    );
    expect(labels).toEqual(['Use that text', 'Copy that text']);
    told?.actions[0]?.run();
    expect($ladderRatings.get()[ITEM]?.note).toBe('Led the ACME renewal');
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(stored(storage).note).toBe('Led the ACME renewal');
  });

  it('tells the reader when the other tab’s newer note took the place of theirs, and puts theirs back', async () => {
    const { storage, told, labels } = await bothWriteANote(100);
    expect($ladderRatings.get()[ITEM]?.note).toBe('Led the ACME renewal');
    expect(told?.text).toBe(
      'Another tab saved different text at the same moment, and its text is kept. Yours is not lost: “Ran the EBR with the CTO”.',
    );
    expect(labels).toEqual(['Put mine back', 'Copy mine']);
    vi.advanceTimersByTime(100);
    told?.actions[0]?.run();
    expect($ladderRatings.get()[ITEM]?.note).toBe('Ran the EBR with the CTO');
    // Stamped now, so the other tab takes it when it hears of it.
    expect(stored(storage)).toMatchObject({ note: 'Ran the EBR with the CTO', at: { note: T0 + 200 } });
    expect($announcement.get()?.text).toBe('Your text is back.');
  });

  it('says nothing when the other tab changed something else of the item', async () => {
    const storage = start();
    setItemNote(ITEM, 'Led the ACME renewal');
    vi.advanceTimersByTime(100);
    otherTabSaves(storage, {
      v: 3,
      rating: 'partly',
      evidence: [],
      note: '',
      updatedAt: T0 + 100,
      at: { rating: T0 + 100 },
    });
    vi.advanceTimersByTime(AUTOSAVE_MS);
    await vi.dynamicImportSettled();
    expect($announcement.get()).toBeNull();
    expect(stored(storage)).toMatchObject({ rating: 'partly', note: 'Led the ACME renewal' });
  });
});

describe('a piece of evidence edited in two tabs at once', () => {
  /** A piece created here, then saved by another tab that had read it, with `change`; its event never comes. */
  function otherTabEditsAPiece(change: object): { storage: FakeStorage; id: string; key: string } {
    const storage = start();
    const id = createEvidence({ title: 'QBR deck for ACME', tags: ['qbr'] }) ?? '';
    const key = `csm-handbook:ladder-evidence:${id}`;
    const theirs = JSON.parse(storage.data.get(key) ?? 'null');
    storage.data.set(key, JSON.stringify({ ...theirs, ...change, updatedAt: T0 + 50 }));
    vi.advanceTimersByTime(100);
    return { storage, id, key };
  }

  it('keeps the tags the other tab saved when this tab changes the description', () => {
    const { storage, id, key } = otherTabEditsAPiece({ tags: ['qbr', 'renewal'] });
    updateEvidence(id, { title: 'QBR deck for ACME, Q3', tags: ['qbr'] });
    expect(JSON.parse(storage.data.get(key) ?? 'null')).toMatchObject({
      title: 'QBR deck for ACME, Q3',
      tags: ['qbr', 'renewal'],
    });
    expect($ladderEvidence.get()[id]).toMatchObject({ title: 'QBR deck for ACME, Q3', tags: ['qbr', 'renewal'] });
  });

  it('tells the reader when both changed the description, and offers the other tab’s', async () => {
    const { storage, id, key } = otherTabEditsAPiece({ title: 'QBR deck, ACME EMEA' });
    updateEvidence(id, { title: 'QBR deck for ACME, Q3', tags: ['qbr'] });
    await vi.dynamicImportSettled();
    const told = $announcement.get();
    expect(told?.text).toBe(
      'Another tab saved different text at the same moment: “QBR deck, ACME EMEA”. Yours is kept here, and that text is not lost:',
    );
    told?.actions[0]?.run();
    expect($ladderEvidence.get()[id]?.title).toBe('QBR deck, ACME EMEA');
    expect(JSON.parse(storage.data.get(key) ?? 'null')).toMatchObject({ title: 'QBR deck, ACME EMEA', tags: ['qbr'] });
  });

  it('keeps this tab’s edit of a piece another tab deleted meanwhile: the reader’s words are not dropped', () => {
    const storage = start();
    const id = createEvidence({ title: 'QBR deck for ACME', tags: [] }) ?? '';
    const key = `csm-handbook:ladder-evidence:${id}`;
    storage.data.delete(key);
    updateEvidence(id, { title: 'QBR deck for ACME, Q3', tags: [] });
    expect(JSON.parse(storage.data.get(key) ?? 'null')).toMatchObject({ id, title: 'QBR deck for ACME, Q3' });
  });
});

describe('a piece of evidence added', () => {
  it('under an item is attached to it, and the reader is told it is in the record', () => {
    const storage = start();
    const id = createEvidence({ title: 'QBR deck for ACME', tags: [] }, ITEM);
    expect(id).toBeDefined();
    expect(stored(storage).evidence).toEqual([id]);
    expect($announcement.get()?.text).toBe('Added “QBR deck for ACME” to your record.');
  });

  it('in the record of achievements is attached to no item, and the reader is told too', () => {
    start();
    createEvidence({ title: 'Case study', tags: [] });
    expect($ladderRatings.get()[ITEM]).toBeUndefined();
    expect($announcement.get()?.text).toBe('Added “Case study” to your record.');
  });
});

describe('a record emptied by a change', () => {
  it('keeps its stamps only, goes into a backup and back, and Reset all removes it', () => {
    const storage = start();
    rateItem(ITEM, 'partly');
    vi.advanceTimersByTime(100);
    rateItem(ITEM, undefined);
    const cleared = { v: 3, evidence: [], note: '', updatedAt: T0 + 100, at: { rating: T0 + 100 } };
    expect(stored(storage)).toEqual(cleared);
    const data = snapshotAll();
    if (!data) throw new Error('everything stored could be read');
    const parsed = parseBackup(JSON.stringify(createBackup(data, new Date(T0))));
    expect(parsed).toEqual({ ok: true, data });
    expect(restoreAll({ tasks: {}, programs: {}, plans: {}, manager: {} }, 'All planner data').ok).toBe(true);
    expect(storage.data.has(KEY)).toBe(false);
    if (!parsed.ok) throw new Error('the backup restores');
    expect(restoreAll(parsed.data).ok).toBe(true);
    expect(stored(storage)).toEqual(cleared);
  });
});

/** A tab's view of the shared storage that remembers the keys it wrote, for the other tab to hear of later. */
class TabStorage extends FakeStorage {
  written: string[] = [];
  override setItem(key: string, value: string): void {
    super.setItem(key, value);
    this.written.push(key);
  }
  override removeItem(key: string): void {
    super.removeItem(key);
    this.written.push(key);
  }
}

type LadderModule = typeof import('../../src/stores/ladder');

/**
 * Two tabs on the ladder, each with its own copy of the stores (as two pages have), over one storage. A tab
 * hears of the other's saves only when `hear` says so (the browser's events, held as the browser tests hold
 * them), and reads storage as it is then, as a tab does.
 */
async function twoTabs(): Promise<{
  a: LadderModule;
  b: LadderModule;
  hear: (who: 'a' | 'b') => void;
  shared: Map<string, string>;
}> {
  const shared = new Map<string, string>();
  const views = { a: new TabStorage(shared), b: new TabStorage(shared) };
  vi.resetModules();
  const a = await import('../../src/stores/ladder');
  vi.resetModules();
  const b = await import('../../src/stores/ladder');
  stopTabs = () => {
    a.stopLadderForTests();
    b.stopLadderForTests();
  };
  a.startLadder(() => openStorage(() => views.a));
  b.startLadder(() => openStorage(() => views.b));
  const other = { a: views.b, b: views.a };
  const hear = (who: 'a' | 'b') => {
    for (const key of other[who].written.splice(0)) otherTabChanged(views[who], key);
  };
  return { a, b, hear, shared };
}

let stopTabs: (() => void) | undefined;
afterEach(() => {
  stopTabs?.();
  stopTabs = undefined;
});

describe('an item cleared in one tab while another edits it', () => {
  /** Each tab hears of the other until neither writes any more (a merge may write back). */
  function settle(hear: (who: 'a' | 'b') => void, first: 'a' | 'b'): void {
    const second = first === 'a' ? 'b' : 'a';
    for (let round = 0; round < 4; round += 1) {
      hear(first);
      hear(second);
    }
  }

  it.each([
    ['the note is saved first', 'a'],
    ['the note is saved first', 'b'],
    ['the rating is cleared first', 'a'],
    ['the rating is cleared first', 'b'],
  ] as const)(
    'keeps the note typed in one tab and the rating cleared in the other: %s, tab %s hears first',
    async (order, first) => {
      const { a, b, hear, shared } = await twoTabs();
      a.rateItem(ITEM, 'partly');
      hear('b');
      expect(b.$ladderRatings.get()[ITEM]?.rating).toBe('partly');
      vi.advanceTimersByTime(100);
      // Tab B types a note (saved half a second later); tab A clears the rating before it hears of the note:
      // its copy of the record then holds nothing.
      b.setItemNote(ITEM, 'Led the ACME renewal');
      if (order === 'the note is saved first') vi.advanceTimersByTime(AUTOSAVE_MS);
      a.rateItem(ITEM, undefined);
      vi.advanceTimersByTime(AUTOSAVE_MS);
      settle(hear, first);
      for (const tab of [a, b]) {
        expect(tab.$ladderRatings.get()[ITEM]).toMatchObject({ note: 'Led the ACME renewal' });
        expect(tab.$ladderRatings.get()[ITEM]?.rating).toBeUndefined();
      }
      const inStorage = JSON.parse(shared.get(KEY) ?? 'null');
      expect(inStorage).toMatchObject({ note: 'Led the ACME renewal' });
      expect(inStorage.rating).toBeUndefined();
    },
  );
});

describe('a tab that saves before it hears of the other tab’s save', () => {
  it('keeps both changes in storage, though neither tab hears of the other again (the other was closed)', async () => {
    const { a, b, hear, shared } = await twoTabs();
    a.rateItem(ITEM, 'partly');
    hear('b');
    vi.advanceTimersByTime(100);
    // Tab B saves a note on the item, then is closed: tab A never hears of the note.
    b.setItemNote(ITEM, 'Led the ACME renewal');
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(JSON.parse(shared.get(KEY) ?? 'null')).toMatchObject({ note: 'Led the ACME renewal' });
    vi.advanceTimersByTime(100);
    a.rateItem(ITEM, 'demonstrated');
    // What a new tab, or tab A reloaded, reads.
    expect(JSON.parse(shared.get(KEY) ?? 'null')).toMatchObject({
      rating: 'demonstrated',
      note: 'Led the ACME renewal',
    });
    expect(a.$ladderRatings.get()[ITEM]).toMatchObject({ rating: 'demonstrated', note: 'Led the ACME renewal' });
  });
});

describe('the ladder with storage blocked', () => {
  it('says not saved from the start, not only after a change', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    start(storage);
    expect($ladderSaveState.get()).toBe('failed');
    rateItem(ITEM, 'demonstrated');
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect($ladderSaveState.get()).toBe('failed');
  });
});
