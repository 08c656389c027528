import { $plannerReady, startPlanner } from '../stores/planner';
import { useStarted } from './use-started';
import { useStore } from './use-store';

/** True once this island has started the planner (useStarted) and the planner's stored data is loaded. */
export function usePlannerReady(): boolean {
  const started = useStarted(startPlanner);
  const loaded = useStore($plannerReady);
  return started && loaded;
}
