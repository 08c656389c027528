import { lt } from '../../i18n/ladder-ui';
import { quoted } from '../../lib/quoted';
import type { LadderEvidence } from '../../schemas/ladder-records';
import { detachEvidence } from '../../stores/ladder';
import { focusAfterRender } from '../focus-after-render';
import { EvidenceLink } from './EvidenceLink';

interface Props {
  id: string;
  /** The pieces attached to the item (attachedEvidence, src/lib/assess-item.ts). */
  attached: LadderEvidence[];
}

/** A self-assessment item's evidence: each piece attached to it, with × to detach it. */
export function ItemEvidence({ id, attached }: Props) {
  return (
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
                class="button button--small button--danger evidence-list__remove"
                aria-label={lt('ladder.detachLabel', { title: quoted(piece.title) })}
                onClick={() => {
                  // The × goes with the piece: the focus goes to "+ Add evidence", which stays.
                  detachEvidence(id, piece.id);
                  focusAfterRender(`add-evidence-${id}`);
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
