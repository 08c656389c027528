import { describe, expect, it } from 'vitest';
import { compareLevels, ladderQuirks } from '../../src/lib/ladder';
import { promotionDraft } from '../../src/lib/ladder-markdown';
import { familyLabel, levelName, topOfTrackNote } from '../../src/lib/ladder-names';
import { pairNotes, summaryText } from '../../src/lib/ladder-notes';
import { quirkText } from '../../src/lib/ladder-quirk-text';
import type { LevelSlug } from '../../src/schemas/career-ladder';
import { readLadder, seedLevelTitles } from '../support/ladder';

/*
 * A tool built from a handbook system uses its exact wording: the ladder names each level by the title the job
 * family page heads it with, read here from the seed, never from a copy in this file.
 */
const { ladder } = readLadder();
const TITLES = seedLevelTitles();
const level = (slug: LevelSlug) => ladder.levels.find((l) => l.slug === slug) as (typeof ladder.levels)[number];
/** The seed's title of a level, by its place on the page. */
const title = (slug: LevelSlug) => TITLES[ladder.levels.findIndex((l) => l.slug === slug)] as string;

describe('the ladder names a level by the handbook’s title', () => {
  it('reads the nine titles from the seed, in the page’s order', () => {
    expect(TITLES).toHaveLength(9);
    expect(TITLES).toContain('Director of Customer Success');
  });

  it('names every level as the job family page heads it', () => {
    expect(ladder.levels.map((l) => levelName(ladder, l.slug))).toEqual(TITLES);
  });

  it('says the top of a track and of the page with the titles', () => {
    expect(topOfTrackNote(ladder, 'vp')).toBe(
      `${title('vp')} is the highest level on the job family page: there is no higher level to compare it with.`,
    );
    expect(topOfTrackNote(ladder, 'staff')).toContain(`; ${title('manager')}, the next level on the page,`);
  });

  it('says where the page states a job family item with the titles', () => {
    const resolved = compareLevels(ladder, 'senior-director', 'vp').groups.flatMap((g) => g.family)[0];
    expect(resolved && familyLabel(ladder, resolved)).toBe(
      `the job family’s own; the page states it under ${title('staff')} and ${title('vp')} only`,
    );
  });

  it('sums up and notes a comparison with the titles', () => {
    expect(summaryText(compareLevels(ladder, 'senior-director', 'vp'), level('senior-director'), level('vp'))).toMatch(
      new RegExp(`^${title('vp')} compared with ${title('senior-director')}: `),
    );
    const comparison = compareLevels(ladder, 'vp', 'director');
    expect(pairNotes(ladder, comparison, level('vp'), level('director'))).toContain(
      `${title('director')} is not above ${title('vp')} on the ladder: “new” here means what ${title('director')} lists and ${title('vp')} does not.`,
    );
  });

  it('says the page’s quirks with the titles', () => {
    const texts = ladderQuirks(ladder).map((quirk) => quirkText(ladder, quirk));
    expect(texts).toContain(
      `${title('senior-director')} restates 1 of the requirements it extends; it is counted once, where it first appears.`,
    );
  });

  it('titles the promotion document draft, its parts and its job family items with the titles', () => {
    const md = promotionDraft({
      comparison: compareLevels(ladder, 'senior-director', 'vp'),
      ratings: {},
      evidence: {},
      date: '2027-01-04',
      ladder,
    });
    expect(md.split('\n')[0]).toBe(`# Promotion document draft: ${title('senior-director')} to ${title('vp')}`);
    expect(md).toContain(`### Responsibilities new at ${title('vp')}`);
    expect(md).toContain(`(the page states it under ${title('staff')} and ${title('vp')} only)`);
  });
});
