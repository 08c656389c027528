import '../../styles/planner.css';
import '../../styles/plan.css';
import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { sortPlans } from '../../lib/plan-model';
import type { TemplateView } from '../../lib/plan-templates';
import { followPlansElsewhere } from '../../stores/plan-elsewhere';
import { $currentPlan, $plans, $plansLoaded, startPlans } from '../../stores/plans';
import { $today, followToday } from '../../stores/today';
import { Announcer } from '../Announcer';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { loadOrSay } from '../load-or-say';
import { StorageNotices } from '../StorageNotices';
import { useLazy } from '../use-lazy';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';
import { Ideas, type IdeaView } from './Ideas';
import { OverdueTag } from './OverdueTag';
import { PhaseEditor } from './PhaseEditor';
import { PlanDetails } from './PlanDetails';
import { PlanExport } from './PlanExport';
import { loadTemplatePicker, NewPlanButton, PlanList } from './PlanList';
import { PlanPrint } from './PlanPrint';
import { planIdFromUrl, usePlanAddress } from './plan-address';
import { REVIEW_PREFIX, ReviewScreen } from './ReviewScreen';

interface Props {
  ideas: IdeaView[];
  templates: TemplateView[];
}

/** The timeline and the ideas sheet load on demand (the review view too: ReviewScreen.tsx; the template picker, PlanList.tsx). */
const loadTimeline = () => import('./PlanTimeline');
const loadIdeasSheet = () => import('./IdeasSheet');

/** Whether the page shows a review now: the address's handler below reads it (one builder a page). */
let reviewShown = false;

/** The 30-60-90 plan builder: plan list, the plan's fields and phases, ideas, exports. */
export default function PlanBuilder({ ideas, templates }: Props) {
  const [review, setReview] = useState(() => typeof window !== 'undefined' && location.hash.startsWith(REVIEW_PREFIX));
  reviewShown = review;
  useStarted(() => {
    // Today moves on at midnight and when the page comes back, so an open tab's overdue marks and timeline do too.
    followToday();
    // A review link pasted into this tab, or Back and Forward between a review and the builder, change only the
    // fragment: the page loads again, to show what its address says (what was typed is saved on leaving:
    // page-lifecycle.ts). So does a review taken out of the address; an in-page link (Skip to content) does not.
    // `popstate`, not `hashchange`: Chrome fires no `hashchange` on Back to an entry whose query differs too (the
    // builder's `?plan=`). The page's one such handler, set as a property (as leave-guard.ts sets its one): fewer bytes.
    // Whether a review shows is read when the event comes, not as the page started: once the reader has left the
    // review (Save a copy, Go to my plans), Back to an address without a fragment is the builder's own.
    globalThis.onpopstate = () => {
      if (location.hash.startsWith(REVIEW_PREFIX) || (reviewShown && !location.hash)) location.reload();
    };
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
  // A part that cannot load puts its control back (useLazy): editing, no sheet.
  const Timeline = useLazy(view === 'timeline', loadTimeline, () => setView('edit'));
  const Sheet = useLazy(sheetPhase !== undefined, loadIdeasSheet, () => setSheetPhase(undefined));
  const loaded = useStore($plansLoaded);
  const plans = useStore($plans);
  const plan = useStore($currentPlan);
  const today = useStore($today);
  // This root renders the whole plan: its render serves the focus requests of every item's editor.
  useFocusAfterRender();

  usePlanAddress(loaded, plan?.id, review);

  if (review)
    return (
      <ReviewScreen
        today={today}
        onLeave={() => {
          // The button pressed goes with the review: the focus goes to the plan on screen in the list, or to + New
          // plan when there is none (until December 7, late, it fell to the page). Save a copy asks for its title.
          focusAfterRender(['plan-current', 'plan-new']);
          setReview(false);
        }}
      />
    );

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

  return (
    <div class={`plan-builder plan-builder--${view}`}>
      <div class="plan-builder__screen">
        <StorageNotices ready />
        <PlanList plans={sortPlans(Object.values(plans))} current={plan} templates={templates} />
        <PlanDetails plan={plan} />
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
              {planT(`plan.view.${name}`)}
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
