import type { ComponentChildren } from 'preact';
import { type ManagerUiKey, mt } from '../../i18n/manager-ui';
import { CLUB_CHOICES } from '../../lib/manager/presidents-club';
import type { Club } from '../../schemas/manager';
import { changeClubChoices } from '../../stores/manager';
import { unavailableUntil } from './parts';

type Gap = keyof typeof CLUB_CHOICES;

/**
 * Where the handbook is silent or says two things: a choice for each gap (no box checked until the reader
 * chooses), then the gaps with one reading, which the tally makes and says (`readings`, as the server rendered
 * them). Called as a function, not rendered as a component, as the tally's result and cards are (ClubResult.tsx):
 * it keeps no state, and its props, written at the call and in the definition, cost the tools' file more than
 * arguments.
 */
export function clubChoices(choices: Club['choices'], ready: boolean, readings: ComponentChildren) {
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
      {/* Then the gaps with one reading, which the tally makes and says: words that never change, the server's
          (src/components/content/ManagerTool.astro), so this file does not carry them. Folded: open, they made the
          tally three screens long on a phone before its first CSM. */}
      <details>
        <summary>{mt('manager.readingsTitle')}</summary>
        {readings}
      </details>
    </fieldset>
  );
}
