/*
 * Controls marked `aria-disabled="true"` do nothing by the browser's own hand (which events: src/lib/inert-controls.ts).
 * The manager tools render theirs so until they come alive (src/components/content/ManagerTool.astro), in the Tab
 * order where `disabled` would take them out of it. Only the browser's action is cancelled, never the event: code
 * that listens still hears it (a full plan's "+ Add …" says why it adds nothing).
 */
import { cancelsWhileUnavailable } from '../lib/inert-controls';

/** The press made while its tool was still coming, waiting for the tool. */
let waiting: MutationObserver | undefined;

const cancel = (event: Event) => {
  // An element's (the page's own events come from one; a window's or a document's has no `closest`).
  const control = (event.target as Element).closest?.('[aria-disabled="true"]');
  if (!control) return;
  // The event and the element themselves: a keydown has its key, an input its type (objects built to pass
  // them cost this page's inline code for nothing).
  if (!cancelsWhileUnavailable(event as KeyboardEvent, control as HTMLInputElement)) return;
  event.preventDefault();
  // A press on a tool still coming (Astro's `ssr` mark until its island is alive) is made once the control is
  // available, if the reader is still on it (or in its form): a keyboard reader's Enter is not lost for being quick. One press
  // waits at a time, the last; a control unavailable for a reason of its own (a full plan) is never waited for.
  if (event.type !== 'click' || !control.closest('astro-island[ssr]')) return;
  waiting?.disconnect();
  waiting = new MutationObserver(() => {
    // Available: the tool drops the attribute (src/islands/manager/parts.tsx, `unavailableUntil`).
    if (control.ariaDisabled) return;
    waiting?.disconnect();
    // Still on it, or in its form: Enter in a text field presses the form's submit button (review3a M3).
    if (((control as HTMLButtonElement).form ?? control).contains(document.activeElement))
      (control as HTMLElement).click();
  });
  waiting.observe(control, { attributeFilter: ['aria-disabled'] });
};

// Capture: before any listener of the page's, so the same rule holds wherever the control is.
for (const type of ['click', 'beforeinput', 'keydown', 'mousedown']) document.addEventListener(type, cancel, true);
