import type { Goal, ItemSource, Plan } from '../schemas/plan';
import type { SuggestionIdea } from './plan-ideas';
import { addAction, addGoal, addPerson, isFull, newId } from './plan-model';

export type { SuggestionIdea } from './plan-ideas';

/** The list an idea would go into, when that list is full. */
export type FullList = { list: 'goals' } | { list: 'people' } | { list: 'actions'; goal: Goal; number: number };

function sourceOf(idea: SuggestionIdea): ItemSource {
  return { id: idea.id, ...idea.source };
}

/**
 * Why an idea cannot be added to a phase (under `goalId` for an action), or
 * undefined when it can. An action without a goal comes with a new goal.
 */
export function suggestionBlocked(
  plan: Plan,
  idea: SuggestionIdea,
  phase: number,
  goalId?: string,
): FullList | undefined {
  const goals = plan.phases[phase]?.goals ?? [];
  if (idea.kind === 'person') return isFull(plan.phases[phase]?.people ?? []) ? { list: 'people' } : undefined;
  const index = idea.kind === 'action' && goalId ? goals.findIndex((goal) => goal.id === goalId) : -1;
  const goal = goals[index];
  if (goal) return isFull(goal.actions) ? { list: 'actions', goal, number: index + 1 } : undefined;
  return isFull(goals) ? { list: 'goals' } : undefined;
}

/**
 * Adds an idea to a phase, with its source: a goal as it is, a person to
 * meet, an action under the goal `goalId` or else under a new goal named
 * after the idea's source section (never an empty goal).
 */
export function addSuggestion(plan: Plan, idea: SuggestionIdea, phase: number, now: number, goalId?: string): Plan {
  const source = sourceOf(idea);
  if (idea.kind === 'goal') {
    const goal = { id: newId(), text: idea.text, category: idea.category, measure: idea.measure ?? '', actions: [] };
    return addGoal(plan, phase, { ...goal, source }, now);
  }
  if (idea.kind === 'person') {
    const person = { id: newId(), name: idea.text, why: idea.why ?? '', met: false, source };
    return addPerson(plan, phase, idea.byDay === undefined ? person : { ...person, byDay: idea.byDay }, now);
  }
  const action = { id: newId(), text: idea.text, owner: idea.owner ?? 'self', status: 'todo' as const, source };
  if (goalId && plan.phases[phase]?.goals.some((goal) => goal.id === goalId)) {
    return addAction(plan, phase, goalId, action, now);
  }
  const goal = { id: newId(), text: idea.source.label, category: idea.category, measure: '', actions: [action] };
  return addGoal(plan, phase, goal, now);
}
