import { pet } from '../i18n/plan-elsewhere-ui';
import { pst } from '../i18n/plan-store-ui';
import { titleOf } from '../lib/plan-labels';
import type { Plan } from '../schemas/plan';
import { announce } from './announcer';
import { $currentPlanId, deletePlan, planStoreForRestore as planStore } from './plans';

/*
 * What the plan builder says when another tab deletes a plan, or writes again one this tab deleted
 * (src/stores/plan-elsewhere.ts). Loaded then: it is rare, and the builder's first load is counted.
 */

/**
 * `deleted`: the plan went here too; it can come back from this tab's copy. `typing`: it stays, as this tab's
 * autosave writes it again; it can be let go. `back`: this tab deleted it, and another tab wrote it again. Each
 * action moves the focus to the plan list (`focusList`), as its button goes.
 */
export function tellPlanElsewhere(plan: Plan, what: 'deleted' | 'typing' | 'back', focusList: () => void): void {
  const title = titleOf(plan);
  if (what === 'back') announce(pet('plan.cameBack', { title }));
  else if (what === 'typing')
    announce(pet('plan.deletedThereKept', { title }), 'info', {
      label: pet('plan.letGo'),
      run: () => {
        focusList();
        deletePlan(plan.id, focusList);
      },
    });
  else
    announce(pet('plan.deletedThere', { title }), 'info', {
      label: pet('plan.bringBack'),
      run: () => {
        planStore.set(plan.id, plan);
        $currentPlanId.set(plan.id);
        focusList();
        announce(pst('plan.restored', { item: title }));
      },
    });
}
