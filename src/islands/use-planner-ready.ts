import { useLayoutEffect, useState } from 'preact/hooks';
import { $plannerReady, startPlanner } from '../stores/planner';
import { useStore } from './use-store';

/**
 * True once this island is mounted and stored data is loaded. Islands render
 * stored state only then: Preact's hydration keeps the server's attributes
 * (unticked, disabled), so the first client render must match the server's.
 * A layout effect, not `useEffect` (which Preact runs after the next paint):
 * the planner starts and the island renders its live state before the browser
 * draws, so no frame shows a hydrated list with its boxes still disabled.
 */
export function usePlannerReady(): boolean {
  const [mounted, setMounted] = useState(false);
  const loaded = useStore($plannerReady);
  useLayoutEffect(() => {
    startPlanner();
    setMounted(true);
  }, []);
  return mounted && loaded;
}
