import { lt } from '../../i18n/ladder-ui';
import { quoted } from '../../lib/quoted';
import type { LadderItem } from '../../schemas/career-ladder';
import { MAX_NOTE_LENGTH } from '../../schemas/stored';
import { setItemNote } from '../../stores/ladder';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';

interface ItemNoteProps {
  item: LadderItem;
  note: string;
  noteId: string;
  /** The Note button, which Escape gives the focus back to. */
  noteButtonId: string;
  /** The field's name: its words with the item's whole text (AssessItem's `named`). */
  named: (id: string) => string;
  /** Escape: the note closes if it is empty (a note with words stays shown). */
  onClose: () => void;
}

/** An item's note, kept with its rating. */
export function ItemNote({ item, note, noteId, noteButtonId, named, onClose }: ItemNoteProps) {
  return (
    <div class="assess-item__note">
      <div class="evidence-form__head">
        <label for={noteId}>
          <span id={`${noteId}-for`}>{lt('ladder.noteFor')}</span> {quoted(item.text)}
        </label>
        <LengthCounter fieldId={noteId} length={note.length} max={MAX_NOTE_LENGTH} />
      </div>
      <textarea
        id={noteId}
        rows={3}
        value={note}
        maxLength={MAX_NOTE_LENGTH}
        aria-labelledby={named(`${noteId}-for`)}
        aria-describedby={counterDescribedBy(noteId, note.length, MAX_NOTE_LENGTH)}
        onKeyDown={(event) => {
          // Escape hands the focus back to the Note button (and closes an empty note), as the checklists' does. At
          // once, not through focusAfterRender: the button is there before and after, and a note with words stays
          // shown, so no render may follow to serve a request.
          if (event.key !== 'Escape' || event.isComposing) return;
          document.getElementById(noteButtonId)?.focus();
          onClose();
        }}
        onInput={(event) =>
          setItemNote(item.id, keepWithinLimit(lt('ladder.note'), note, event.currentTarget.value, MAX_NOTE_LENGTH))
        }
      />
    </div>
  );
}
