/*
 * Controls marked `aria-disabled="true"` do nothing by the browser's own hand (which events: src/lib/inert-controls.ts).
 * The manager tools render theirs so until they come alive (src/components/content/ManagerTool.astro), in the Tab
 * order where `disabled` would take them out of it. Only the browser's action is cancelled, never the event: code
 * that listens still hears it (a full plan's "+ Add …" says why it adds nothing).
 */
import { cancelsWhileUnavailable } from '../lib/inert-controls';

const cancel = (event: Event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const control = target.closest('[aria-disabled="true"]');
  if (!control) return;
  const key = event instanceof KeyboardEvent ? event.key : undefined;
  const type = control instanceof HTMLInputElement ? control.type : undefined;
  if (cancelsWhileUnavailable({ type: event.type, key }, { localName: control.localName, type }))
    event.preventDefault();
};

// Capture: before any listener of the page's, so the same rule holds wherever the control is.
for (const type of ['click', 'beforeinput', 'keydown', 'mousedown']) document.addEventListener(type, cancel, true);
