import { lt } from '../../i18n/ladder-ui';
import { quoted } from '../../lib/quoted';
import type { LadderItem } from '../../schemas/career-ladder';
import type { LadderEvidence } from '../../schemas/ladder-records';
import { announce } from '../../stores/announcer';
import { attachEvidence, createEvidence } from '../../stores/ladder';
import { LazyEvidenceForm } from './LazyEvidenceForm';

interface AddEvidenceProps {
  item: LadderItem;
  /** The item's words, for the form's name (with where the page lists it, for an item with another's words). */
  name: string;
  /** The record's pieces not on this item yet, by title. */
  available: LadderEvidence[];
  /** The piece picked to attach, kept by the item while this part is closed. */
  choice: string;
  onChoose: (id: string) => void;
  /** Closes this part: the focus goes back to "+ Add evidence" (AssessItem). */
  onClose: () => void;
}

/** "+ Add evidence" opened: a piece from the record of achievements, or a new one. */
export function AddEvidence({ item, name, available, choice, onChoose, onClose }: AddEvidenceProps) {
  return (
    <div class="assess-item__add">
      {available.length > 0 && (
        <div class="evidence-attach">
          <label for={`attach-${item.id}`}>{lt('ladder.attachExisting')}</label>
          <select id={`attach-${item.id}`} value={choice} onChange={(event) => onChoose(event.currentTarget.value)}>
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
                onChoose('');
                onClose();
              }
            }}
          >
            {lt('ladder.attach')}
          </button>
        </div>
      )}
      <LazyEvidenceForm
        idPrefix={`new-${item.id}`}
        label={lt('ladder.addEvidenceFor', { item: name })}
        onCancel={onClose}
        onSave={(fields) => {
          const id = createEvidence(fields);
          if (!id) return;
          attachEvidence(item.id, id);
          announce(lt('ladder.evidenceAdded', { title: quoted(fields.title) }));
          onClose();
        }}
      />
    </div>
  );
}
