import { useLayoutEffect, useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import type { CadenceState } from '../../lib/manager/cadence';
import { startManager } from '../../stores/manager-view';

/* What the page's tools share with My progress's "My week as a manager"; the tools' own parts are in ./parts.tsx. */

/**
 * True once this island is mounted and the toolkit's records are read
 * (synchronously, at the first layout effect: before the browser draws, as in
 * usePlannerReady). Islands render stored state only then: hydration keeps the
 * server's attributes, so the first client render must match the server's.
 * The checklists' store is not started: this page has no checklist.
 */
export function useManagerReady(): boolean {
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    startManager();
    setReady(true);
  }, []);
  return ready;
}

/** "Done", "Due", "Overdue": a word and an icon, never colour alone. */
export function StateTag({ state }: { state: CadenceState | 'regular' }) {
  const icon = state === 'done' ? '✓' : state === 'overdue' ? '!' : state === 'due' ? '○' : '–';
  return (
    <span class={`state-tag state-tag--${state}`}>
      <span aria-hidden="true">{icon} </span>
      {mt(`manager.state.${state}`)}
    </span>
  );
}
