import { planT } from '../../i18n/plan-ui';
import { pt } from '../../i18n/plan-views-ui';
import { PHASE_TITLES } from '../../lib/plan-labels';
import { type FullList, type SuggestionIdea, suggestionBlocked } from '../../lib/plan-suggestions';
import { quoted } from '../../lib/quoted';
import { MAX_PLAN_ITEMS } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { addIdea } from '../../stores/idea-actions';
import { $plans } from '../../stores/plans';

/*
 * What the "+ Days 1–30" button of an idea does, loaded the first time the
 * reader adds one (the builder's first load stays within its budget).
 */

/** Adds an idea to a phase of the plan as it is now, or says why it cannot. */
export function addIdeaToPlan(planId: string, idea: SuggestionIdea, phase: number, goalId?: string): void {
  const plan = $plans.get()[planId];
  if (!plan) return;
  const phaseTitle = PHASE_TITLES[phase] ?? PHASE_TITLES[0];
  const blocked = suggestionBlocked(plan, idea, phase, goalId);
  if (blocked) {
    announce(pt('plan.notAdded', { reason: fullListMessage(blocked, phaseTitle) }), 'error');
    return;
  }
  addIdea(planId, idea, phase, goalId);
  announce(pt('plan.suggestionAdded', { phase: phaseTitle, text: idea.text }));
}

/** The same words as under the full list's own "+ Add" button. */
function fullListMessage(blocked: FullList, phaseTitle: string): string {
  if (blocked.list === 'goals') return planT('plan.goalsFull', { phase: phaseTitle, max: MAX_PLAN_ITEMS });
  if (blocked.list === 'people') return planT('plan.peopleFull', { phase: phaseTitle, max: MAX_PLAN_ITEMS });
  const goal = quoted(blocked.goal.text.trim() || planT('plan.goalN', { n: blocked.number }));
  return planT('plan.actionsFull', { goal, max: MAX_PLAN_ITEMS });
}
