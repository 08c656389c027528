import { type Plan, planSchema } from '../schemas/plan';
import { CURRENT_VERSION } from '../schemas/stored';
import { type ReadResult, readVersioned } from './stored-records';

/*
 * The plans' reader has a module of its own, as the ladder's and the manager
 * toolkit's have (ladder-records.ts, manager/stored.ts): a module is bundled
 * whole into every page that reaches it, and the program pages, which read
 * task records through stored-records.ts, do not carry the plan schema.
 */

/**
 * Plans: v1 had no change stamps; v2 starts with none (every field counts as
 * unstamped). v3 adds optional item sources: a v2 plan is a v3 plan without them.
 * Each step gets an object of its version (readVersioned has checked `v`); the
 * plan schema checks the rest at the end.
 */
const PLAN_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  1: (value) => ({ ...(value as object), v: 2, clock: {}, removed: {} }),
  2: (value) => ({ ...(value as object), v: 3 }),
};

/** Reads a stored 30-60-90 plan. Never throws. */
export function readPlan(raw: string): ReadResult<Plan> {
  return readVersioned(raw, CURRENT_VERSION.plan, planSchema, PLAN_MIGRATIONS);
}
