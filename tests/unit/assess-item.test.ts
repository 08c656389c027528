import { describe, expect, it } from 'vitest';
import { attachedEvidence, evidenceToAttach, namedWithItem } from '../../src/lib/assess-item';
import type { LadderEvidence, LadderRating } from '../../src/schemas/ladder-records';

const piece = (id: string, title: string): LadderEvidence => ({ v: 1, id, title, tags: [], updatedAt: 1 });
const record = {
  'ev-b': piece('ev-b', 'QBR deck'),
  'ev-a': piece('ev-a', 'Adoption plan'),
  'ev-c': piece('ev-c', 'Case study'),
};
// Only the evidence list counts here; the rest of a stored rating (stamps, note) plays no part.
const rated = (evidence: string[]) => ({ evidence }) as unknown as LadderRating;

describe('a self-assessment item’s evidence', () => {
  it('shows the pieces attached to it in the order they were attached, skipping one deleted since', () => {
    expect(attachedEvidence(rated(['ev-c', 'ev-gone', 'ev-b']), record).map((p) => p.id)).toEqual(['ev-c', 'ev-b']);
  });

  it('shows none for an item not rated yet', () => {
    expect(attachedEvidence(undefined, record)).toEqual([]);
  });

  it('offers the record’s other pieces to attach, by title', () => {
    expect(evidenceToAttach(rated(['ev-b']), record).map((p) => p.title)).toEqual(['Adoption plan', 'Case study']);
    expect(evidenceToAttach(undefined, record).map((p) => p.id)).toEqual(['ev-a', 'ev-c', 'ev-b']);
  });
});

describe('a self-assessment item’s controls', () => {
  it('are named by their own words and the item’s whole text', () => {
    expect(namedWithItem('clear-staff-resp-x', 'staff-resp-x')).toBe('clear-staff-resp-x item-staff-resp-x');
  });
});
