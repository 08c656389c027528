import { addSuggestion, type SuggestionIdea } from '../lib/plan-suggestions';
import { editPlan } from './plans';

/*
 * Adding an idea from the handbook: its own module, loaded with the code that
 * adds ideas the first time the reader adds one (see islands/plan/idea-add.ts).
 */

/** Adds an idea to a phase: a goal, a person, or an action under `goalId` (else under a new goal). */
export function addIdea(planId: string, suggestion: SuggestionIdea, phase: number, goalId?: string): void {
  editPlan(planId, (plan, now) => addSuggestion(plan, suggestion, phase, now, goalId));
}
