import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { toastAtTop } from '../browser/toast-place';
import { t } from '../i18n/ui';
import { $announcement, settle } from '../stores/announcer';
import { useStore } from './use-store';

/** Where Ctrl+Z is the field's own: text the reader types (the site's fields; a checkbox or a file picker is not). */
const TEXT_ENTRY = 'textarea,input:not([type=checkbox],[type=radio],[type=file])';

/** How long a message stays on screen; one with an action (Undo) or a link stays longer, and one that `stays` until closed. */
const MESSAGE_MS = 6_000;
const ACTION_MESSAGE_MS = 15_000;

/**
 * The page's one live region: saved, not saved, reset, restored, errors.
 * It is in the page from the start (empty), so screen readers announce what
 * appears in it.
 */
export function Announcer() {
  const shown = useStore($announcement);

  useEffect(() => {
    if (!shown || shown.stays) return;
    const offers = shown.actions.length > 0 || shown.link !== undefined;
    const timer = setTimeout(() => settle(shown.id), offers ? ACTION_MESSAGE_MS : MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  // The toast sits at the bottom of the screen unless the field being typed in is there.
  const box = useRef<HTMLDivElement>(null);
  const [atTop, setAtTop] = useState(false);
  // Ctrl+Z (⌘Z) chooses the message's Undo while it offers one: from a removed entry's neighbour the message is
  // many Tab stops away, and the browser's own undo there took back the last typing in some other field. In a
  // field where the reader types, Ctrl+Z stays the field's own. The button it clicks names the shortcut.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const undo = box.current?.querySelector<HTMLElement>('[aria-keyshortcuts]');
      if (
        undo &&
        event.key.toLowerCase() === 'z' &&
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !(event.target as Element).matches(TEXT_ENTRY)
      ) {
        event.preventDefault();
        undo.click();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // Where the focus was before it came into the toast: when the toast's control that had it goes (an action
  // chosen, × or the time up), the focus goes back there instead of falling to the page. An action that moves the
  // focus itself (Undo of a removal: focus-after-render.ts) wins, before or after this.
  const cameFrom = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (document.activeElement === document.body) {
      cameFrom.current?.focus({ preventScroll: true });
      cameFrom.current = null;
    }
    if (!shown) return;
    // Placed as the message comes, and again when the focus moves while it shows (a note box opened under it), but
    // not into the toast itself: moved between a press on its button and the release, the click would be lost.
    // The box is always rendered, so its ref is set here.
    const toast = box.current as HTMLDivElement;
    const place = () => toast.contains(document.activeElement) || setAtTop(toastAtTop(toast));
    place();
    addEventListener('focusin', place);
    return () => removeEventListener('focusin', place);
  }, [shown]);
  return (
    <div
      ref={box}
      onFocusIn={(event) => {
        const from = event.relatedTarget as HTMLElement | null;
        if (!box.current?.contains(from)) cameFrom.current = from;
      }}
      // Gone on to another control of the page: nothing to give back. (A control of the toast that goes leaves
      // the focus to no element, and keeps it.)
      onFocusOut={(event) => {
        const to = event.relatedTarget as Node | null;
        if (to && !box.current?.contains(to)) cameFrom.current = null;
      }}
      class={`toast${shown ? ' toast--visible' : ''}${shown?.tone === 'error' ? ' toast--error' : ''}${atTop ? ' toast--top' : ''}`}
    >
      <p role="status" aria-live="polite" aria-atomic="true" class="toast__text">
        {shown?.text}
      </p>
      {/* The actions and × stay together: beside the message where the row has room, below it as one group where not. */}
      {shown && (
        <div class="toast__actions">
          {shown.actions.map((action) => (
            <button
              key={action.label}
              type="button"
              class="button button--small"
              aria-keyshortcuts={action.label === t('planner.undo') ? 'Control+Z Meta+Z' : undefined}
              onClick={() => {
                settle(shown.id);
                action.run();
              }}
            >
              {action.label}
            </button>
          ))}
          {shown.link && (
            <a class="button button--small" href={shown.link.href}>
              {shown.link.label}
            </a>
          )}
          <button type="button" class="toast__close" aria-label={t('planner.dismiss')} onClick={() => settle(shown.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
