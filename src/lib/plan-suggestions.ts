import type { ActionOwner, Goal, GoalCategory, Plan } from '../schemas/plan';
import { addAction, addGoal, isFull, newId } from './plan-model';

/** What adding an idea from the handbook needs to know about it. */
export interface SuggestionIdea {
  kind: 'goal' | 'action';
  category: GoalCategory;
  owner?: ActionOwner | undefined;
  text: string;
  measure?: string | undefined;
}

/** The list an idea would go into, when that list is full: the phase's goals, or the actions of its last goal (and its number). */
export type FullList = { list: 'goals' } | { list: 'actions'; goal: Goal; number: number };

/** Why an idea cannot be added to a phase, or undefined when it can. */
export function suggestionBlocked(plan: Plan, idea: SuggestionIdea, phase: number): FullList | undefined {
  const goals = plan.phases[phase]?.goals ?? [];
  const lastGoal = goals.at(-1);
  // An action goes under the phase's last goal; with no goal yet, it comes with a new one.
  if (idea.kind === 'action' && lastGoal) {
    return isFull(lastGoal.actions) ? { list: 'actions', goal: lastGoal, number: goals.length } : undefined;
  }
  return isFull(goals) ? { list: 'goals' } : undefined;
}

/** Adds an idea to a phase: a goal as it is, an action under the phase's last goal (or a new one). */
export function addSuggestion(plan: Plan, idea: SuggestionIdea, phase: number, now: number): Plan {
  if (idea.kind === 'goal') {
    return addGoal(
      plan,
      phase,
      { id: newId(), text: idea.text, category: idea.category, measure: idea.measure ?? '', actions: [] },
      now,
    );
  }
  const action = { id: newId(), text: idea.text, owner: idea.owner ?? 'self', status: 'todo' as const };
  const lastGoal = plan.phases[phase]?.goals.at(-1);
  if (lastGoal) return addAction(plan, phase, lastGoal.id, action, now);
  return addGoal(plan, phase, { id: newId(), text: '', category: idea.category, measure: '', actions: [action] }, now);
}
