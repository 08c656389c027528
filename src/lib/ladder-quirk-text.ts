import { lpt } from '../i18n/ladder-page-ui';
import { lt } from '../i18n/ladder-ui';
import type { Ladder, LadderGroup, LevelSlug } from '../schemas/career-ladder';
import type { Quirk } from './ladder';
import { levelName } from './ladder-names';
import { wordList as list } from './word-list';

/*
 * The page's quirks in words, and the levels each concerns, so the ladder
 * says each where it matters (under those levels) and all of them together.
 * Build time only (the ladder page's .astro files): its words never ship as JavaScript.
 */

/** A group of a level's items, as a quirk's sentence names it. */
const groupWord = (group: LadderGroup) => lpt(`ladder.quirk.group.${group}`);

/** The quirk as a sentence for the reader. */
export function quirkText(ladder: Ladder, quirk: Quirk): string {
  switch (quirk.kind) {
    case 'missing-grade': {
      const first = quirk.grades[0] ?? 0;
      const last = quirk.grades.at(-1) ?? 0;
      const graded = ladder.levels.filter((l) => l.grade !== undefined);
      const below = graded.filter((l) => (l.grade as number) < first).at(-1);
      const above = graded.find((l) => (l.grade as number) > last);
      return lpt('ladder.quirk.missing-grade', {
        grades: list(quirk.grades.map(String)),
        below: below?.grade ?? '',
        belowLevel: below?.name ?? '',
        above: above?.grade ?? '',
        aboveLevel: above?.name ?? '',
      });
    }
    case 'shared-grade':
      return lpt('ladder.quirk.shared-grade', {
        levels: list(quirk.levels.map((s) => levelName(ladder, s))),
        grade: quirk.grade,
      });
    case 'grade-sentence': {
      const level = ladder.levels.find((l) => l.slug === quirk.level);
      const values = { level: levelName(ladder, quirk.level), sentence: quirk.sentence, grade: level?.grade ?? '' };
      return quirk.upstream
        ? lpt('ladder.quirk.grade-sentence', { ...values, upstream: quirk.upstream })
        : lpt('ladder.quirk.grade-sentence-plain', values);
    }
    case 'mixed-extends':
      return lt('ladder.mixedExtends', {
        level: levelName(ladder, quirk.level),
        responsibilities: levelName(ladder, quirk.responsibilities),
        requirements: levelName(ladder, quirk.requirements),
      });
    case 'starts-fresh':
      return lpt('ladder.quirk.starts-fresh', { level: levelName(ladder, quirk.level) });
    case 'restated':
      return lpt('ladder.quirk.restated', {
        level: levelName(ladder, quirk.level),
        group: groupWord(quirk.group),
        count: quirk.count,
      });
    case 'family-stated':
      return lpt('ladder.quirk.family-stated', {
        levels: list(quirk.levels.map((s) => levelName(ladder, s))),
        group: groupWord(quirk.group),
        count: quirk.count,
      });
  }
}

/** The levels a quirk concerns: shown under each of them. */
export function quirkLevels(ladder: Ladder, quirk: Quirk): LevelSlug[] {
  switch (quirk.kind) {
    case 'missing-grade': {
      const above = ladder.levels.find(
        (l) => l.grade !== undefined && quirk.grades.some((g) => (l.grade as number) > g),
      );
      return above ? [above.slug] : [];
    }
    case 'shared-grade':
    case 'family-stated':
      return quirk.levels;
    default:
      return [quirk.level];
  }
}

/**
 * The site's note for a level's grade sentence that names another level (the Senior Director's, upstream, names the
 * Director): the page keeps the handbook's sentence as written and says so beside it. The first such sentence
 * only, as the page has one; undefined when none does.
 */
export function gradeSentenceNote(ladder: Ladder): { sentence: string; text: string; about: string } | undefined {
  for (const level of ladder.levels) {
    const subject = level.gradeSentence ? /^The (.+?),? is a job grade/.exec(level.gradeSentence)?.[1] : undefined;
    const named = ladder.levels.find((l) => l.slug !== level.slug && l.name === subject);
    if (!level.gradeSentence || !named || named.grade === undefined) continue;
    return {
      sentence: level.gradeSentence,
      text: lpt('ladder.gradeSentenceNote', {
        named: named.name,
        namedGrade: named.grade,
        level: level.name,
        grade: level.grade ?? '',
      }),
      about: lpt('ladder.gradeSentenceAbout', { level: level.name }),
    };
  }
  return undefined;
}
