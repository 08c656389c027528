import '../styles/save-state.css';
import type { ReadableAtom } from 'nanostores';
import { useRef } from 'preact/hooks';
import { sst } from '../i18n/save-state-ui';
import { $announcement } from '../stores/announcer';
import type { SaveState as State } from '../stores/record-store';
import { useStore } from './use-store';

/**
 * Whether the reader's last change is saved, on every planner that shows it (the plan builder, the career ladder),
 * read from its store here so that a change of state renders this line alone. A polite live region, so a screen
 * reader hears it change; but not when the state changes together with a message of the page's (Announcer.tsx, its
 * `role="status"`): that message says what went wrong ("Storage is full: …") or right again ("Saved: there is room
 * again…"), and the state said it a second time. Turned off for that render only, not emptied: the words stay on
 * screen. A state that changes while an earlier message is still up ("Copied…") is heard: it has no words of its own
 * there (until December 7, evening, the region was off while any message was up, and such a "Not saved" went
 * unheard). Not a `status` itself: the page's one status stays the message, which is what the specs and a screen
 * reader's list of statuses find.
 */
export function SaveState({ store }: { store: ReadableAtom<State> }) {
  const state = useStore(store);
  const message = useStore($announcement);
  // A message new in this render came with what it says: the state changing in the same render is not said again.
  // (Off in a render the message alone changed costs nothing: no words here changed.)
  const last = useRef(message);
  const fresh = message !== last.current;
  last.current = message;
  return (
    <p class={`save-state save-state--${state}`} aria-live={fresh ? 'off' : 'polite'}>
      {sst(`save.${state}`)}
    </p>
  );
}
