import { useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { sameRenewalDays } from '../../lib/manager/cadence';
import type { ManagerSettings } from '../../schemas/manager';
import { changeSettings } from '../../stores/manager';
import { readToday } from '../../stores/today';
import { DateInput } from '../DateInput';
import { sayFieldError, unavailableUntil, unsayFieldError } from './parts';

interface RenewalChoiceProps {
  renewal: ManagerSettings['renewal'];
  ready: boolean;
}

/** When Renewal Review's "at least twice-monthly" falls: two days of each month, or every two weeks from a date. */
export function RenewalChoice({ renewal, ready }: RenewalChoiceProps) {
  // Two days picked alike are not saved (renewalSchedule says why): the field picked goes back to the day saved, as
  // a reload shows it (it showed the day refused, a choice not saved), and says why until either day is changed,
  // as a refused figure's field does. Alike from storage (an old backup), the second day is the one to change.
  const [refused, setRefused] = useState<{ day: number; index: 0 | 1 }>();
  const days = renewal?.rule === 'days' ? renewal.days : ([1, 15] as const);
  const clashing = refused?.index ?? (sameRenewalDays(days) ? 1 : undefined);
  const dayOptions = Array.from({ length: 28 }, (_, i) => i + 1);

  return (
    <div class="field">
      <p class="field__help">{mt('manager.renewalUnset')}</p>
      <div class="tool-choice-list">
        <label class="tool-check">
          <input
            type="radio"
            name="renewal-rule"
            checked={renewal?.rule === 'days'}
            aria-disabled={unavailableUntil(ready)}
            onChange={() => changeSettings({ renewal: { rule: 'days', days: [days[0], days[1]] } })}
          />{' '}
          {mt('manager.renewalDays')}
        </label>
        <label class="tool-check">
          <input
            type="radio"
            name="renewal-rule"
            checked={renewal?.rule === 'every-two-weeks'}
            aria-disabled={unavailableUntil(ready)}
            onChange={() => {
              setRefused(undefined);
              changeSettings({ renewal: { rule: 'every-two-weeks', from: readToday() } });
            }}
          />{' '}
          {mt('manager.renewalBiweekly')}
        </label>
      </div>
      {renewal?.rule === 'days' && (
        <>
          <div class="field__row">
            {([0, 1] as const).map((index) => (
              <label key={index}>
                {index === 0 ? mt('manager.renewalFirst') : mt('manager.renewalSecond')}{' '}
                <select
                  value={days[index]}
                  aria-invalid={clashing === index ? 'true' : undefined}
                  aria-describedby={clashing === index ? 'manager-renewal-days-error' : undefined}
                  onChange={(e) => {
                    const next: [number, number] = [days[0], days[1]];
                    next[index] = Number(e.currentTarget.value);
                    const alike = sameRenewalDays(next);
                    const said = (day = next[0]) =>
                      `${mt('manager.renewalSameDay', { day })} ${mt('manager.notSaved')}`;
                    setRefused(alike ? { day: next[0], index } : undefined);
                    // Said in the page's live region too, as it appears (as a date not used is): the field's
                    // description is read only when the field is reached again. Two days chosen apart take it back.
                    if (alike) sayFieldError(said());
                    else {
                      if (refused) unsayFieldError(said(refused.day));
                      changeSettings({ renewal: { rule: 'days', days: next } });
                    }
                  }}
                >
                  {dayOptions.map((day) => (
                    <option key={day} value={day}>
                      {day}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {clashing !== undefined && (
            <p id="manager-renewal-days-error" class="field__error">
              {mt('manager.renewalSameDay', { day: refused?.day ?? days[0] })}
              {refused && ` ${mt('manager.notSaved')}`}
            </p>
          )}
        </>
      )}
      {renewal?.rule === 'every-two-weeks' && (
        <label class="field__row" for="manager-renewal-from">
          {mt('manager.renewalFrom')}{' '}
          <DateInput
            id="manager-renewal-from"
            required
            value={renewal.from}
            onCommit={(value) => value && changeSettings({ renewal: { rule: 'every-two-weeks', from: value } })}
          />
        </label>
      )}
    </div>
  );
}
