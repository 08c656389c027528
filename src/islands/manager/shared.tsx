import { mt } from '../../i18n/manager-ui';
import type { CadenceState } from '../../lib/manager/cadence';
import { startManager } from '../../stores/manager-view';
import { useStarted } from '../use-started';

/* What the page's tools share with My progress's "My week as a manager"; the tools' own parts are in ./parts.tsx. */

/**
 * True once this island has started the toolkit's records (useStarted: they are read synchronously). The
 * checklists' store is not started: this page has no checklist.
 */
export function useManagerReady(): boolean {
  return useStarted(startManager);
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
