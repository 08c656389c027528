import { useLayoutEffect } from 'preact/hooks';

/*
 * Where the keyboard focus goes after an edit that re-renders the plan: a
 * moved item's button, the next item after a removal, a new item's field.
 * Without this the focused element is re-created or removed, and the focus
 * falls to the page.
 */

/** An edit that did not re-render (refused, say) must not move the focus at some later keystroke. */
const PENDING_FOCUS_MS = 2_000;

let pending: { ids: string[]; until: number } | undefined;

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

function canFocus(element: Element): element is HTMLElement {
  return element instanceof HTMLElement && !element.matches(':disabled') && element.getClientRects().length > 0;
}

/** The element with `id` if it takes the focus, or else the first of its controls that does. */
function focusTarget(id: string): HTMLElement | undefined {
  const element = document.getElementById(id);
  if (!element) return undefined;
  if (element.matches(FOCUSABLE) && canFocus(element)) return element;
  return [...element.querySelectorAll(FOCUSABLE)].find(canFocus);
}

/** After the next render of the plan, focuses the first of `ids` that can take it (an element or its first control). */
export function focusAfterRender(...ids: string[]): void {
  pending = { ids, until: Date.now() + PENDING_FOCUS_MS };
}

/** Called once, by the island that renders the whole plan: its layout effect runs after every item has rendered. */
export function useFocusAfterRender(): void {
  useLayoutEffect(() => {
    if (!pending) return;
    const { ids, until } = pending;
    pending = undefined;
    if (Date.now() > until) return;
    for (const id of ids) {
      const target = focusTarget(id);
      if (target) {
        target.focus();
        return;
      }
    }
  });
}
