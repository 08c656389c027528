import { useEffect, useRef, useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { pt } from '../../i18n/plan-views-ui';
import { t } from '../../i18n/ui';
import { PHASE_TITLES } from '../../lib/plan-labels';
import { quoted } from '../../lib/quoted';
import type { Plan } from '../../schemas/plan';
import type { Asking } from './Ideas';
import { KeepPhaseTitles } from './KeepPhaseTitles';

interface Props {
  id: string;
  plan: Plan;
  asking: Asking;
  onConfirm: (goalId: string | undefined) => void;
  onClose: () => void;
}

/** Asks before adding an idea again, and which goal an action goes under. Cancel has the focus. */
export default function IdeaDialog({ id, plan, asking, onConfirm, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => dialogRef.current?.showModal(), []);
  const goals = plan.phases[asking.phase]?.goals ?? [];
  const pickGoal = asking.idea.kind === 'action' && goals.length > 0;
  const [goalId, setGoalId] = useState<string>('');
  // The phase's last goal unless the reader picks another, or a new goal ("new").
  const chosen = goalId === 'new' || goals.some((goal) => goal.id === goalId) ? goalId : (goals.at(-1)?.id ?? '');
  const phaseTitle = PHASE_TITLES[asking.phase] ?? '';
  const text = quoted(asking.idea.text);
  return (
    <dialog ref={dialogRef} class="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      {
        <form method="dialog">
          <h3 id={`${id}-title`}>
            <KeepPhaseTitles
              text={
                asking.already
                  ? pt('plan.alreadyTitle', { text })
                  : planT('plan.addSuggestion', { text, phase: phaseTitle })
              }
            />
          </h3>
          {asking.already && (
            <p>
              <KeepPhaseTitles text={pt('plan.alreadyText', { phase: PHASE_TITLES[asking.already.phase] ?? '' })} />
            </p>
          )}
          {pickGoal && (
            <div class="plan-field">
              <label for={`${id}-goal`}>{pt('plan.underGoal')}</label>
              <select id={`${id}-goal`} value={chosen} onChange={(event) => setGoalId(event.currentTarget.value)}>
                {goals.map((goal, index) => (
                  <option key={goal.id} value={goal.id}>
                    {quoted(goal.text.trim() || planT('plan.goalN', { n: index + 1 }))}
                  </option>
                ))}
                <option value="new">{pt('plan.newGoalNamed', { label: asking.idea.source.label })}</option>
              </select>
            </div>
          )}
          <div class="dialog__actions">
            <button type="submit" class="button" value="cancel" autoFocus>
              {t('planner.cancel')}
            </button>
            <button
              type="submit"
              class="button button--primary"
              value="confirm"
              onClick={() => onConfirm(pickGoal && chosen !== 'new' ? chosen : undefined)}
            >
              {asking.already ? pt('plan.addAgain') : pt('plan.add')}
            </button>
          </div>
        </form>
      }
    </dialog>
  );
}
