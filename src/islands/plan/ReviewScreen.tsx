import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { Announcer } from '../Announcer';
import { useLazy } from '../use-lazy';
import { PlanPrint } from './PlanPrint';
import { ReviewUnavailable } from './ReviewUnavailable';

/** A review link carries the plan in the fragment: `#review=<deflated, base64url>` (src/lib/plan-share.ts). */
export const REVIEW_PREFIX = '#review=';

/** The review view loads on demand, as the timeline and the ideas sheet do (PlanBuilder.tsx). */
const loadReview = () => import('./SharedReview');

interface ReviewScreenProps {
  today: string;
  /** The reader leaves the shared plan for their own plans (the link leaves the address then: plan-address.ts). */
  onLeave: () => void;
}

/** The plan a review link carries, read only, in place of the reader's own plans until the reader leaves it. */
export function ReviewScreen({ today, onLeave }: ReviewScreenProps) {
  // A view that cannot load says so in place, with Try again (useLazy: wanted again on the retry).
  const [failures, setFailures] = useState(0);
  const [failed, setFailed] = useState(false);
  const Review = useLazy(!failed, loadReview, () => {
    setFailed(true);
    setFailures((count) => count + 1);
  });
  return (
    <div class="plan-builder">
      {Review ? (
        <Review Print={PlanPrint} today={today} onDone={onLeave} />
      ) : failed ? (
        <ReviewUnavailable retried={failures > 1} onRetry={() => setFailed(false)} onLeave={onLeave} />
      ) : (
        <p>{planT('plan.loading')}</p>
      )}
      <Announcer />
    </div>
  );
}
