import { useState } from 'preact/hooks';
import { t } from '../../i18n/ui';
import { PHASE_TITLES } from '../../lib/plan-labels';
import { type FullList, suggestionBlocked } from '../../lib/plan-suggestions';
import { quoted } from '../../lib/text-limit';
import { type GoalCategory, MAX_PLAN_ITEMS, type Plan } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { addIdea } from '../../stores/plan-actions';

/** A suggestion as the island gets it: source link already resolved. */
export interface SuggestionView {
  id: string;
  kind: 'goal' | 'action';
  phase: 1 | 2 | 3;
  category: GoalCategory;
  owner?: 'self' | 'manager' | 'mentor' | 'other';
  text: string;
  measure?: string;
  sourceHref: string;
  sourceLabel: string;
}

/** Ideas drawn from the handbook, each one click away from a phase. */
export function Suggestions({ plan, suggestions }: { plan: Plan; suggestions: SuggestionView[] }) {
  const [target, setTarget] = useState<'best' | 0 | 1 | 2>('best');
  return (
    <section class="plan-suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('plan.suggestions')}</h2>
      <p>{t('plan.suggestionsIntro')}</p>
      <div class="plan-field">
        <label for="suggestion-target">{t('plan.addTo')}</label>
        <select
          id="suggestion-target"
          value={String(target)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setTarget(value === 'best' ? 'best' : (Number(value) as 0 | 1 | 2));
          }}
        >
          <option value="best">The phase each idea fits best</option>
          {PHASE_TITLES.map((title, index) => (
            <option key={title} value={String(index)}>
              {title}
            </option>
          ))}
        </select>
      </div>
      <ul class="plan-suggestions__list">
        {suggestions.map((suggestion) => {
          const phase = target === 'best' ? suggestion.phase - 1 : target;
          const phaseTitle = PHASE_TITLES[phase] ?? PHASE_TITLES[0];
          return (
            <li key={suggestion.id} class="plan-suggestion">
              <span class="badge">{suggestion.kind === 'goal' ? t('plan.asGoal') : t('plan.asAction')}</span>
              <span class="plan-suggestion__text">{suggestion.text}</span>
              <a class="plan-suggestion__source" href={suggestion.sourceHref}>
                {t('plan.source', { label: suggestion.sourceLabel })}
              </a>
              <button
                type="button"
                class="button button--small"
                aria-label={t('plan.addSuggestion', { text: suggestion.text, phase: phaseTitle })}
                onClick={() => {
                  const blocked = suggestionBlocked(plan, suggestion, phase);
                  if (blocked) {
                    announce(t('plan.notAdded', { reason: fullListMessage(blocked, phaseTitle) }), 'error');
                    return;
                  }
                  addIdea(plan.id, suggestion, phase);
                  announce(t('plan.suggestionAdded', { phase: phaseTitle, text: suggestion.text }));
                }}
              >
                + {phaseTitle}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The same words as under the full list's own "+ Add" button. */
function fullListMessage(blocked: FullList, phaseTitle: string): string {
  if (blocked.list === 'goals') return t('plan.goalsFull', { phase: phaseTitle, max: MAX_PLAN_ITEMS });
  const goal = quoted(blocked.goal.text.trim() || t('plan.goalN', { n: blocked.number }));
  return t('plan.actionsFull', { goal, max: MAX_PLAN_ITEMS });
}
