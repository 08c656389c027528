import { lt } from '../i18n/ladder-ui';
import type { Ladder, LadderLevel } from '../schemas/career-ladder';
import { type Comparison, familyItems, mixedExtendsShown } from './ladder';
import { levelName, topOfTrackNote } from './ladder-names';
import { namesUnknown, noStepTo } from './ladder-selection';
import { wordList } from './word-list';

/*
 * The words the career ladder says about the two levels it compares: the summary sentence over the comparison, and
 * the notes under it.
 */

/** "14 new responsibilities, 8 new requirements and 3 new performance indicators". */
function countsText(comparison: Comparison): string {
  return wordList(
    comparison.groups
      .filter((g) => g.added.length > 0)
      .map((g) => lt(`ladder.count.${g.group}`, { count: g.added.length })),
  );
}

/** The summary sentence, and how many of the job family's own items are shown apart. */
export function summaryText(comparison: Comparison, from: LadderLevel, to: LadderLevel): string {
  if (from.slug === to.slug) return lt('ladder.summarySame');
  const counts = countsText(comparison);
  const summary = counts
    ? lt('ladder.summary', { to: to.name, from: from.name, counts })
    : lt('ladder.summaryNothing', { to: to.name, from: from.name });
  const family = familyItems(comparison).length;
  return family > 0 ? `${summary} ${lt('ladder.summaryFamily', { count: family })}` : summary;
}

/**
 * What a link's query asked for that the ladder could not open as asked: the first level, which no promotion leads
 * to (`noStepTo`), and a name the job family page does not list (`namesUnknown`), left out.
 */
export function linkNotesFor(ladder: Ladder, search: string): string[] {
  const noStep = noStepTo(ladder, search);
  return [
    ...(noStep ? [lt('ladder.noStepTo', { level: levelName(ladder, noStep) })] : []),
    ...(namesUnknown(search) ? [lt('ladder.unknownInLink')] : []),
  ];
}

/** What the reader should know about this pair of levels: tracks, grades, the top of a track, the specialty. */
export function pairNotes(ladder: Ladder, comparison: Comparison, from: LadderLevel, to: LadderLevel): string[] {
  const notes: string[] = [];
  if (from.slug !== to.slug && !comparison.toExtendsFrom) {
    notes.push(
      from.track !== to.track
        ? lt('ladder.otherTrack', { to: to.name, from: from.name, track: lt(`ladder.trackLong.${from.track}`) })
        : lt('ladder.lowerTarget', { to: to.name, from: from.name }),
    );
  }
  // Items the higher level "extends" but does not keep, shown "Only at …" or "New": the page's mixed "Extends" says why.
  for (const mixed of mixedExtendsShown(ladder, comparison)) {
    notes.push(
      lt('ladder.mixedExtends', {
        level: levelName(ladder, mixed.level),
        responsibilities: levelName(ladder, mixed.responsibilities),
        requirements: levelName(ladder, mixed.requirements),
      }),
    );
  }
  const top = from.slug !== to.slug ? topOfTrackNote(ladder, from.slug) : undefined;
  if (top) notes.push(top);
  if (from.slug !== to.slug && from.grade !== undefined && from.grade === to.grade) {
    notes.push(lt('ladder.sameGrade', { grade: from.grade }));
  }
  const specialty = ladder.specialties.find((s) => s.slug === comparison.specialty);
  if (specialty) {
    // Only Public Sector's section ties it to "the corresponding … level": quoted where the page says it, and
    // where a section says nothing of levels (Strategic, Success at Scale, Customer Programs) the note says so.
    const quotes = specialty.notes.map((sentence) => `“${sentence.replace(/:$/, '')}”`);
    notes.push(
      quotes.length > 0
        ? lt('ladder.specialtyNote', { specialty: specialty.label, quotes: wordList(quotes) })
        : lt('ladder.specialtySilent', { specialty: specialty.label, name: specialty.name }),
    );
    if (specialty.lists.specialty) notes.push(lt('ladder.specialtyUngrouped', { specialty: specialty.label }));
  }
  return notes;
}
