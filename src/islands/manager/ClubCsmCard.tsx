import { mt } from '../../i18n/manager-ui';
import { FIGURE_KINDS, type FigureLabel } from '../../lib/manager/club-figures';
import { type ClubCsm, MAX_PERSON_NAME, MAX_TEAM_NAME } from '../../schemas/manager';
import { changeCsm, changeFigure, removeCsm } from '../../stores/manager';
import { AUTOSAVE_MS } from '../../stores/record-store';
import { focusAfterRender } from '../focus-after-render';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';
import { FigureInput } from './FigureInput';

/**
 * One CSM of the President's Club tally: their team and points (`total`, as the ranking scores them) and Remove on
 * one line, then their name, team and figures folded under a disclosure, so a team of six reads on a phone without
 * scrolling past six long forms. `opened`: the cards open on this page, by the id the CSM first had (Undo and Bring
 * them back put them back under a new one, stamped with it): a CSM added here opens, and a card comes back from
 * Undo as the reader left it, the figure typed in it in view. Remove (Undo brings them back). `name`:
 * the name the tally shows them by ("Alex (2)"; one not named yet, "CSM 2"); `fields`: the figures asked for, with
 * their labels (figureFields); `focusAfterRemove`: where the focus goes when they are removed, the next CSM's
 * Remove, or the one before's, or Add a CSM. Called as a function, not rendered as a component (its list item keyed
 * by the CSM's id): it keeps no state, and its props, written at the call and in the definition, cost the tools'
 * file more than arguments.
 */
export function clubCsmCard(
  csm: ClubCsm,
  name: string,
  fields: readonly FigureLabel[],
  focusAfterRemove: string,
  total: string,
  opened: Record<string, boolean>,
) {
  const base = `club-${csm.id}`;
  const first = csm.calendarId ?? csm.id;
  return (
    <li key={csm.id}>
      {/* Takes the focus by script only: where it goes when the card it was in goes (PresidentsClub.tsx). */}
      <fieldset class="club-csm" id={base} tabIndex={-1}>
        <legend dir="auto">{name}</legend>
        <div class="club-csm__line">
          <p>{total}</p>
          {/* "Remove" to the eye, beside the line, the card's legend naming whom; "Remove Ana" to a screen reader. With
              the name shown in it, it went under a long line of team and points (December 7, late night). */}
          <button
            type="button"
            id={`${base}-remove`}
            class="button button--small button--danger"
            aria-label={mt('manager.removeCsm', { name })}
            onClick={() => {
              // As Your team's Remove: the focus goes to the next CSM's Remove button (or the one before, or Add a
              // CSM), and with Undo back to theirs; it fell to the page, sending a keyboard reader to the top.
              removeCsm(csm.id, name, (back) => focusAfterRender(`club-${back}-remove`));
              focusAfterRender(focusAfterRemove);
            }}
          >
            {mt('manager.removeCsmShown')}
          </button>
        </div>
        <details
          open={opened[first]}
          onToggle={(e) => {
            const card = e.currentTarget;
            // Kept open over a figure the tally refuses: it is not saved, and folded it would be out of sight, lost
            // with the page unseen.
            opened[first] = card.open ||= !!card.querySelector('[aria-invalid]');
          }}
        >
          <summary>{mt('manager.csmFigures')}</summary>
          <div class="club-csm__fields">
            {(
              [
                ['name', mt('manager.csmName'), MAX_PERSON_NAME],
                ['team', mt('manager.csmTeam'), MAX_TEAM_NAME],
              ] as const
            ).map(([field, fieldLabel, max]) => (
              <div class="field" key={field}>
                <label for={`${base}-${field}`}>{fieldLabel}</label>
                <input
                  id={`${base}-${field}`}
                  type="text"
                  dir="auto"
                  autoComplete="off"
                  maxLength={max}
                  value={csm[field]}
                  aria-describedby={counterDescribedBy(`${base}-${field}`, csm[field].length, max)}
                  // As every limited field: a paste past the limit is said, with how much was left out.
                  onInput={(e) =>
                    changeCsm(
                      csm.id,
                      { [field]: keepWithinLimit(fieldLabel, csm[field], e.currentTarget, max) },
                      AUTOSAVE_MS,
                    )
                  }
                />
                <LengthCounter fieldId={`${base}-${field}`} length={csm[field].length} max={max} />
              </div>
            ))}
            {fields.map(({ field, label }) => (
              <div class="field" key={field}>
                <label for={`${base}-${field}`}>{label}</label>
                <FigureInput
                  id={`${base}-${field}`}
                  kind={FIGURE_KINDS[field]}
                  value={csm[field]}
                  onCommit={(value, delayMs) => changeFigure(csm.id, field, value, delayMs)}
                />
              </div>
            ))}
          </div>
        </details>
      </fieldset>
    </li>
  );
}
