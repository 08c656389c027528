import { lt } from '../../i18n/ladder-ui';
import { namedWithItem } from '../../lib/assess-item';
import { quoted } from '../../lib/quoted';
import { MAX_NOTE_LENGTH } from '../../schemas/stored';
import { setItemNote } from '../../stores/ladder';
import { focusAfterRender } from '../focus-after-render';
import { LimitedField } from '../LimitedField';

interface Props {
  id: string;
  /** The item's words, whose start the label quotes. */
  text: string;
  note: string;
  /**
   * Shows or hides the note (its Note button's state): open while the reader is in it, so that Escape, which hides
   * it (an empty note then goes), always changes the state, and the render that follows serves the focus request.
   */
  setOpen: (open: boolean) => void;
}

/** A self-assessment item's note: its field, with its length counter, saved as typed. */
export function ItemNote({ id, text, note, setOpen }: Props) {
  const noteId = `note-${id}`;
  return (
    <div class="assess-item__note">
      <LimitedField
        multiline
        id={noteId}
        rows={3}
        dir="auto"
        label={
          <>
            <span id={`${noteId}-for`}>{lt('ladder.noteFor')}</span> {quoted(text)}
          </>
        }
        name={lt('ladder.note')}
        value={note}
        max={MAX_NOTE_LENGTH}
        aria-labelledby={namedWithItem(`${noteId}-for`, id)}
        // A note with words is shown without being opened (after a reload, say): the reader in it opens it. So it
        // stays while they empty it (it went, and the focus with it), and Escape's closing is a change of state.
        onFocus={() => setOpen(true)}
        onKeyDown={(event) => {
          // Escape hands the focus back to the Note button (and closes an empty note), as the checklists' does.
          if (event.key !== 'Escape' || event.isComposing) return;
          focusAfterRender(`note-button-${id}`);
          setOpen(false);
        }}
        onText={(typed) => setItemNote(id, typed)}
      />
      {/* Paper gets the note's words, every line, not its field (ladder.css), as the manager tools' notes do. */}
      {note && <p class="assess-item__printed">{`${lt('ladder.note')}: ${note}`}</p>}
    </div>
  );
}
