/*
 * A count of things done out of those that count, as a progress meter, a ring and their words show it: the
 * checklists', a plan's phases'. Every planner page's first load carries this file (src/build/chunk-groups.ts),
 * so how the checklists count their tasks is in task-progress.ts, which only their pages load.
 */

export interface Progress {
  /** Items ticked. */
  done: number;
  /** Items that count: all but the not-applicable ones. */
  total: number;
  /** Items marked not applicable. */
  notApplicable: number;
  /** Items whose state is not known here (their record was not read): out of the count as N/A is, never open. */
  unknown?: number;
}

/**
 * Whether everything that counts is done (a list with nothing left that counts is complete too), and nothing is
 * not known here: a task this page could not read may be open.
 */
export function isComplete(progress: Progress): boolean {
  return progress.done === progress.total && !progress.unknown;
}

/** Whole percent done, 0 when nothing counts. */
export function percent(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
}
