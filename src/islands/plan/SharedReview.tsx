import { useEffect, useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { pt } from '../../i18n/plan-views-ui';
import { titleOf } from '../../lib/plan-labels';
import { newId } from '../../lib/plan-model';
import { decodePlan, type SharedPlan, type SharedPlanError } from '../../lib/plan-share';
import { formatChanged, heldVersion, reviewCopy } from '../../lib/plan-versions';
import { quoted } from '../../lib/quoted';
import { $plans, newPlan } from '../../stores/plans';
import { focusAfterRender } from '../focus-after-render';
import { useStore } from '../use-store';
import type { PlanPrint } from './PlanPrint';
import { REVIEW_PREFIX } from './ReviewScreen';

const REASONS: Record<
  SharedPlanError,
  'plan.shareBadLink' | 'plan.shareTooLarge' | 'plan.shareTooDeep' | 'plan.shareNewer' | 'plan.shareBadPlan'
> = {
  link: 'plan.shareBadLink',
  'too-large': 'plan.shareTooLarge',
  'too-deep': 'plan.shareTooDeep',
  newer: 'plan.shareNewer',
  invalid: 'plan.shareBadPlan',
};

interface Props {
  /** Today's date, for the printed form's "Printed" line. */
  today: string;
  /** Back to the reader's own plans (the link leaves the address). */
  onDone: () => void;
  /** The printed form, passed in rather than imported, so it stays in the builder's first chunk. */
  Print: typeof PlanPrint;
}

/**
 * A plan opened from a review link: shown read only, as its printout, with
 * "Save a copy to my plans". Loaded on demand; the link is checked like a
 * restored backup, and a refused link says why and changes nothing.
 */
export default function SharedReview({ today, onDone, Print }: Props) {
  const [shared, setShared] = useState<SharedPlan | undefined>(undefined);
  const plans = useStore($plans);
  // Read here, once, not passed in (bytes off the builder's first load): another review link in the address
  // loads the page again (PlanBuilder.tsx).
  useEffect(() => {
    decodePlan(location.hash.slice(REVIEW_PREFIX.length)).then(setShared);
  }, []);
  if (!shared) return <p>{planT('plan.loading')}</p>;
  const back = (
    <button type="button" class="button" onClick={onDone}>
      {planT('plan.backToPlans')}
    </button>
  );
  if (!shared.ok) {
    const reason = pt(REASONS[shared.error], { reason: shared.detail ?? '' });
    return (
      <section class="plan-shared" aria-labelledby="shared-title">
        <h2 id="shared-title">{pt('plan.reviewTitle')}</h2>
        <p class="notice notice--error" role="alert">
          {pt('plan.reviewInvalid', { reason })}
        </p>
        {back}
      </section>
    );
  }
  const { plan } = shared;
  // A version of one of the reader's plans (their own, or a copy of it sent back): said, as a copy saved keeps both.
  const held = heldVersion(
    plan,
    Object.values(plans).filter((mine) => mine !== undefined),
  );
  return (
    <section class="plan-shared" aria-labelledby="shared-title">
      <h2 id="shared-title">{pt('plan.reviewTitle')}</h2>
      <p>{pt('plan.reviewIntro')}</p>
      {held && (
        <p class="notice">
          {pt(`plan.held.${held.newer}`, {
            title: quoted(titleOf(held.plan)),
            link: formatChanged(plan.updatedAt),
            yours: formatChanged(held.plan.updatedAt),
          })}{' '}
          {pt('plan.heldCopy')}
        </p>
      )}
      <div class="program-panel__actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            // A copy under a new id, with its own history: the shared plan's id may be one of the reader's own.
            newPlan(reviewCopy(plan, newId(), Date.now(), today), pt('plan.savedCopy', { title: titleOf(plan) }));
            onDone();
            // After onDone's own request (the plan list): the copy is open, its title where the reader goes on.
            focusAfterRender('plan-title');
          }}
        >
          {pt('plan.saveCopy')}
        </button>
        {back}
      </div>
      <Print plan={plan} today={today} class="plan-print--screen" level={3} />
    </section>
  );
}
