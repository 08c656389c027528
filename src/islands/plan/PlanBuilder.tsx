import '../../styles/planner.css';
import '../../styles/plan.css';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/ui';
import { parseIsoDate } from '../../lib/dates';
import { sortPlans } from '../../lib/plan-model';
import { isPlanId, MAX_PLAN_SHORT_TEXT, MAX_PLAN_TEXT } from '../../schemas/plan';
import { setPlanFields } from '../../stores/plan-actions';
import {
  $currentPlan,
  $planSaveState,
  $plans,
  $plansLoaded,
  deletePlan,
  duplicateCurrentPlan,
  newPlan,
  selectPlan,
  startPlans,
} from '../../stores/plans';
import { $storageStatus } from '../../stores/storage-session';
import { Announcer } from '../Announcer';
import { ConfirmDialog } from '../ConfirmDialog';
import { StorageNotices } from '../StorageNotices';
import { Field } from './Field';
import { focusAfterRender, useFocusAfterRender } from './focus';
import { PhaseEditor } from './PhaseEditor';
import { PlanExport } from './PlanExport';
import { PlanPrint } from './PlanPrint';
import { Suggestions, type SuggestionView } from './Suggestions';

interface Props {
  suggestions: SuggestionView[];
}

/** The plan named in the address (`?plan=<id>`), so a reload or a link reopens it. */
function planIdFromUrl(): string | undefined {
  const id = new URL(window.location.href).searchParams.get('plan') ?? '';
  return isPlanId(id) ? id : undefined;
}

/** The 30-60-90 plan builder: plan list, the plan's fields and phases, ideas, exports. */
export default function PlanBuilder({ suggestions }: Props) {
  useEffect(() => startPlans({ wantedId: planIdFromUrl() }), []);
  const loaded = useStore($plansLoaded);
  const plans = useStore($plans);
  const plan = useStore($currentPlan);
  const saveState = useStore($planSaveState);
  const storage = useStore($storageStatus);
  useFocusAfterRender();

  useEffect(() => {
    if (!loaded) return;
    const url = new URL(window.location.href);
    if (plan) url.searchParams.set('plan', plan.id);
    else url.searchParams.delete('plan');
    history.replaceState(null, '', url);
  }, [loaded, plan?.id]);

  if (!loaded) {
    return (
      <div class="plan-builder plan-builder--loading">
        <p>{t('plan.loading')}</p>
        <Announcer />
      </div>
    );
  }

  if (!plan) {
    // Every plan is gone (deleted here or in another tab, Reset all, storage cleared): say so, offer a new one.
    return (
      <div class="plan-builder plan-builder--empty">
        <StorageNotices ready />
        <p>{t('plan.none')}</p>
        <button type="button" class="button" onClick={() => newPlan()}>
          + {t('plan.new')}
        </button>
        <Announcer />
      </div>
    );
  }

  const saveText =
    storage.mode !== 'ok' || saveState === 'failed'
      ? t('plan.notSaved')
      : saveState === 'saving'
        ? t('plan.saving')
        : t('plan.saved');

  return (
    <div class="plan-builder">
      <div class="plan-builder__screen">
        <StorageNotices ready />
        <PlanList plans={sortPlans(Object.values(plans))} currentId={plan.id} />
        <section class="plan-details" aria-labelledby="details-title">
          <div class="plan-details__head">
            <h2 id="details-title">{t('plan.details')}</h2>
            <p class={`plan-save plan-save--${saveState}`} aria-live="polite">
              {saveText}
            </p>
          </div>
          <div class="plan-row">
            <Field
              id="plan-title"
              class="plan-field--grow"
              label={t('plan.title')}
              value={plan.title}
              maxLength={MAX_PLAN_SHORT_TEXT}
              onInput={(title) => setPlanFields(plan.id, { title })}
            />
            <Field
              id="plan-role"
              class="plan-field--grow"
              label={t('plan.role')}
              value={plan.role}
              maxLength={MAX_PLAN_SHORT_TEXT}
              onInput={(role) => setPlanFields(plan.id, { role })}
            />
          </div>
          <div class="plan-row">
            <Field
              id="plan-start"
              label={t('plan.startDate')}
              type="date"
              value={plan.startDate ?? ''}
              onInput={(value) => setPlanFields(plan.id, { startDate: parseIsoDate(value) })}
            />
            {plan.startDate && (
              <button
                type="button"
                class="button button--small plan-clear-date"
                onClick={() => {
                  // The button goes with the date: the focus goes back to the date field.
                  focusAfterRender('plan-start');
                  setPlanFields(plan.id, { startDate: undefined });
                }}
              >
                {t('planner.clearDate')}
              </button>
            )}
            <Field
              id="plan-reviewers"
              class="plan-field--grow"
              label={t('plan.reviewers')}
              value={plan.reviewers}
              maxLength={MAX_PLAN_SHORT_TEXT}
              onInput={(reviewers) => setPlanFields(plan.id, { reviewers })}
            />
          </div>
          <Field
            id="plan-context"
            label={t('plan.context')}
            value={plan.context}
            maxLength={MAX_PLAN_TEXT}
            multiline
            onInput={(context) => setPlanFields(plan.id, { context })}
          />
        </section>
        {plan.phases.map((phase, index) => (
          <PhaseEditor key={index} plan={plan} index={index} phase={phase} />
        ))}
        <Suggestions plan={plan} suggestions={suggestions} />
        <PlanExport plan={plan} />
      </div>
      <PlanPrint plan={plan} />
      <Announcer />
    </div>
  );
}

function PlanList({ plans, currentId }: { plans: ReturnType<typeof sortPlans>; currentId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const current = plans.find((p) => p.id === currentId);
  const title = current?.title.trim() || t('plan.untitled');
  return (
    <nav class="plan-list" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title">{t('plan.yourPlans')}</h2>
      <ul>
        {plans.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class="plan-list__item"
              aria-current={p.id === currentId ? 'true' : undefined}
              onClick={() => selectPlan(p.id)}
            >
              {p.title.trim() || t('plan.untitled')}
            </button>
          </li>
        ))}
      </ul>
      <div class="program-panel__actions">
        <button type="button" class="button" onClick={() => newPlan()}>
          + {t('plan.new')}
        </button>
        <button type="button" class="button" onClick={duplicateCurrentPlan}>
          {t('plan.duplicate')}
        </button>
        <button type="button" class="button button--danger" onClick={() => dialog.current?.showModal()}>
          {t('plan.delete')}
        </button>
      </div>
      <ConfirmDialog
        dialogRef={dialog}
        id="delete-plan-title"
        title={t('plan.deleteTitle', { title })}
        text={t('plan.deleteText')}
        confirmLabel={t('plan.deleteConfirm')}
        onConfirm={() => deletePlan(currentId)}
      />
    </nav>
  );
}
