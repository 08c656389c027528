import { planT } from '../../i18n/plan-ui';
import { t } from '../../i18n/ui';
import type { Plan } from '../../schemas/plan';
import { MAX_PLAN_SHORT_TEXT, MAX_PLAN_TEXT } from '../../schemas/plan';
import { setPlanFields } from '../../stores/plan-actions';
import { $planSaveState } from '../../stores/plans';
import { DateInput } from '../DateInput';
import { focusAfterRender } from '../focus-after-render';
import { SaveState } from '../SaveState';
import { Field } from './Field';

/** The plan's own fields (title, role, start date, reviewers, context) and whether its last change is saved. */
export function PlanDetails({ plan }: { plan: Plan }) {
  return (
    <section class="plan-details" aria-labelledby="details-title">
      <div class="plan-details__head">
        <h2 id="details-title">{planT('plan.details')}</h2>
        <SaveState store={$planSaveState} />
      </div>
      <div class="plan-row">
        <Field
          id="plan-title"
          class="plan-field--grow"
          label={planT('plan.title')}
          value={plan.title}
          maxLength={MAX_PLAN_SHORT_TEXT}
          onInput={(title) => setPlanFields(plan.id, { title })}
        />
        <Field
          id="plan-role"
          class="plan-field--grow"
          label={planT('plan.role')}
          value={plan.role}
          maxLength={MAX_PLAN_SHORT_TEXT}
          onInput={(role) => setPlanFields(plan.id, { role })}
        />
      </div>
      <div class="plan-row">
        <div class="plan-field">
          <label for="plan-start">{planT('plan.startDate')}</label>
          <DateInput
            id="plan-start"
            value={plan.startDate}
            onCommit={(startDate) => setPlanFields(plan.id, { startDate })}
          />
        </div>
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
          label={planT('plan.reviewers')}
          value={plan.reviewers}
          maxLength={MAX_PLAN_SHORT_TEXT}
          onInput={(reviewers) => setPlanFields(plan.id, { reviewers })}
        />
      </div>
      <Field
        id="plan-context"
        label={planT('plan.context')}
        value={plan.context}
        maxLength={MAX_PLAN_TEXT}
        multiline
        onInput={(context) => setPlanFields(plan.id, { context })}
      />
    </section>
  );
}
