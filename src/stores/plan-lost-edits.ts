import type { LostEdit } from '../lib/plan-clock';
import { withPathValue } from '../lib/plan-path-value';
import { editPlan } from './plans';
import { offerBack } from './text-clash';

/*
 * This tab's plan texts that another tab's newer ones replaced, typed there without seeing them: the reader is
 * told and offered them back, in the words every planner uses (src/stores/text-clash.ts). Loaded then, by
 * src/stores/plans.ts: it is rare, and the plan builder's first load is counted.
 */

/** Tells the reader of `lost`, this tab's edits to the plan `planId` that the merge replaced, and offers them back. */
export function offerLostEdits(planId: string, lost: LostEdit[]): void {
  const texts = lost.map((edit) => (typeof edit.value === 'string' ? edit.value : JSON.stringify(edit.value)));
  offerBack(false, texts, () =>
    editPlan(planId, (plan) => lost.reduce((next, edit) => withPathValue(next, edit.path, edit.value), plan)),
  );
}
