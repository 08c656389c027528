import { planT } from '../../i18n/plan-ui';
import { focusAfterRender } from '../focus-after-render';

interface MoveProps {
  /** The item's element id: the buttons' ids start with it, so the focus can find them again. */
  itemId: string;
  label: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  removeLabel: string;
  first: boolean;
  last: boolean;
}

/** The element id of an item's tools (`ItemTools`), where the focus goes when the item before it is removed. */
export const toolsOf = (itemId: string) => `${itemId}-tools`;

/** Move up, move down and remove buttons for one item of a list (keyboard reordering). */
export function ItemTools({ itemId, label, onMove, onRemove, removeLabel, first, last }: MoveProps) {
  const up = `${itemId}-up`;
  const down = `${itemId}-down`;
  // The moved item is re-inserted in the page, which drops the focus: put it back on the same
  // button, or on the other one when this one is disabled at the top or bottom.
  const move = (delta: -1 | 1) => {
    focusAfterRender(delta < 0 ? [up, down] : [down, up]);
    onMove(delta);
  };
  return (
    <div class="plan-item-tools" id={toolsOf(itemId)} role="group" aria-label={label}>
      <button
        type="button"
        id={up}
        class="button button--small"
        disabled={first}
        onClick={() => move(-1)}
        aria-label={`${planT('plan.moveUp')}: ${label}`}
      >
        ↑
      </button>
      <button
        type="button"
        id={down}
        class="button button--small"
        disabled={last}
        onClick={() => move(1)}
        aria-label={`${planT('plan.moveDown')}: ${label}`}
      >
        ↓
      </button>
      <button
        type="button"
        class="button button--small button--danger"
        onClick={onRemove}
        aria-label={`${removeLabel}: ${label}`}
      >
        ×
      </button>
    </div>
  );
}
