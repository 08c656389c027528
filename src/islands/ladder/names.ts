import { lt } from '../../i18n/ladder-ui';
import type { ItemOrigin } from '../../lib/ladder';
import type { Ladder, LevelSlug } from '../../schemas/career-ladder';

/** A level's short name ("Staff CSM"), or a specialty's label. */
export function originName(ladder: Ladder, origin: ItemOrigin): string {
  if (origin === 'family') return lt('ladder.origin.family');
  const level = ladder.levels.find((l) => l.slug === origin);
  if (level) return level.short;
  return ladder.specialties.find((s) => s.slug === origin)?.label ?? origin;
}

export function levelShort(ladder: Ladder, slug: LevelSlug): string {
  return ladder.levels.find((l) => l.slug === slug)?.short ?? slug;
}

/** "from Senior CSM", or "from the job family's own list". */
export function originLabel(ladder: Ladder, origin: ItemOrigin): string {
  return origin === 'family' ? lt('ladder.origin.family') : lt('ladder.origin', { level: originName(ladder, origin) });
}
