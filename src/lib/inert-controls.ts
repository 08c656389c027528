/*
 * What the browser itself must not do with a control marked `aria-disabled="true"` (src/scripts/inert-controls.ts
 * asks this for each event). Such a control stays in the Tab order, unlike a `disabled` one: a manager tool below
 * the screen's foot renders its controls so until it comes alive, or the keyboard would pass over it. With no
 * code behind it yet, a box ticked, a form sent or a day picked would be a change the tool never hears of, undone
 * when it comes alive: so nothing happens, and a screen reader says the control is unavailable.
 */

/** Inputs whose keys do no editing: a key press on them is a click (Space, Enter), or it scrolls the page. */
const CLICKED_INPUTS = /^(checkbox|radio|button|submit|reset|image|file|color)$/i;

/**
 * A control, read by its properties so this stays pure (the page passes the element itself: its `type`, on a
 * button or a select, is read only for an input).
 */
interface ControlLike {
  localName: string;
  /** An input's type (`text` when missing). */
  type?: string | undefined;
}

/** An event, by what it needs to be checked (the page passes the event itself). */
interface EventLike {
  type: string;
  /** A keydown's key. */
  key?: string | undefined;
}

/**
 * Whether to cancel the browser's own action for an event on an unavailable control. A click is what every
 * press comes to (a tick, a radio picked with an arrow key, a form sent, a file picker), and `beforeinput` is
 * typing, pasting or dropping text. A field or a select also changes with keys alone (a text, date or number
 * field, a textarea: not an input that is clicked), and opens its list or picker on a mouse press; Tab still
 * moves on. Keys on a button or a box are left alone: the arrows scroll the page.
 */
export const cancelsWhileUnavailable = ({ type, key }: EventLike, { localName, type: kind }: ControlLike): boolean =>
  type === 'click' ||
  type === 'beforeinput' ||
  ((localName === 'select' ||
    localName === 'textarea' ||
    (localName === 'input' && !CLICKED_INPUTS.test(kind || 'text'))) &&
    (type === 'mousedown' || (type === 'keydown' && key !== 'Tab')));
