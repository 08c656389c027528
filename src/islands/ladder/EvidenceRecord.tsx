import { useState } from 'preact/hooks';
import { lt } from '../../i18n/ladder-ui';
import { quoted } from '../../lib/quoted';
import { $ladderEvidence, $ladderRatings, deleteEvidence } from '../../stores/ladder';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { useStore } from '../use-store';
import { EvidenceLink } from './EvidenceLink';
import { LazyEvidenceForm } from './LazyEvidenceForm';

/** The reader's record of achievements: every piece of evidence, filtered by tag, edited or deleted (with Undo). */
export function EvidenceRecord() {
  const evidence = useStore($ladderEvidence);
  const ratings = useStore($ladderRatings);
  const [tag, setTag] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  // A closed form or a deleted piece takes its buttons with it: the focus goes to the next piece's (or to "+ Add").
  useFocusAfterRender();
  const pieces = Object.values(evidence).sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title));
  const tags = [...new Set(pieces.flatMap((piece) => piece.tags))].sort((a, b) => a.localeCompare(b));
  const shown = tag ? pieces.filter((piece) => piece.tags.includes(tag)) : pieces;
  // Saved or cancelled, a form closes so, and the focus goes back to the button that opened it.
  const closeEdit = () => {
    setEditing(undefined);
    focusAfterRender(`evidence-edit-${editing}`);
  };
  const closeAdd = () => {
    setAdding(false);
    focusAfterRender('evidence-record-add');
  };
  const uses = (id: string) => Object.values(ratings).filter((record) => record.evidence.includes(id)).length;

  return (
    <section class="ladder-section ladder-record" aria-labelledby="record-title">
      <h2 id="record-title">{lt('ladder.recordTitle')}</h2>
      <p>{lt('ladder.recordIntro')}</p>
      {tags.length > 0 && (
        <div class="ladder-record__filter">
          <label for="record-tag">{lt('ladder.filterByTag')}</label>
          <select id="record-tag" value={tag} onChange={(event) => setTag(event.currentTarget.value)}>
            <option value="">{lt('ladder.allTags')}</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {pieces.length === 0 && <p class="assess-item__none">{lt('ladder.recordEmpty')}</p>}
      <ul class="ladder-record__list">
        {shown.map((piece) =>
          editing === piece.id ? (
            <li key={piece.id}>
              <LazyEvidenceForm
                idPrefix={`edit-${piece.id}`}
                label={lt('ladder.editLabel', { title: quoted(piece.title) })}
                piece={piece}
                onCancel={closeEdit}
                onSaved={closeEdit}
              />
            </li>
          ) : (
            <li key={piece.id} class="ladder-record__entry">
              <EvidenceLink evidence={piece} />
              <span class="ladder-record__uses">
                {/* "No evidence yet", "Nothing yet": a piece on no item says so as the page's other empties do. */}
                {uses(piece.id) === 0 ? lt('ladder.notUsed') : lt('ladder.usedFor', { count: uses(piece.id) })}
              </span>
              <span class="ladder-record__actions">
                <button
                  type="button"
                  id={`evidence-edit-${piece.id}`}
                  class="button button--small"
                  aria-label={lt('ladder.editLabel', { title: quoted(piece.title) })}
                  onClick={() => {
                    setEditing(piece.id);
                    // The button gives way to the form: the focus goes to its first field, once it is there.
                    focusAfterRender(`edit-${piece.id}-title`);
                  }}
                >
                  {lt('ladder.edit')}
                </button>
                <button
                  type="button"
                  id={`evidence-delete-${piece.id}`}
                  class="button button--small button--danger"
                  aria-label={lt('ladder.deleteLabel', { title: quoted(piece.title) })}
                  onClick={() => {
                    const next = shown[shown.indexOf(piece) + 1] ?? shown[shown.indexOf(piece) - 1];
                    // Undo brings the piece back, and the focus to its Delete button, where it was.
                    deleteEvidence(piece.id, () => focusAfterRender(`evidence-delete-${piece.id}`));
                    // The items above render the deletion too: the focus waits for the record's render.
                    focusAfterRender(next ? `evidence-delete-${next.id}` : 'evidence-record-add', () => {
                      return !document.getElementById(`evidence-delete-${piece.id}`);
                    });
                  }}
                >
                  {lt('ladder.delete')}
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      {adding ? (
        <LazyEvidenceForm
          idPrefix="record-new"
          label={lt('ladder.addEvidence')}
          onCancel={closeAdd}
          onSaved={closeAdd}
        />
      ) : (
        <button
          type="button"
          id="evidence-record-add"
          class="button"
          onClick={() => {
            setAdding(true);
            focusAfterRender('record-new-title');
          }}
        >
          + {lt('ladder.addEvidence')}
        </button>
      )}
    </section>
  );
}
