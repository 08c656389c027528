import type { ReviewSession } from '../../schemas/manager';
import type { ReviewView } from './toolkit';

/**
 * How many of a review's items a session has ticked: its history line says it
 * ("1 of 5 ticked"), and finishing with none ticked asks first, as a finished
 * session counts as done for the review's cadence. Items of the session that
 * the review no longer has are not counted.
 */
export function tickedCount(review: Pick<ReviewView, 'items'>, session: Pick<ReviewSession, 'items'>): number {
  return review.items.filter((item) => Object.hasOwn(session.items, item.id) && session.items[item.id]?.done).length;
}
