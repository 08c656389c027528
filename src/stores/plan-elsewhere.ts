import { readPlan } from '../lib/plan-records';
import { $currentPlanId, $plans, planStoreForRestore as planStore } from './plans';
import { recordKeys } from './record-keys';
import { onExternalChange, readKey } from './storage-session';

/*
 * The plan builder hears another tab delete a plan, or save one new here (one this tab deleted, written again; one
 * started there while this tab shows only its untouched draft), and tells the reader (src/stores/plan-told.ts,
 * loaded then: it is rare). The builder's alone: My progress's plan cards only show what is stored.
 */

const PLAN_PREFIX = recordKeys.plan('');

/**
 * Follows other tabs' changes to plans; called before the plans' store starts, so each change is heard before
 * the store takes it in, while the plan this tab shows is still here to tell of. A plan deleted there goes here
 * too, unless this tab is typing in it: its autosave writes it again, so the reader's words are never dropped
 * unsaid. `focusList` moves the focus to the plan list, or to New plan with none: called at once when the plan on
 * screen goes, before the render that takes away the field the focus was in.
 */
export function followPlansElsewhere(focusList: () => void): void {
  onExternalChange((key) => {
    if (!key?.startsWith(PLAN_PREFIX)) return;
    const id = key.slice(PLAN_PREFIX.length);
    const shown = Object.hasOwn($plans.get(), id) ? $plans.get()[id] : undefined;
    const stored = readKey(key, readPlan);
    const typing = planStore.unsaved(id);
    const gone = shown && stored.kind === 'missing';
    if (gone && !typing && $currentPlanId.get() === id) focusList();
    // A plan new here: one this tab deleted, written again, or one that may take this tab's untouched draft's place.
    const plan = gone ? shown : stored.kind === 'ok' && !shown ? stored.value : undefined;
    if (plan)
      import('./plan-told').then(
        (told) => told.tellPlanElsewhere(plan, gone ? (typing ? 'typing' : 'deleted') : 'new', focusList),
        () => {},
      );
  });
}
