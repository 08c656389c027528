import {
  addAction,
  addGoal,
  addPerson,
  moveAction,
  moveGoal,
  movePerson,
  type PlanFields,
  updateAction,
  updateGoal,
  updatePerson,
  updatePhase,
  updatePlanFields,
} from '../lib/plan-model';
import type { Action, Goal, Person, Phase } from '../schemas/plan';
import { editPlan } from './plans';

/*
 * The plan builder's edits, by name: islands call these and stay declarative.
 * Each is one pure edit from src/lib/plan-model.ts applied through `editPlan`
 * (stamped, autosaved). Removals with Undo are in islands/plan/removal.ts.
 */

export function setPlanFields(planId: string, fields: PlanFields): void {
  editPlan(planId, (plan, now) => updatePlanFields(plan, fields, now));
}

export function setPhaseFields(planId: string, phase: number, fields: Partial<Pick<Phase, 'theme' | 'review'>>): void {
  editPlan(planId, (plan, now) => updatePhase(plan, phase, fields, now));
}

export function appendGoal(planId: string, phase: number, goal: Goal): void {
  editPlan(planId, (plan, now) => addGoal(plan, phase, goal, now));
}

export function setGoalFields(
  planId: string,
  phase: number,
  goalId: string,
  fields: Partial<Omit<Goal, 'id' | 'actions'>>,
): void {
  editPlan(planId, (plan, now) => updateGoal(plan, phase, goalId, fields, now));
}

export function moveGoalBy(planId: string, phase: number, goalId: string, delta: number): void {
  editPlan(planId, (plan, now) => moveGoal(plan, phase, goalId, delta, now));
}

export function appendAction(planId: string, phase: number, goalId: string, action: Action): void {
  editPlan(planId, (plan, now) => addAction(plan, phase, goalId, action, now));
}

export function setActionFields(
  planId: string,
  phase: number,
  goalId: string,
  actionId: string,
  fields: Partial<Omit<Action, 'id'>>,
): void {
  editPlan(planId, (plan, now) => updateAction(plan, phase, goalId, actionId, fields, now));
}

export function moveActionBy(planId: string, phase: number, goalId: string, actionId: string, delta: number): void {
  editPlan(planId, (plan, now) => moveAction(plan, phase, goalId, actionId, delta, now));
}

export function appendPerson(planId: string, phase: number, person: Person): void {
  editPlan(planId, (plan, now) => addPerson(plan, phase, person, now));
}

export function setPersonFields(
  planId: string,
  phase: number,
  personId: string,
  fields: Partial<Omit<Person, 'id'>>,
): void {
  editPlan(planId, (plan, now) => updatePerson(plan, phase, personId, fields, now));
}

export function movePersonBy(planId: string, phase: number, personId: string, delta: number): void {
  editPlan(planId, (plan, now) => movePerson(plan, phase, personId, delta, now));
}

/** One part of a phase's end-of-phase review, merged into the review as it is now. */
export function setReviewField(planId: string, phase: number, part: keyof Phase['review'], value: string): void {
  editPlan(planId, (plan, now) => {
    const review = plan.phases[phase]?.review ?? { happened: '', why: '', next: '' };
    return updatePhase(plan, phase, { review: { ...review, [part]: value } }, now);
  });
}
