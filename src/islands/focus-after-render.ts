import { useLayoutEffect } from 'preact/hooks';

/*
 * The one way an island moves the keyboard focus after an edit re-renders: a new entry's first field, the next
 * entry after a removal, a moved item's button, the button a closed form gives back. A store change renders a
 * moment after the click, and without this the focused element is re-created or removed and the focus falls to
 * the page.
 *
 * Module-level, served by a hook. The request is kept here, not in a component, because it must outlive the
 * component that makes it: a removed goal's editor is gone by the render that should move the focus. The hook,
 * `useFocusAfterRender`, is called by each component whose own render puts targets in place, not by island roots
 * only: the plan builder's root renders the whole plan, but the ladder's record of achievements and each of its
 * self-assessment items re-render on their own state (a form closing) with no render of the ladder's root, and
 * each manager tool is an island of its own. So a render that finds none of the ids leaves the request waiting:
 * one tool's render cannot use up another's request before its target exists. Where other components serve
 * requests too, a request whose target is there before the change (a removed entry's neighbour) says in `until`
 * what to wait for: the removed entry gone.
 *
 * Served in a layout effect, before the browser draws, so that a key pressed at once lands on the target; the
 * page behind a modal dialog refuses the focus, so the confirm dialog closes before its action (ConfirmDialog).
 *
 * Not for the page's message (Announcer.tsx): when its own button goes (Undo, ×, its time up), it gives the focus
 * back to the element it came from, which has no id to ask for; a request made here by the action wins over it.
 * The storage notice's "Try saving again" does the same when a retry saves and takes it away (StorageNoticeList.tsx).
 * Nor for a focus moved at once to an element there before and after the change (a form's first field in error, a
 * jump to a plan's field): those call `focus()`, each saying why. A note's button, given back on Escape, asks here
 * like any other (until December 7 both were focused at once): a checklist note's id, which a request needs, is
 * given only once its note has been opened, so the page's HTML carries none; a ladder note with words, shown
 * without being opened, opens when the reader goes into it, so that Escape's closing it is a change of state and
 * renders (src/islands/ladder/ItemNote.tsx).
 */

/** An edit that did not re-render (refused, say) must not move the focus at some later keystroke. */
const PENDING_FOCUS_MS = 2_000;

let pending: { ids: readonly string[]; until: () => boolean; expires: number } | undefined;

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

function canFocus(element: Element): element is HTMLElement {
  return element instanceof HTMLElement && !element.matches(':disabled') && element.getClientRects().length > 0;
}

/**
 * The element with `id` if it takes the focus (a control, or any element with a tabindex: a heading to land on, as a
 * review session's, takes it by script only), or else the first of its controls that does.
 */
function focusTarget(id: string): HTMLElement | undefined {
  const element = document.getElementById(id);
  if (!element) return undefined;
  if (element.matches(`[tabindex], ${FOCUSABLE}`) && canFocus(element)) return element;
  return [...element.querySelectorAll(FOCUSABLE)].find(canFocus);
}

/**
 * After the render that puts it in place, focuses the first of `ids` (in order of preference) that can take the
 * focus: the element, or else its first control; once `until` holds, if given. Replaces a request still waiting.
 */
export function focusAfterRender(ids: string | readonly string[], until: () => boolean = () => true): void {
  pending = { ids: typeof ids === 'string' ? [ids] : ids, until, expires: Date.now() + PENDING_FOCUS_MS };
}

/** Serves a waiting request after each render of the calling component, before the browser draws. */
export function useFocusAfterRender(): void {
  useLayoutEffect(() => {
    if (!pending) return;
    if (Date.now() > pending.expires) {
      pending = undefined;
      return;
    }
    if (!pending.until()) return;
    for (const id of pending.ids) {
      const target = focusTarget(id);
      if (target) {
        pending = undefined;
        target.focus();
        return;
      }
    }
  });
}
