import { pet } from '../i18n/plan-elsewhere-ui';
import { pst } from '../i18n/plan-store-ui';
import { titleOf } from '../lib/plan-labels';
import type { Plan } from '../schemas/plan';
import { announce } from './announcer';
import {
  $currentPlanId,
  $plans,
  deletedHere,
  deletePlan,
  planStoreForRestore as planStore,
  untouchedDraft,
} from './plans';

/*
 * What the plan builder says (and does) when another tab deletes a plan, writes again one this tab deleted, or saves
 * one while this tab shows only its untouched draft (src/stores/plan-elsewhere.ts). Loaded then: it is rare, and
 * the builder's first load is counted.
 */

/**
 * `deleted`: the plan went here too; it can come back from this tab's copy. `typing`: it stays, as this tab's
 * autosave writes it again; it can be let go. `new`: another tab saved a plan this tab did not have: if this tab
 * deleted it, it is back; if this tab still shows its untouched draft (a link opened twice), that plan takes the
 * draft's place, so the reader's next keys here edit the one plan rather than save a second (a draft typed in is a
 * plan of its own, and stays beside it). Each action moves the focus to the plan list (`focusList`), as its
 * button goes.
 */
export function tellPlanElsewhere(plan: Plan, what: 'deleted' | 'typing' | 'new', focusList: () => void): void {
  const title = titleOf(plan);
  const draft = untouchedDraft;
  if (what === 'new') {
    if (deletedHere.delete(plan.id)) announce(pet('plan.cameBack', { title }));
    else if (draft && $currentPlanId.get() === draft.id && $plans.get()[draft.id] === draft && $plans.get()[plan.id]) {
      $currentPlanId.set(plan.id);
      $plans.setKey(draft.id, undefined);
      announce(pet('plan.openedThere', { title }));
    }
  } else if (what === 'typing')
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
