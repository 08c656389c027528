import { pst } from '../i18n/plan-store-ui';
import type { Plan } from '../schemas/plan';
import { formatDate } from './dates';
import { PHASE_DAYS } from './plan-dates';

/*
 * A plan's and a phase's title, in the page, on My progress's plan cards and in the exports. Its words are plan-store-ui.ts's,
 * which loads where the plans' store does; a goal's category and an action's owner and status are the plan
 * builder's own words (plan-ui.ts, `plan.category.*`, `plan.owner.*`, `plan.status.*`), kept out of My progress.
 */

/**
 * "Days 1–30", "Days 31–60", "Days 61–90": one for each phase, as its days are. A title for each of PHASE_DAYS's
 * three, which `map` types as an array of any length (written as three calls, about 30 bytes gzip more on the plan
 * builder and on My progress).
 */
export const PHASE_TITLES = PHASE_DAYS.map((days) => pst('plan.phaseTitle', days)) as unknown as readonly [
  string,
  string,
  string,
];

/** A plan's title as the page, its messages and My progress name it: "Untitled plan" when it has none. */
export const titleOf = (plan: Plan) => plan.title.trim() || pst('plan.untitled');

/** "Copy saved from a review link on 12 Jan 2027" for such a copy, which keeps the link's title; else nothing. */
export const reviewCopyNote = (plan: Plan) =>
  plan.savedFromReview && pst('plan.fromReview', { date: formatDate(plan.savedFromReview) });
