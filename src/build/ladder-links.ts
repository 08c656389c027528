import { lpt } from '../i18n/ladder-page-ui';
import { addLevelLinks, type LevelLink } from '../lib/ladder-links';
import { topOfTrackNote } from '../lib/ladder-names';
import { levelStep, selectionQuery } from '../lib/ladder-selection';
import type { Ladder, LadderLevel } from '../schemas/career-ladder';
import { getLadder, JOB_FAMILY_PATH } from './career-ladder';

/** The ladder's own route, under the job family page it is built from. */
const LADDER_PATH = `${JOB_FAMILY_PATH}ladder/`;

/** The ladder's address under the site's base path. */
export function ladderHref(base: string): string {
  return `${base}${LADDER_PATH.slice(1)}`;
}

/** A level's "Compare" link: the step `levelStep` gives it, worded as that step is, with a note when it needs one. */
export function compareLink(ladder: Ladder, level: LadderLevel, ladderUrl: string): LevelLink {
  const step = levelStep(ladder, level.slug);
  const to = ladder.levels.find((l) => l.slug === step.selection.to)?.name ?? step.selection.to;
  const text = {
    next: lpt('ladder.compareWith'),
    'other-track': lpt('ladder.compareWithLevel', { level: to }),
    // Short enough for one line on a phone; the note beside it says why it goes down.
    below: lpt('ladder.compareWithBelow'),
  }[step.kind];
  return {
    anchor: level.anchor,
    href: `${ladderUrl}${selectionQuery(step.selection)}#compare`,
    text,
    level: level.name,
    note: topOfTrackNote(ladder, level.slug),
  };
}

/**
 * The job family page's HTML with "Compare with another level" after each
 * level heading. A level heading the page no longer has fails the build.
 */
export function withLevelLinks(html: string, base: string): string {
  const ladder = getLadder();
  // Among the handbook's words, a note is labelled as the site's, as its asides are (on the ladder, all is the site's).
  const links = ladder.levels.map((level) => compareLink(ladder, level, ladderHref(base)));
  const { html: out, missing } = addLevelLinks(
    html,
    links.map((link) => (link.note ? { ...link, noteLabel: lpt('ladder.noteOnPage') } : link)),
  );
  if (missing.length > 0)
    throw new Error(`Career ladder links: no heading with id ${missing.join(', ')} on ${JOB_FAMILY_PATH}`);
  return out;
}
