import { useState } from 'preact/hooks';
import { lt } from '../../i18n/ladder-ui';
import type { ResolvedItem } from '../../lib/ladder';
import { originLabel } from '../../lib/ladder-names';
import { listedUnder } from '../../lib/ladder-twins';
import { quoted } from '../../lib/quoted';
import type { Ladder } from '../../schemas/career-ladder';
import { LADDER_RATINGS, type LadderEvidence, type LadderRating } from '../../schemas/ladder-records';
import { MAX_NOTE_LENGTH } from '../../schemas/stored';
import { announce } from '../../stores/announcer';
import { attachEvidence, createEvidence, detachEvidence, rateItem, setItemNote } from '../../stores/ladder';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';
import { EvidenceLink } from './EvidenceLink';
import { ItemWords } from './ItemWords';
import { LazyEvidenceForm } from './LazyEvidenceForm';

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

/** One new item: its rating, its evidence (new or from the record), its note. */
export function AssessItem({ ladder, level, resolved, twin, record, evidence }: Props) {
  const { item } = resolved;
  const [adding, setAdding] = useState(false);
  // The form and a removed piece's × go away: the focus goes back to "+ Add evidence", which stays.
  useFocusAfterRender();
  const addId = `add-evidence-${item.id}`;
  const closeForm = () => {
    setAdding(false);
    focusAfterRender(addId);
  };
  const [noteOpen, setNoteOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const attached = (record?.evidence ?? []).flatMap((id) => (evidence[id] ? [evidence[id]] : []));
  const available = Object.values(evidence)
    .filter((piece) => !record?.evidence.includes(piece.id))
    .sort((a, b) => a.title.localeCompare(b.title));
  const note = record?.note ?? '';
  const textId = `item-${item.id}`;
  const noteId = `note-${item.id}`;
  const noteButtonId = `note-button-${item.id}`;
  const clearId = `clear-${item.id}`;
  const legendId = `rate-legend-${item.id}`;
  const noteShown = noteOpen || note !== '';
  // The controls are named by their words and the item's whole text (aria-labelledby, as the checklists' are):
  // items can start alike, and a name cut at 60 characters does not tell them apart. So are the note's field (its
  // label shows the start, short enough for a phone) and the evidence form (named by its aria-label). An item with
  // another's words adds where the page lists it, for screen readers: on screen, the groups' headings tell them apart.
  const named = (id: string) => `${id} ${textId}`;
  const where = twin ? ` ${listedUnder(ladder, resolved)}` : '';

  return (
    <li class={`assess-item assess-item--${record?.rating ?? 'unrated'}`} id={`assess-${item.id}`}>
      <p class="assess-item__text" id={textId}>
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
      <fieldset class="rating" id={`rating-${item.id}`} aria-labelledby={named(legendId)}>
        <legend id={legendId}>{lt('ladder.rateLegend')}</legend>
        <div class="rating__options" data-unrated={lt('ladder.rating.unrated')}>
          {LADDER_RATINGS.map((rating) => (
            <label key={rating} class={`rating__option rating__option--${rating}`}>
              <input
                type="radio"
                name={`rate-${item.id}`}
                value={rating}
                checked={record?.rating === rating}
                onChange={() => rateItem(item.id, rating)}
              />
              <span>{lt(`ladder.rating.${rating}`)}</span>
            </label>
          ))}
          {record?.rating && (
            <button
              type="button"
              id={clearId}
              class="button button--small button--quiet"
              aria-labelledby={named(clearId)}
              onClick={() => {
                // The button goes with the rating: the focus goes to the ratings, where the arrows rate again.
                rateItem(item.id, undefined);
                focusAfterRender(`rating-${item.id}`);
              }}
            >
              {lt('ladder.clearRating')}
            </button>
          )}
        </div>
      </fieldset>
      <div class="assess-item__evidence">
        <p class="assess-item__label">{lt('ladder.evidence')}</p>
        {attached.length === 0 ? (
          <p class="assess-item__none">{lt('ladder.noEvidence')}</p>
        ) : (
          <ul class="evidence-list">
            {attached.map((piece) => (
              <li key={piece.id}>
                <EvidenceLink evidence={piece} />
                <button
                  type="button"
                  class="button button--small button--quiet evidence-list__remove"
                  aria-label={lt('ladder.detachLabel', { title: quoted(piece.title) })}
                  onClick={() => {
                    detachEvidence(item.id, piece.id);
                    focusAfterRender(addId);
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="assess-item__actions">
        <button
          type="button"
          id={addId}
          class="button button--small"
          aria-expanded={adding}
          aria-labelledby={named(addId)}
          onClick={() => {
            setAdding(!adding);
            // What opens is below the Note button: the focus goes to the form's first field, once it has loaded.
            if (!adding) focusAfterRender(`new-${item.id}-title`);
          }}
        >
          + {lt('ladder.addEvidence')}
        </button>
        <button
          type="button"
          id={noteButtonId}
          class="button button--small"
          aria-expanded={noteShown}
          aria-labelledby={named(noteButtonId)}
          onClick={() => {
            // A note with words in it stays shown: the button takes the reader to it, ready to type.
            const open = !noteShown || note !== '';
            setNoteOpen(open);
            if (open) focusAfterRender(noteId);
          }}
        >
          {lt('ladder.note')}
        </button>
      </div>
      {adding && (
        <div class="assess-item__add">
          {available.length > 0 && (
            <div class="evidence-attach">
              <label for={`attach-${item.id}`}>{lt('ladder.attachExisting')}</label>
              <select
                id={`attach-${item.id}`}
                value={choice}
                onChange={(event) => setChoice(event.currentTarget.value)}
              >
                <option value="">{lt('ladder.attachChoose')}</option>
                {available.map((piece) => (
                  <option key={piece.id} value={piece.id}>
                    {quoted(piece.title)}
                    {piece.tags.length > 0 ? ` (${piece.tags.join(', ')})` : ''}
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="button button--small"
                disabled={!choice}
                onClick={() => {
                  if (choice && attachEvidence(item.id, choice)) {
                    setChoice('');
                    closeForm();
                  }
                }}
              >
                {lt('ladder.attach')}
              </button>
            </div>
          )}
          <LazyEvidenceForm
            idPrefix={`new-${item.id}`}
            label={lt('ladder.addEvidenceFor', { item: item.text + where })}
            onCancel={closeForm}
            onSave={(fields) => {
              const id = createEvidence(fields);
              if (!id) return;
              attachEvidence(item.id, id);
              announce(lt('ladder.evidenceAdded', { title: quoted(fields.title) }));
              closeForm();
            }}
          />
        </div>
      )}
      {noteShown && (
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
              // Escape hands the focus back to the Note button (and closes an empty note), as the checklists' does.
              if (event.key !== 'Escape' || event.isComposing) return;
              // At once, not through focusAfterRender: the button is there before and after, and a note with words
              // stays shown, so no render may follow to serve a request.
              document.getElementById(noteButtonId)?.focus();
              setNoteOpen(false);
            }}
            onInput={(event) =>
              setItemNote(item.id, keepWithinLimit(lt('ladder.note'), note, event.currentTarget, MAX_NOTE_LENGTH))
            }
          />
        </div>
      )}
    </li>
  );
}
