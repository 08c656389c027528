import { lt } from '../i18n/ladder-ui';
import type { Ladder, LadderGroup, LevelSlug } from '../schemas/career-ladder';
import { familyStatedAt, type ItemOrigin, type ResolvedItem } from './ladder';
import { levelStep } from './ladder-selection';
import { wordList } from './word-list';

/** The level's title as the job family page heads it ("Director of Customer Success"): the ladder's one name for it. */
export function levelName(ladder: Ladder, slug: LevelSlug): string {
  return ladder.levels.find((l) => l.slug === slug)?.name ?? slug;
}

/** A level's title ("Staff CSM"), or a specialty's label. */
export function originName(ladder: Ladder, origin: ItemOrigin): string {
  if (origin === 'family') return lt('ladder.origin.family');
  // Not a specialty: a level (the slugs of the two never meet: src/schemas/ladder-slugs.ts).
  return ladder.specialties.find((s) => s.slug === origin)?.label ?? levelName(ladder, origin as LevelSlug);
}

/** A group's heading as the job family page words it ("Performance indicators"). */
export function groupLabel(group: LadderGroup): string {
  return lt(`ladder.group.${group}`);
}

/** "from Senior CSM", or "from the job family's own list". */
export function originLabel(ladder: Ladder, origin: ItemOrigin): string {
  return origin === 'family' ? lt('ladder.origin.family') : lt('ladder.origin', { level: originName(ladder, origin) });
}

/** "the job family’s own; the page states it under Staff CSM and Vice President of Customer Success only". */
export function familyLabel(ladder: Ladder, resolved: ResolvedItem): string {
  const levels = familyStatedAt(ladder, resolved.group, resolved.item.text).map((slug) => levelName(ladder, slug));
  return lt('ladder.familyStated', { levels: wordList(levels) });
}

/** What a level's place says when it has no higher level on its track (Staff CSM, Vice President of Customer Success); else undefined. */
export function topOfTrackNote(ladder: Ladder, slug: LevelSlug): string | undefined {
  const step = levelStep(ladder, slug);
  const level = ladder.levels.find((l) => l.slug === slug);
  if (!level || step.kind === 'next') return undefined;
  if (step.kind === 'below') return lt('ladder.topLevel', { level: level.name });
  const next = ladder.levels.find((l) => l.slug === step.selection.to);
  return lt('ladder.topOfTrack', {
    level: level.name,
    track: lt(`ladder.trackLong.${level.track}`),
    next: next?.name ?? step.selection.to,
    nextTrack: lt(`ladder.trackLong.${next?.track ?? level.track}`),
  });
}
