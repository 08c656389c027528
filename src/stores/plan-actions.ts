import {
  addAction,
  addGoal,
  addPerson,
  moveAction,
  moveGoal,
  movePerson,
  updateAction,
  updateGoal,
  updatePerson,
  updatePhase,
  updatePlanFields,
} from '../lib/plan-model';
import type { Phase, Plan } from '../schemas/plan';
import { editPlan } from './plans';

/*
 * The plan builder's edits, by name: islands call these and stay declarative.
 * Each is one pure edit from src/lib/plan-model.ts applied through `editPlan`
 * (stamped, autosaved), with the edit's arguments after the plan's id. Removals with Undo are in
 * islands/plan/removal.ts.
 */

/** The pure edit `change` (its arguments between the plan and the time) as an edit of the plan `planId`. */
const byName =
  <A extends unknown[]>(change: (plan: Plan, ...args: [...A, number]) => Plan) =>
  (planId: string, ...args: A): void =>
    editPlan(planId, (plan, now) => change(plan, ...args, now));

export const setPlanFields = byName(updatePlanFields);
export const setPhaseFields = byName(updatePhase);
export const appendGoal = byName(addGoal);
export const setGoalFields = byName(updateGoal);
export const moveGoalBy = byName(moveGoal);
export const appendAction = byName(addAction);
export const setActionFields = byName(updateAction);
export const moveActionBy = byName(moveAction);
export const appendPerson = byName(addPerson);
export const setPersonFields = byName(updatePerson);
export const movePersonBy = byName(movePerson);

/** One part of a phase's end-of-phase review, merged into the review as it is now. */
export function setReviewField(planId: string, phase: number, part: keyof Phase['review'], value: string): void {
  editPlan(planId, (plan, now) => {
    const review = plan.phases[phase]?.review ?? { happened: '', why: '', next: '' };
    return updatePhase(plan, phase, { review: { ...review, [part]: value } }, now);
  });
}
