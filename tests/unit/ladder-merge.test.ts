import { describe, expect, it } from 'vitest';
import { mergeRatings, stampRatingChanges } from '../../src/lib/ladder-merge';
import { readLadderRating } from '../../src/lib/ladder-records';
import { stableStringify } from '../../src/lib/stable-json';
import type { LadderRating } from '../../src/schemas/ladder-records';
import { MAX_MANAGER_REMOVED } from '../../src/schemas/manager-limits';
import { UNRATED } from '../../src/stores/ladder-records';

/*
 * Two tabs' copies of one ladder item's rating record: each tab edits its own
 * copy, stamped as the store stamps it (`stampRating`), before it hears of the
 * other's, then each merges the other's. Both must reach the same record,
 * holding the changes of both: above all, every piece of evidence either tab
 * attached (the piece itself is kept under its own key, but an attachment lost
 * here is lost to the reader).
 */

/** An edit made in a tab at `now`, stamped as the store stamps it. */
function edit(before: LadderRating, change: Partial<LadderRating>, now: number): LadderRating {
  return stampRatingChanges(before, { ...before, ...change, updatedAt: now }, now);
}

/** Both tabs' merges, checked to agree (whichever merges first), and their result. */
function converge(a: LadderRating, b: LadderRating): LadderRating {
  const ab = mergeRatings(a, b);
  expect(stableStringify(mergeRatings(b, a))).toBe(stableStringify(ab));
  // Merging again changes nothing: no tab writes it back and forth.
  expect(stableStringify(mergeRatings(ab, b))).toBe(stableStringify(ab));
  expect(stableStringify(mergeRatings(a, ab))).toBe(stableStringify(ab));
  return ab;
}

const base = edit(UNRATED, { rating: 'partly', evidence: ['ev-base'] }, 10);

describe('two tabs’ copies of a ladder item’s evidence', () => {
  it('keeps the evidence each tab attached before hearing of the other, in the order attached', () => {
    const first = edit(base, { evidence: [...base.evidence, 'ev-qbr'] }, 20);
    const second = edit(base, { evidence: [...base.evidence, 'ev-ebr'] }, 21);
    expect(converge(first, second).evidence).toEqual(['ev-base', 'ev-qbr', 'ev-ebr']);
  });

  it('keeps a piece detached in one tab detached, and the piece attached meanwhile in the other', () => {
    const detached = edit(base, { evidence: [] }, 20);
    const attached = edit(base, { evidence: [...base.evidence, 'ev-ebr'] }, 21);
    expect(converge(detached, attached).evidence).toEqual(['ev-ebr']);
    // Whichever came first.
    const detachedLater = edit(base, { evidence: [] }, 22);
    expect(converge(detachedLater, attached).evidence).toEqual(['ev-ebr']);
  });

  it('attaches a piece again (Undo of a detach) in a tab that still holds the detach', () => {
    const detached = edit(base, { evidence: [] }, 20);
    const undone = edit(detached, { evidence: ['ev-base'] }, 30);
    const stale = edit(detached, { note: 'typed' }, 25);
    expect(converge(undone, stale)).toMatchObject({ evidence: ['ev-base'], note: 'typed', rating: 'partly' });
  });

  it('keeps each tab’s evidence when the other changed the rating or the note', () => {
    const attached = edit(base, { evidence: [...base.evidence, 'ev-qbr'] }, 20);
    const rated = edit(base, { rating: 'demonstrated', note: 'Led it' }, 21);
    expect(converge(attached, rated)).toMatchObject({
      rating: 'demonstrated',
      note: 'Led it',
      evidence: ['ev-base', 'ev-qbr'],
    });
  });

  it('keeps the order of pieces attached at once (a restore, an Undo), stamped a millisecond apart', () => {
    const restored = edit(base, { evidence: ['ev-zeta', 'ev-base', 'ev-alpha', 'ev-mid'] }, 50);
    expect(restored.evidence).toEqual(['ev-base', 'ev-zeta', 'ev-alpha', 'ev-mid']);
    expect(restored.at?.evidence).toEqual({ 'ev-base': 10, 'ev-zeta': 48, 'ev-alpha': 49, 'ev-mid': 50 });
    const fresh = edit(UNRATED, { evidence: ['ev-zeta', 'ev-alpha', 'ev-mid'] }, 50);
    expect(converge(fresh, base).evidence).toEqual(['ev-base', 'ev-zeta', 'ev-alpha', 'ev-mid']);
  });

  it('remembers the newest detached pieces only, as many as a roster remembers removed members', () => {
    let record = base;
    for (let i = 0; i < MAX_MANAGER_REMOVED + 20; i += 1) {
      const id = `ev-piece-${i}`;
      record = edit(
        edit(record, { evidence: [...record.evidence, id] }, 100 + 2 * i),
        { evidence: ['ev-base'] },
        101 + 2 * i,
      );
    }
    const stamps = record.at?.evidence ?? {};
    expect(Object.keys(stamps)).toHaveLength(MAX_MANAGER_REMOVED + 1);
    expect(stamps).toHaveProperty('ev-base', 10);
    expect(stamps).toHaveProperty(`ev-piece-${MAX_MANAGER_REMOVED + 19}`);
    expect(stamps).not.toHaveProperty('ev-piece-19');
    // The merge keeps the same bound, and the record stays readable.
    expect(Object.keys(converge(record, base).at?.evidence ?? {})).toHaveLength(MAX_MANAGER_REMOVED + 1);
    expect(readLadderRating(JSON.stringify(record)).kind).toBe('ok');
  });
});

describe('a ladder item stamped ahead of this browser’s clock', () => {
  const AHEAD = 10 + 3_600_000;

  it('takes the rating and note changed here over those stamped ahead', () => {
    const fast = edit(base, { rating: 'demonstrated', note: 'Old note' }, AHEAD);
    const mine = edit(fast, { rating: 'partly', note: 'New note' }, 30);
    expect(mine.at).toMatchObject({ rating: AHEAD + 1, note: AHEAD + 1 });
    expect(converge(mine, fast)).toMatchObject({ rating: 'partly', note: 'New note' });
  });

  it('detaches, here, a piece attached ahead', () => {
    const attached = edit(base, { evidence: ['ev-base', 'ev-a'] }, AHEAD);
    const detached = edit(attached, { evidence: ['ev-base'] }, 30);
    expect(converge(detached, attached).evidence).toEqual(['ev-base']);
  });

  it('attaches again, here, pieces whose detach was stamped ahead, several at once (an Undo, a restore)', () => {
    const attached = edit(base, { evidence: ['ev-base', 'ev-a', 'ev-b'] }, 20);
    const detached = edit(attached, { evidence: ['ev-base'] }, AHEAD);
    const again = edit(detached, { evidence: ['ev-base', 'ev-a', 'ev-b'] }, 30);
    expect(converge(again, detached).evidence).toEqual(['ev-base', 'ev-a', 'ev-b']);
  });
});
