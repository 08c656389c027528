import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $plannerReady, startPlanner } from '../stores/planner';

/**
 * True once this island is mounted and stored data is loaded. Islands render
 * stored state only then: Preact's hydration keeps the server's attributes
 * (unticked, disabled), so the first client render must match the server's.
 */
export function usePlannerReady(): boolean {
  const [mounted, setMounted] = useState(false);
  const loaded = useStore($plannerReady);
  useEffect(() => {
    startPlanner();
    setMounted(true);
  }, []);
  return mounted && loaded;
}
