import { useState } from 'preact/hooks';
import { lt } from '../../i18n/ladder-ui';
import { quoted } from '../../lib/quoted';
import type { LadderEvidence } from '../../schemas/ladder-records';
import { attachEvidence } from '../../stores/ladder';
import { LazyEvidenceForm } from './LazyEvidenceForm';

interface Props {
  id: string;
  /** The record's pieces not attached to the item yet (evidenceToAttach, src/lib/assess-item.ts). */
  available: LadderEvidence[];
  /** The form's name: the item's whole text. */
  label: string;
  /** Closes the form, giving the focus back to "+ Add evidence". */
  onClose: () => void;
}

/** What "+ Add evidence" opens under an item: a piece from the record to attach, or the form for a new one. */
export function AddEvidence({ id, available, label, onClose }: Props) {
  const [choice, setChoice] = useState('');
  return (
    <div class="assess-item__add">
      {available.length > 0 && (
        // biome-ignore lint/a11y/noStaticElementInteractions: it hears Escape from its own select and button, the controls.
        <div
          class="evidence-attach"
          // Escape is Cancel here too, as in the form below: the picker and the form go, the focus back on "+ Add evidence".
          onKeyDown={(event) => event.key === 'Escape' && !event.isComposing && onClose()}
        >
          <label for={`attach-${id}`}>{lt('ladder.attachExisting')}</label>
          <select id={`attach-${id}`} value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
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
              if (choice && attachEvidence(id, choice)) {
                setChoice('');
                onClose();
              }
            }}
          >
            {lt('ladder.attach')}
          </button>
        </div>
      )}
      <LazyEvidenceForm idPrefix={`new-${id}`} label={label} item={id} onCancel={onClose} onSaved={onClose} />
    </div>
  );
}
