import { pst } from '../../i18n/plan-store-ui';
import { planT } from '../../i18n/plan-ui';
import { t } from '../../i18n/ui';
import type { Plan } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { editPlan } from '../../stores/plans';
import { focusAfterRender } from '../focus-after-render';
import { toolsOf } from './ItemTools';

type Change = (plan: Plan, now: number) => Plan;

interface Removal {
  planId: string;
  /** The item as the messages name it ("Know the team", "Goal 2"). */
  item: string;
  remove: Change;
  /** Puts the very item back where it was; returns the plan unchanged when it cannot. */
  restore: Change;
  /** The element id of the item after it in its list, if any. */
  next: string | undefined;
  /** The list's Add button. */
  addId: string;
  /** The restored item's first field. */
  focusAfterRestore: string;
}

/**
 * Removes an item of a plan and offers Undo, as deleting a plan or resetting a checklist does. The focus goes to
 * the next item's first tool, else to the list's Add button (docs/plan-builder.md's rule): never into a field, where Ctrl+Z
 * is the field's own and would not bring the item back, nor to the previous item, whose × a second Enter would press.
 */
export function removeWithUndo({ planId, item, remove, restore, next, addId, focusAfterRestore }: Removal): void {
  focusAfterRender(next ? toolsOf(next) : addId);
  editPlan(planId, remove);
  announce(planT('plan.removed', { item }), 'info', {
    label: t('planner.undo'),
    run: () => {
      // The store calls the change at once; it is not called at all when the plan cannot be changed (it says why).
      const result: { outcome?: 'restored' | 'refused' } = {};
      focusAfterRender(focusAfterRestore);
      editPlan(planId, (plan, now) => {
        const next = restore(plan, now);
        result.outcome = next === plan ? 'refused' : 'restored';
        return next;
      });
      if (result.outcome === 'restored') announce(pst('plan.restored', { item }));
      else if (result.outcome === 'refused') announce(planT('plan.notRestored', { item }), 'error');
    },
  });
}
