import { useEffect, useRef } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';

interface ReviewUnavailableProps {
  /** This is not the first failure: the reader pressed "Try again", so the focus goes back to it. */
  retried: boolean;
  onRetry: () => void;
  onLeave: () => void;
}

/** A review link whose view could not load (offline, a newer deploy): said in place, never "Opening…" for good. */
export function ReviewUnavailable({ retried, onRetry, onLeave }: ReviewUnavailableProps) {
  const retry = useRef<HTMLButtonElement>(null);
  // On its own mount, not through focusAfterRender: what puts it in place is a load failing, not an edit that could
  // ask for the focus first.
  useEffect(() => {
    if (retried) retry.current?.focus();
  }, []);
  return (
    <section class="plan-shared" aria-labelledby="review-unavailable">
      <p id="review-unavailable" class="notice notice--error">
        {planT('plan.reviewUnavailable')}
      </p>
      <div class="program-panel__actions">
        <button ref={retry} type="button" class="button" onClick={onRetry}>
          {planT('plan.tryAgain')}
        </button>
        <button type="button" class="button" onClick={onLeave}>
          {planT('plan.backToPlans')}
        </button>
      </div>
    </section>
  );
}
