import '../styles/save-state.css';
import type { ReadableAtom } from 'nanostores';
import { sst } from '../i18n/save-state-ui';
import { $announcement } from '../stores/announcer';
import type { SaveState as State } from '../stores/record-store';
import { useStore } from './use-store';

/**
 * Whether the reader's last change is saved, on every planner that shows it (the plan builder, the career ladder),
 * read from its store here so that a change of state renders this line alone. A polite live region, so a screen
 * reader hears it change; but not while the page's message (Announcer.tsx, its `role="status"`) is up: that message
 * says what went wrong ("Storage is full: …") or right again ("Saved: there is room again…"), and the state changing
 * with it ("Not saved", "Saved in this browser") said it a second time. Turned off, not emptied: the words stay on
 * screen, and nothing is said when the message goes and the region is turned back on. Not a `status` itself: the
 * page's one status stays the message, which is what the specs and a screen reader's list of statuses find.
 */
export function SaveState({ store }: { store: ReadableAtom<State> }) {
  const state = useStore(store);
  return (
    <p class={`save-state save-state--${state}`} aria-live={useStore($announcement) ? 'off' : 'polite'}>
      {sst(`save.${state}`)}
    </p>
  );
}
