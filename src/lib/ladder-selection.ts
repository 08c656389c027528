import {
  isLevelSlug,
  isSpecialtySlug,
  type Ladder,
  type LevelSlug,
  type SpecialtySlug,
} from '../schemas/career-ladder';

/*
 * Which two levels the ladder compares: from the address (`?from=senior&to=staff`,
 * so a manager can send a comparison), else the reader's last choice, else
 * Senior → Staff, the step the aspiring leaders program calls usual.
 */

export interface LadderSelection {
  from: LevelSlug;
  to: LevelSlug;
  specialty?: SpecialtySlug | undefined;
}

export const DEFAULT_SELECTION: LadderSelection = { from: 'senior', to: 'staff' };

/** The usual next step from a level: the level that extends it, else the next one on the page. */
export function nextLevel(ladder: Ladder, from: LevelSlug): LevelSlug {
  const extender = ladder.levels.find((level) => level.lists.responsibilities?.extends === from);
  if (extender) return extender.slug;
  const index = ladder.levels.findIndex((level) => level.slug === from);
  const next = ladder.levels[index + 1] ?? ladder.levels[index - 1];
  return next?.slug ?? from;
}

/** The level a level extends (its responsibilities'), else the one before it on the page. */
export function previousLevel(ladder: Ladder, to: LevelSlug): LevelSlug {
  const level = ladder.levels.find((l) => l.slug === to);
  const extended = level?.lists.responsibilities?.extends;
  if (extended && extended !== 'family') return extended;
  const index = ladder.levels.findIndex((l) => l.slug === to);
  return (ladder.levels[index - 1] ?? ladder.levels[index + 1])?.slug ?? to;
}

/** The selection named by an address's query, completed sensibly; undefined when it names no level. */
export function selectionFromQuery(ladder: Ladder, search: string): LadderSelection | undefined {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  const specialty = params.get('specialty');
  const picked = isSpecialtySlug(specialty) ? { specialty } : {};
  if (isLevelSlug(from) && isLevelSlug(to)) return { from, to, ...picked };
  if (isLevelSlug(from)) return { from, to: nextLevel(ladder, from), ...picked };
  if (isLevelSlug(to)) return { from: previousLevel(ladder, to), to, ...picked };
  return undefined;
}

/** The query naming a selection: `?from=senior&to=staff` (and `&specialty=…`). */
export function selectionQuery(selection: LadderSelection): string {
  const params = new URLSearchParams({ from: selection.from, to: selection.to });
  if (selection.specialty) params.set('specialty', selection.specialty);
  return `?${params.toString()}`;
}
