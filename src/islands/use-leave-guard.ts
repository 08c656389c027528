import { useEffect, useRef } from 'preact/hooks';
import { askBeforeLeaving } from '../browser/leave-guard';

/**
 * While `ask` holds, closing, reloading or leaving the page asks first (`askBeforeLeaving`), for a component whose
 * words are held nowhere else yet; no longer once it goes. Each component that calls it is a holder of its own.
 */
export function useLeaveGuard(ask: boolean): void {
  const holder = useRef(0);
  useEffect(() => {
    askBeforeLeaving(holder, ask);
    return () => askBeforeLeaving(holder, false);
  }, [ask]);
}
