import { useState } from 'preact/hooks';
import { lt } from '../../i18n/ladder-ui';
import { attachedEvidence, evidenceToAttach, namedWithItem } from '../../lib/assess-item';
import type { ResolvedItem } from '../../lib/ladder';
import { originLabel } from '../../lib/ladder-names';
import { listedUnder } from '../../lib/ladder-twins';
import type { Ladder } from '../../schemas/career-ladder';
import type { LadderEvidence, LadderRating } from '../../schemas/ladder-records';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { AddEvidence } from './AddEvidence';
import { ItemEvidence } from './ItemEvidence';
import { ItemNote } from './ItemNote';
import { ItemWords } from './ItemWords';
import { RatingChoice } from './RatingChoice';

interface Props {
  ladder: Ladder;
  /** The target level: an item's origin is named only when it comes from elsewhere (the family list, a specialty). */
  level: string;
  resolved: ResolvedItem;
  /** Another new item has the same words: its name adds the section of the page that lists it (ladder-twins.ts). */
  twin: boolean;
  record: LadderRating | undefined;
  evidence: Readonly<Record<string, LadderEvidence>>;
}

/**
 * One new item: its words, its rating (RatingChoice), its evidence (ItemEvidence), and the two buttons that open
 * what is below them, kept here as they sit side by side: "+ Add evidence" (AddEvidence) and Note (ItemNote).
 */
export function AssessItem({ ladder, level, resolved, twin, record, evidence }: Props) {
  const { item } = resolved;
  const { id } = item;
  const [adding, setAdding] = useState(false);
  // The form and a removed piece's × go away: the focus goes back to "+ Add evidence", which stays.
  useFocusAfterRender();
  const addId = `add-evidence-${id}`;
  const [noteOpen, setNoteOpen] = useState(false);
  const note = record?.note ?? '';
  const noteButtonId = `note-button-${id}`;
  const noteShown = noteOpen || note !== '';
  // The controls are named by their words and the item's whole text (namedWithItem, src/lib/assess-item.ts). So are
  // the note's field (its label shows the start, short enough for a phone) and the evidence form (named by its
  // aria-label). An item with another's words adds where the page lists it, for screen readers: on screen, the
  // groups' headings tell them apart.
  const where = twin ? ` ${listedUnder(ladder, resolved)}` : '';

  return (
    <li class={`assess-item assess-item--${record?.rating ?? 'unrated'}`} id={`assess-${id}`}>
      <p class="assess-item__text" id={`item-${id}`}>
        <ItemWords item={item} />
        {where && <span class="sr-only">{where}</span>}
      </p>
      {item.details.length > 0 && (
        <ul class="ladder-item__details">
          {item.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {resolved.origin !== level && <p class="ladder-item__origin">{originLabel(ladder, resolved.origin)}</p>}
      <RatingChoice id={id} rating={record?.rating} />
      <ItemEvidence id={id} attached={attachedEvidence(record, evidence)} />
      <div class="assess-item__actions">
        <button
          type="button"
          id={addId}
          class="button button--small"
          aria-expanded={adding}
          aria-labelledby={namedWithItem(addId, id)}
          onClick={() => {
            setAdding(!adding);
            // What opens is below the Note button: the focus goes to the form's first field, once it has loaded.
            if (!adding) focusAfterRender(`new-${id}-title`);
          }}
        >
          + {lt('ladder.addEvidence')}
        </button>
        <button
          type="button"
          id={noteButtonId}
          class="button button--small"
          aria-expanded={noteShown}
          aria-labelledby={namedWithItem(noteButtonId, id)}
          onClick={() => {
            // A note with words in it stays shown: the button takes the reader to it, ready to type. The note is
            // there before and after, so it takes the focus at once (going in opens it: ItemNote's onFocus); a
            // request left waiting when nothing renders would take it at the item's next render.
            if (note) document.getElementById(`note-${id}`)?.focus();
            else {
              setNoteOpen(!noteOpen);
              if (!noteOpen) focusAfterRender(`note-${id}`);
            }
          }}
        >
          {lt('ladder.note')}
        </button>
      </div>
      {adding && (
        <AddEvidence
          id={id}
          available={evidenceToAttach(record, evidence)}
          label={lt('ladder.addEvidenceFor', { item: item.text + where })}
          onClose={() => {
            setAdding(false);
            focusAfterRender(addId);
          }}
        />
      )}
      {noteShown && <ItemNote id={id} text={item.text} note={note} setOpen={setNoteOpen} />}
    </li>
  );
}
