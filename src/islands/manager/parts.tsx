import { useEffect, useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { MAX_NOTE_LENGTH } from '../../schemas/stored';
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

interface ItemProps {
  id: string;
  title: string;
  done: boolean;
  note: string;
  disabled: boolean;
  onDone: (done: boolean) => void;
  onNote: (note: string) => void;
  children?: preact.ComponentChildren;
}

/** One item to tick, with its note: a review question, a checklist item, an agenda item. */
export function NoteItem({ id, title, done, note, disabled, onDone, onNote, children }: ItemProps) {
  const noteId = `${id}-note`;
  return (
    <li class={`tool-item${done ? ' tool-item--done' : ''}`}>
      <label class="tool-item__label">
        <input type="checkbox" checked={done} disabled={disabled} onChange={(e) => onDone(e.currentTarget.checked)} />
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
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        disabled={disabled}
        aria-describedby={counterDescribedBy(noteId, note.length, MAX_NOTE_LENGTH)}
        onInput={(e) => onNote(keepWithinLimit(mt('manager.note'), note, e.currentTarget.value, MAX_NOTE_LENGTH))}
      />
      <LengthCounter fieldId={noteId} length={note.length} max={MAX_NOTE_LENGTH} />
    </li>
  );
}
