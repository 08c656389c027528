import { translator } from './translator';

/**
 * What the plan builder says when another tab deletes a plan shown here, writes again one deleted here, or starts
 * one while this tab shows only its untouched draft (src/stores/plan-told.ts), looked up with `pet`. A module of its own, loaded with that message only.
 */
export const planElsewhereUi = {
  'plan.deletedThere': '“{title}” was deleted in another tab or window.',
  'plan.bringBack': 'Bring it back',
  'plan.deletedThereKept':
    '“{title}” was deleted in another tab or window while you were typing in it: it is kept here, with your words.',
  'plan.letGo': 'Delete it',
  'plan.cameBack': '“{title}” is back: another tab or window kept it.',
  'plan.openedThere':
    '“{title}” was started in another tab or window: it is open here, in place of the new plan no one had typed in.',
} as const;

/** Looks up a string of `planElsewhereUi` (see `translator`). */
export const pet = translator(planElsewhereUi);
