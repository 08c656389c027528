import type { Plan } from '../schemas/plan';
import { phaseRange } from './plan-dates';
import type { Progress } from './progress';

/** Actions done out of those that count (not-applicable ones left out), for one phase of a plan. */
export function phaseProgress(plan: Plan, index: number): Progress {
  const actions = plan.phases[index]?.goals.flatMap((goal) => goal.actions) ?? [];
  const notApplicable = actions.filter((action) => action.status === 'na').length;
  const done = actions.filter((action) => action.status === 'done').length;
  return { done, total: actions.length - notApplicable, notApplicable };
}

/**
 * The phase the reader is in (0, 1, 2): by date when the plan has a start
 * date and today falls in it, otherwise the first phase with an action still
 * open. Undefined before the start, after day 90, or when every action is done.
 */
export function currentPhase(plan: Plan, today: string): number | undefined {
  if (plan.startDate) {
    for (const index of [0, 1, 2]) {
      const range = phaseRange(plan.startDate, index);
      if (range.start <= today && today <= (range.end ?? range.start)) return index;
    }
    return undefined;
  }
  const open = [0, 1, 2].find((index) => {
    const progress = phaseProgress(plan, index);
    return progress.done < progress.total;
  });
  return open;
}
