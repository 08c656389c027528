import { lt } from '../i18n/ladder-ui';
import type { Ladder } from '../schemas/career-ladder';
import { itemKey, type ResolvedItem } from './ladder';
import { groupLabel, originName } from './ladder-names';

/*
 * Two items new at one level can have the same words: the job family page lists "Proven ability to develop
 * strategies, translate them into initiatives and track successful delivery" under Manager, CSM Requirements
 * and again under Director Responsibilities, so from an individual contributor level both are new at Director.
 * Named by their words alone, their controls would share one name (and the draft list one line twice), so such
 * items, and only they, are also named by the section of the page that lists them. Two can never share a group:
 * a level's list keeps an item's words once (`resolveGroup`), so the group alone tells them apart.
 */

/** The ids of the items whose words another of `items` has too. */
export function twinIds(items: readonly ResolvedItem[]): Set<string> {
  const keys = items.map((r) => itemKey(r.item.text));
  return new Set(
    items
      .filter((_, i) => keys.indexOf(keys[i] as string) !== keys.lastIndexOf(keys[i] as string))
      .map((r) => r.item.id),
  );
}

/** "(Manager, CSM Requirements)": the section of the page that lists the item, as the page heads it. */
export function listedUnder(ladder: Ladder, resolved: ResolvedItem): string {
  return lt('ladder.listedUnder', {
    level: originName(ladder, resolved.origin),
    group: groupLabel(resolved.group),
  });
}
