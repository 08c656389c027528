import type { Ladder } from '../schemas/career-ladder';
import { isLevelSlug, isSpecialtySlug, type LevelSlug, type SpecialtySlug } from '../schemas/ladder-slugs';

/*
 * Which two levels the ladder compares: from the address (`?from=senior&to=staff`,
 * so a manager can send a comparison; `?from=` alone opens that level's step,
 * `levelStep`, and `?to=` alone the promotion to that level, `previousLevel`:
 * neither ever opens a lower level), else the reader's last choice, else
 * Senior → Staff, the step the aspiring leaders program calls usual.
 */

export interface LadderSelection {
  from: LevelSlug;
  to: LevelSlug;
  specialty?: SpecialtySlug | undefined;
}

export const DEFAULT_SELECTION: LadderSelection = { from: 'senior', to: 'staff' };

/**
 * The comparison a level's "Compare" link opens. The job family page only says "The next steps in the
 * Customer Success job family is to move to a senior job grade", so the step is read from the levels:
 * - `next`: the level that extends it (its track's next level, a higher grade);
 * - `other-track`: none extends it, so it is the highest of its track, and the next level on the page is on
 *   the other track (Staff CSM → Manager, CSM: the same grade, the path the aspiring leaders program describes);
 * - `below`: it is the last level, so there is no step up: the level below it is compared with it, the
 *   top level staying the one compared with (never "assess yourself for" a lower level).
 */
export type LevelStep = { kind: 'next' | 'other-track' | 'below'; selection: LadderSelection };

export function levelStep(ladder: Ladder, slug: LevelSlug): LevelStep {
  const extender = ladder.levels.find((level) => level.lists.responsibilities?.extends === slug);
  if (extender) return { kind: 'next', selection: { from: slug, to: extender.slug } };
  const index = ladder.levels.findIndex((level) => level.slug === slug);
  const level = ladder.levels[index];
  const next = ladder.levels[index + 1];
  if (next) {
    return { kind: next.track === level?.track ? 'next' : 'other-track', selection: { from: slug, to: next.slug } };
  }
  return { kind: 'below', selection: { from: previousLevel(ladder, slug) ?? slug, to: slug } };
}

/**
 * The level a promotion to `to` comes from: the level it extends (its responsibilities'), else the one before it
 * on the page; undefined for the first level (Associate CSM), which no promotion leads to.
 */
export function previousLevel(ladder: Ladder, to: LevelSlug): LevelSlug | undefined {
  const level = ladder.levels.find((l) => l.slug === to);
  const extended = level?.lists.responsibilities?.extends;
  if (extended && extended !== 'family') return extended;
  return ladder.levels[ladder.levels.findIndex((l) => l.slug === to) - 1]?.slug;
}

/**
 * The level a `?to=` link asks for when no promotion leads to it (the first level): the link opens that level's
 * own step instead, never a lower level compared with it, and the page says why (LadderTool).
 */
export function noStepTo(ladder: Ladder, search: string): LevelSlug | undefined {
  const params = new URLSearchParams(search);
  const to = params.get('to');
  return !isLevelSlug(params.get('from')) && isLevelSlug(to) && !previousLevel(ladder, to) ? to : undefined;
}

/**
 * Whether a link names a level or specialty the job family page does not list (`?from=foo`, `&specialty=nope`):
 * `selectionFromQuery` leaves it out, and the page says so rather than silently showing another pair. The page
 * does not repeat the name: words in a link are anyone's, and the page's notes are the site's.
 */
export function namesUnknown(search: string): boolean {
  const params = new URLSearchParams(search);
  const specialty = params.get('specialty');
  return (
    [params.get('from'), params.get('to')].some((name) => name && !isLevelSlug(name)) ||
    (!!specialty && !isSpecialtySlug(specialty))
  );
}

/** The selection named by an address's query, completed sensibly; undefined when it names no level. */
export function selectionFromQuery(ladder: Ladder, search: string): LadderSelection | undefined {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  const specialty = params.get('specialty');
  const picked = isSpecialtySlug(specialty) ? { specialty } : {};
  if (isLevelSlug(from) && isLevelSlug(to)) return { from, to, ...picked };
  if (isLevelSlug(from)) return { ...levelStep(ladder, from).selection, ...picked };
  if (isLevelSlug(to)) {
    const below = previousLevel(ladder, to);
    return { ...(below ? { from: below, to } : levelStep(ladder, to).selection), ...picked };
  }
  return undefined;
}

/** The query naming a selection: `?from=senior&to=staff` (and `&specialty=…`). */
export function selectionQuery(selection: LadderSelection): string {
  const params = new URLSearchParams({ from: selection.from, to: selection.to });
  if (selection.specialty) params.set('specialty', selection.specialty);
  return `?${params.toString()}`;
}
