import { itemSegments } from '../../lib/ladder';
import type { LadderItem } from '../../schemas/career-ladder';
import { InlineText } from '../InlineText';

/** An item's words as the page has them, its links kept ("CSM-related metrics"). */
export function ItemWords({ item }: { item: LadderItem }) {
  return <InlineText segments={itemSegments(item)} />;
}
