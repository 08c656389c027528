import { useEffect, useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { MAX_NOTE_LENGTH } from '../../schemas/stored';
import { $announcement, announce, settle } from '../../stores/announcer';
import { Announcer } from '../Announcer';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';
import { StorageNotices } from '../StorageNotices';

/*
 * Parts the page's tools share (My progress's "My week as a manager" shares
 * those in ./shared.tsx): kept apart, so that island does not load these.
 */

/*
 * The page has several toolkit islands, hydrating as they scroll into view;
 * the first to mount shows the page's one announcer and storage notices.
 */
let ownerTaken = false;

/** The page's announcer and storage notices, from whichever toolkit island mounted first. */
export function PageStatus({ ready }: { ready: boolean }) {
  const [owner, setOwner] = useState(false);
  useEffect(() => {
    if (ownerTaken) return;
    ownerTaken = true;
    setOwner(true);
    return () => {
      ownerTaken = false;
    };
  }, []);
  if (!owner) return null;
  return (
    <>
      <StorageNotices ready={ready} />
      <Announcer />
    </>
  );
}

/**
 * Says a field's error in the page's live region, as the field shows it under itself. Said once the field's error is
 * drawn (the render its change asked for comes first, in an earlier microtask): the toast, placed as it appears,
 * then keeps clear of it (src/browser/toast-place.ts). Said at once, the toast was placed before the error was
 * there, and at 1280 px could cover it.
 */
export const sayFieldError = (text: string) => queueMicrotask(() => announce(text, 'error'));

/**
 * Takes back what `sayFieldError` said, if the page still shows it, once the reader has put the field right: the
 * name added, the figure kept, two days chosen apart. Until December 7, late night "A name needs more than spaces. Not added."
 * stayed its six seconds while the reader added two names.
 */
export const unsayFieldError = (text: string) => {
  const shown = $announcement.get();
  if (shown?.text === text) settle(shown.id);
};

/**
 * A tool's controls until it is ready (hydrated, its records read): marked unavailable, not `disabled`, so they
 * stay in the Tab order. A tool below the screen's foot comes alive when scrolled into view, and a `disabled`
 * control there was passed over by Tab; focused, the control scrolls it into view and it comes alive around the
 * focus. src/scripts/inert-controls.ts keeps the browser from acting on the control meanwhile.
 */
export const unavailableUntil = (ready: boolean): 'true' | undefined => (ready ? undefined : 'true');

/**
 * Where a tool says it holds nothing ("No one yet", "0 calls reviewed this week"), the server's page says it is
 * opening (`manager.opening` when this is true): the reader's records are read only once the tool is alive, and
 * may hold something. In the browser the tool is alive before it is first drawn (useStarted: the hydration's words
 * are replaced before any frame), and this is false there, so the build leaves the server's words out of the code.
 */
export const OPENING_ON_SERVER = import.meta.env.SSR;

/**
 * One item to tick, with its note: a review question, a checklist item, an agenda item; `id` names it (its list
 * item's key too), `ready` is false until the tool is ready (the box and the note are unavailable,
 * unavailableUntil), `children` go under its title. Called as a function, not rendered as a component, as the
 * tally's result is (ClubResult.tsx): it keeps no state, and its props, written at the calls and in the definition,
 * cost the tools' file more than arguments.
 */
export function noteItem(
  id: string,
  title: string,
  done: boolean,
  note: string,
  ready: boolean,
  onDone: (done: boolean) => void,
  onNote: (note: string) => void,
  children?: preact.ComponentChildren,
) {
  const noteId = `${id}-note`;
  return (
    <li key={id} class={`tool-item${done ? ' tool-item--done' : ''}`}>
      <label class="tool-item__label">
        <input
          type="checkbox"
          checked={done}
          aria-disabled={unavailableUntil(ready)}
          onChange={(e) => onDone(e.currentTarget.checked)}
        />
        <span>{title}</span>
      </label>
      {children}
      <label class="tool-item__note" for={noteId}>
        {mt('manager.note')}
      </label>
      <textarea
        id={noteId}
        // The visible label says "Note"; the name says which item it belongs to.
        aria-label={`${mt('manager.note')}: ${title}`}
        rows={2}
        dir="auto"
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        aria-disabled={unavailableUntil(ready)}
        aria-describedby={counterDescribedBy(noteId, note.length, MAX_NOTE_LENGTH)}
        onInput={(e) => onNote(keepWithinLimit(mt('manager.note'), note, e.currentTarget, MAX_NOTE_LENGTH))}
      />
      <LengthCounter fieldId={noteId} length={note.length} max={MAX_NOTE_LENGTH} />
      {/* Paper gets the note's words, not its field (manager.css). */}
      {note && <p class="tool-item__printed">{`${mt('manager.note')}: ${note}`}</p>}
    </li>
  );
}
