import type { Ladder } from '../schemas/career-ladder';
import type { LadderRating, LadderRatingValue } from '../schemas/ladder-records';
import { compareLevels, newItems, type ResolvedItem } from './ladder';
import type { LadderSelection } from './ladder-selection';

/** Progress towards a level: its new items by how far the reader has shown them. */
export interface LadderProgress {
  total: number;
  demonstrated: number;
  partly: number;
  notYet: number;
  unrated: number;
}

export function ratingOf(
  ratings: Readonly<Record<string, LadderRating | undefined>>,
  itemId: string,
): LadderRatingValue | undefined {
  return Object.hasOwn(ratings, itemId) ? ratings[itemId]?.rating : undefined;
}

/** Counts the ratings of `items` (the new items of one group, or of all groups). */
export function ladderProgress(
  items: readonly ResolvedItem[],
  ratings: Readonly<Record<string, LadderRating | undefined>>,
): LadderProgress {
  const progress: LadderProgress = { total: items.length, demonstrated: 0, partly: 0, notYet: 0, unrated: 0 };
  for (const { item } of items) {
    const rating = ratingOf(ratings, item.id);
    if (rating === 'demonstrated') progress.demonstrated += 1;
    else if (rating === 'partly') progress.partly += 1;
    else if (rating === 'not-yet') progress.notYet += 1;
    else progress.unrated += 1;
  }
  return progress;
}

/**
 * Progress towards the target of a comparison (the levels last compared, for My progress): its new items; none
 * when the target is below the reader's level (`Comparison.lower`), which is never assessed for, so never a promotion.
 */
export function selectionProgress(
  ladder: Ladder,
  selection: LadderSelection,
  ratings: Readonly<Record<string, LadderRating | undefined>>,
): LadderProgress {
  const comparison = compareLevels(ladder, selection.from, selection.to, selection.specialty);
  return ladderProgress(comparison.lower ? [] : newItems(comparison), ratings);
}
