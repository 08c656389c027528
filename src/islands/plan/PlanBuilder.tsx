import '../../styles/planner.css';
import '../../styles/plan.css';
import { useEffect, useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { t } from '../../i18n/ui';
import { sortPlans } from '../../lib/plan-model';
import type { TemplateView } from '../../lib/plan-templates';
import { isPlanId, MAX_PLAN_SHORT_TEXT, MAX_PLAN_TEXT } from '../../schemas/plan';
import { setPlanFields } from '../../stores/plan-actions';
import { followPlansElsewhere } from '../../stores/plan-elsewhere';
import { $currentPlan, $planSaveState, $plans, $plansLoaded, startPlans } from '../../stores/plans';
import { $today, followToday } from '../../stores/today';
import { Announcer } from '../Announcer';
import { DateInput } from '../DateInput';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { loadOrSay } from '../load-or-say';
import { StorageNotices } from '../StorageNotices';
import { useLazy } from '../use-lazy';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';
import { Field } from './Field';
import { Ideas, type IdeaView } from './Ideas';
import { OverdueTag } from './OverdueTag';
import { PhaseEditor } from './PhaseEditor';
import { PlanExport } from './PlanExport';
import { loadTemplatePicker, NewPlanButton, PlanList } from './PlanList';
import { PlanPrint } from './PlanPrint';
import { ReviewUnavailable } from './ReviewUnavailable';

interface Props {
  ideas: IdeaView[];
  templates: TemplateView[];
}

/** A review link carries the plan in the fragment: `#review=<deflated, base64url>` (src/lib/plan-share.ts). */
const REVIEW_PREFIX = '#review=';

/** The timeline, the review view and the ideas sheet load on demand (the template picker too: PlanList.tsx). */
const loadTimeline = () => import('./PlanTimeline');
const loadReview = () => import('./SharedReview');
const loadIdeasSheet = () => import('./IdeasSheet');

/** The plan named in the address (`?plan=<id>`), so a reload or a link reopens it. */
function planIdFromUrl(): string | undefined {
  const id = new URL(window.location.href).searchParams.get('plan') ?? '';
  return isPlanId(id) ? id : undefined;
}

/** The 30-60-90 plan builder: plan list, the plan's fields and phases, ideas, exports. */
export default function PlanBuilder({ ideas, templates }: Props) {
  const [review, setReview] = useState(
    () => typeof window !== 'undefined' && window.location.hash.startsWith(REVIEW_PREFIX),
  );
  useStarted(() => {
    // Today moves on at midnight and when the page comes back, so an open tab's overdue marks and timeline do too.
    followToday();
    // A review link opens no draft of its own: the reader may only be reading someone else's plan.
    const options = { wantedId: planIdFromUrl(), createDraft: !review };
    // A plan another tab deleted takes its fields and the focus in them: the focus goes to the plan list.
    followPlansElsewhere(() => focusAfterRender(['plan-current', 'plan-new']));
    // A link that names a template (`?template=…`) starts a plan from it: "Opening…" shows until its code is here.
    const template = review ? null : new URLSearchParams(location.search).get('template');
    if (template === null) startPlans(options);
    else
      void loadOrSay(loadTemplatePicker).then((module) =>
        module ? module.startFromTemplateLink(templates, template, options) : startPlans(options),
      );
  });
  const [view, setView] = useState<'edit' | 'timeline'>('edit');
  const [sheetPhase, setSheetPhase] = useState<number | undefined>(undefined);
  // A part that cannot load puts its control back (useLazy): editing, no sheet, the review's own message.
  const [reviewFailures, setReviewFailures] = useState(0);
  const [reviewFailed, setReviewFailed] = useState(false);
  const Timeline = useLazy(view === 'timeline', loadTimeline, () => setView('edit'));
  const Review = useLazy(review && !reviewFailed, loadReview, () => {
    setReviewFailed(true);
    setReviewFailures((count) => count + 1);
  });
  const Sheet = useLazy(sheetPhase !== undefined, loadIdeasSheet, () => setSheetPhase(undefined));
  const loaded = useStore($plansLoaded);
  const plans = useStore($plans);
  const plan = useStore($currentPlan);
  const saveState = useStore($planSaveState);
  const today = useStore($today);
  // This root renders the whole plan: its render serves the focus requests of every item's editor.
  useFocusAfterRender();

  useEffect(() => {
    if (!loaded || review) return;
    // The address names the plan on screen, and no longer a template it was started from: a reload, or Back
    // and Forward, open that plan again instead of starting another.
    const url = new URL(window.location.href);
    url.searchParams.delete('template');
    if (plan) url.searchParams.set('plan', plan.id);
    else url.searchParams.delete('plan');
    history.replaceState(null, '', url);
  }, [loaded, plan?.id, review]);

  if (review) {
    const leaveReview = () => {
      // Leave the link behind: the address now names the reader's own plan, not the shared one.
      history.replaceState(null, '', window.location.pathname + window.location.search);
      setReview(false);
    };
    return (
      <div class="plan-builder">
        {Review ? (
          <Review
            Print={PlanPrint}
            today={today}
            fragment={window.location.hash.slice(REVIEW_PREFIX.length)}
            onDone={leaveReview}
          />
        ) : reviewFailed ? (
          <ReviewUnavailable
            retried={reviewFailures > 1}
            onRetry={() => setReviewFailed(false)}
            onLeave={leaveReview}
          />
        ) : (
          <p>{planT('plan.loading')}</p>
        )}
        <Announcer />
      </div>
    );
  }

  if (!loaded) {
    return (
      <div class="plan-builder plan-builder--loading">
        <p>{planT('plan.loading')}</p>
        <Announcer />
      </div>
    );
  }

  if (!plan) {
    // Every plan is gone (deleted here or in another tab, Reset all, storage cleared): say so, offer a new one.
    return (
      <div class="plan-builder plan-builder--empty">
        <StorageNotices ready />
        <p>{planT('plan.none')}</p>
        <NewPlanButton templates={templates} />
        <Announcer />
      </div>
    );
  }

  const saveText =
    saveState === 'failed'
      ? planT('plan.notSaved')
      : saveState === 'saving'
        ? planT('plan.saving')
        : planT('plan.saved');

  return (
    <div class={`plan-builder plan-builder--${view}`}>
      <div class="plan-builder__screen">
        <StorageNotices ready />
        <PlanList plans={sortPlans(Object.values(plans))} currentId={plan.id} templates={templates} />
        <section class="plan-details" aria-labelledby="details-title">
          <div class="plan-details__head">
            <h2 id="details-title">{planT('plan.details')}</h2>
            <p class={`plan-save plan-save--${saveState}`} aria-live="polite">
              {saveText}
            </p>
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
        <fieldset class="plan-views">
          <legend>{planT('plan.views')}</legend>
          {(['edit', 'timeline'] as const).map((name) => (
            <label key={name} class="plan-views__choice">
              <input
                type="radio"
                name="plan-view"
                value={name}
                checked={view === name}
                onChange={() => setView(name)}
              />
              {planT(name === 'edit' ? 'plan.viewEdit' : 'plan.viewTimeline')}
            </label>
          ))}
        </fieldset>
        {view === 'timeline' ? (
          Timeline ? (
            <Timeline plan={plan} today={today} Overdue={OverdueTag} />
          ) : (
            <p>{planT('plan.loading')}</p>
          )
        ) : (
          <div class="plan-work">
            <div class="plan-work__phases">
              {plan.phases.map((phase, index) => (
                <PhaseEditor
                  key={index}
                  plan={plan}
                  index={index}
                  phase={phase}
                  today={today}
                  onOpenIdeas={() => setSheetPhase(index)}
                />
              ))}
            </div>
            <aside class="plan-ideas" aria-labelledby="ideas-title">
              <h2 id="ideas-title">{planT('plan.suggestions')}</h2>
              <p>{planT('plan.suggestionsIntro')}</p>
              <Ideas plan={plan} ideas={ideas} idPrefix="ideas" />
            </aside>
          </div>
        )}
        {sheetPhase !== undefined && Sheet && (
          <Sheet Ideas={Ideas} plan={plan} ideas={ideas} phase={sheetPhase} onClose={() => setSheetPhase(undefined)} />
        )}
        <PlanExport plan={plan} />
      </div>
      <PlanPrint plan={plan} today={today} />
      <Announcer />
    </div>
  );
}
