import { translator } from './translator';

/**
 * What the plans' store says (a plan duplicated, deleted and put back, one from a newer version), a plan's name
 * when it has no title and its phases' titles, a new plan's and a copy's first words (src/lib/plan-model.ts), looked up with `pst`. A module of its own, imported by the store and My progress's plan
 * cards, so it goes where the store goes (the plan builder and My progress) and the plan builder's other strings
 * (plan-ui.ts, about 1.7 KB gzip) stay out of My progress's first load.
 */
export const planStoreUi = {
  'storage.lockedPlan': 'This plan was saved by a newer version of the site and cannot be changed here.',
  'plan.duplicated': 'Duplicated as “{title}”.',
  'plan.deleted': 'Deleted “{title}”.',
  'plan.restored': '“{item}” is back.',
  'plan.untitled': 'Untitled plan',
  // A new plan's title and its phases' themes, and a duplicate's title (src/lib/plan-model.ts): the reader's own
  // words once the plan is saved, so a plan keeps them whatever this dictionary says later.
  'plan.newTitle': 'My 30-60-90 day plan',
  'plan.themeLearn': 'Learn',
  'plan.themePlan': 'Plan',
  'plan.themeAct': 'Act',
  'plan.copyOf': 'Copy of {title}',
  // A phase's title, "Days 1–30", from its days (src/lib/plan-labels.ts): My progress's plan cards show it too.
  'plan.phaseTitle': 'Days {first}–{last}',
  // Under the title of a copy saved from a review link, in "Your plans" and on My progress's plan cards
  // (src/lib/plan-labels.ts): the site's words, not the title, so two plans of one title differ.
  'plan.fromReview': 'Copy saved from a review link on {date}',
} as const;

/** Looks up a string of `planStoreUi` (see `translator`). */
export const pst = translator(planStoreUi);
