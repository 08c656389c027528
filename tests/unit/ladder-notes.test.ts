import { describe, expect, it } from 'vitest';
import { compareLevels } from '../../src/lib/ladder';
import { linkNotesFor, pairNotes, summaryText } from '../../src/lib/ladder-notes';
import type { LevelSlug, SpecialtySlug } from '../../src/schemas/career-ladder';
import { readLadder } from '../support/ladder';

const { ladder } = readLadder();
const level = (slug: LevelSlug) => ladder.levels.find((l) => l.slug === slug) as (typeof ladder.levels)[number];
/** The summary and the notes the ladder shows for a pair of levels, as the page reads them. */
const words = (from: LevelSlug, to: LevelSlug, specialty?: SpecialtySlug) => {
  const comparison = compareLevels(ladder, from, to, specialty);
  return {
    summary: summaryText(comparison, level(from), level(to)),
    notes: pairNotes(ladder, comparison, level(from), level(to)),
  };
};

describe('the words over a comparison of two levels', () => {
  it('count what the higher level adds, and the job family’s own items shown apart', () => {
    expect(words('senior', 'staff')).toEqual({
      summary:
        'Staff CSM compared with Senior CSM: 14 new responsibilities, 8 new requirements and 3 new performance indicators. 2 items of the job family’s own lists are shown apart, not as new.',
      notes: [],
    });
  });

  it('say a level picked twice, with no notes', () => {
    expect(words('senior', 'senior')).toEqual({
      summary: 'You picked the same level twice: pick another level to compare with.',
      notes: [],
    });
  });

  it('note a step down, a step to another track from the top of one, and two levels of one grade', () => {
    expect(words('staff', 'senior').notes).toContain(
      'Senior CSM is not above Staff CSM on the ladder: “new” here means what Senior CSM lists and Staff CSM does not.',
    );
    expect(words('staff', 'manager').notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Manager, CSM extends no level of the /),
        expect.stringMatching(/^Staff CSM is the highest level of the /),
        expect.stringMatching(/^Both levels are job grade /),
      ]),
    );
  });

  // The track's name mid-sentence read "of the Individual contributor track": its capital is the level's own line's.
  it('name a track in lower case mid-sentence', () => {
    expect(words('staff', 'manager').notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Manager, CSM extends no level of the individual contributor track: /),
        expect.stringMatching(
          /^Staff CSM is the highest level of the individual contributor track, .* starts the manager track\.$/,
        ),
      ]),
    );
  });

  it('note a specialty added to both levels', () => {
    expect(words('senior', 'staff', 'public-sector').notes.at(-1)).toMatch(/^Public Sector is added to both levels/);
  });
});

describe('linkNotesFor', () => {
  it('says what a link asked for that the ladder could not open as asked', () => {
    expect(linkNotesFor(ladder, '?to=associate')).toEqual([
      'Associate Customer Success Manager (CSM) is the first level on the job family page: no promotion leads to it, so its next step is shown.',
    ]);
    expect(linkNotesFor(ladder, '?from=senior&to=nope')).toEqual([
      'This link names a level or specialty that is not on the job family page: the ladder leaves it out.',
    ]);
    expect(linkNotesFor(ladder, '?from=senior&to=staff')).toEqual([]);
  });
});
