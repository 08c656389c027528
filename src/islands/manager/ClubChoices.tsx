import { type ManagerUiKey, mt } from '../../i18n/manager-ui';
import { CLUB_CHOICES } from '../../lib/manager/presidents-club';
import type { Club } from '../../schemas/manager';
import { changeClubChoices } from '../../stores/manager';
import { unavailableUntil } from './parts';

type Gap = keyof typeof CLUB_CHOICES;

/**
 * Where the handbook is silent or says two things: a choice for each gap (no box checked until the reader
 * chooses), then the gaps with one reading, which the tally makes and says.
 */
export function ClubChoices({ choices, ready }: { choices: Club['choices']; ready: boolean }) {
  return (
    <fieldset class="tool-choices">
      <legend>{mt('manager.gapsTitle')}</legend>
      {(Object.keys(CLUB_CHOICES) as Gap[]).map((gap) => (
        <fieldset class="tool-choice" key={gap}>
          <legend>{mt(`manager.gap.${gap}`)}</legend>
          {CLUB_CHOICES[gap].map((option) => (
            <label key={option} class="tool-check">
              <input
                type="radio"
                name={`club-${gap}`}
                checked={choices[gap] === option}
                aria-disabled={unavailableUntil(ready)}
                onChange={() => changeClubChoices({ [gap]: option })}
              />{' '}
              {mt(`manager.${gap}.${option}` as ManagerUiKey)}
            </label>
          ))}
        </fieldset>
      ))}
      {/* Not choices: gaps with one reading the tally makes, said rather than made silently. A score below 0 gets
          the 0 rule's (why: 'zero'); a figure not entered scores nothing (why: 'missing'); "Top CSMs per team by
          points" names no number (every CSM is listed) and no order for equal totals (by name: scoreClub). */}
      {(['zero', 'missing', 'top', 'ties'] as const).map((gap) => (
        <div class="tool-choice" key={gap}>
          <p class="tool-choice__gap">{mt(`manager.silent.${gap}`)}</p>
          <p>{mt(`manager.here.${gap}`)}</p>
        </div>
      ))}
    </fieldset>
  );
}
