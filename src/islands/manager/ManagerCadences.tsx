import '../../styles/planner.css';
import '../../styles/manager.css';
import { useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { formatDate } from '../../lib/dates';
import { sameRenewalDays } from '../../lib/manager/cadence';
import { namesApart } from '../../lib/manager/names';
import type { CadenceWords, ReviewLink } from '../../lib/manager/toolkit';
import { CADENCE_IDS, type CadenceRow, cadenceRows } from '../../lib/manager/week-summary';
import { $calls, $managerSettings, $reviewSessions, $team, changeSettings } from '../../stores/manager';
import { $today, readToday } from '../../stores/today';
import { DateInput } from '../DateInput';
import { useStore } from '../use-store';
import { downloadCalendar } from './exports';
import { PageStatus, sayFieldError, unavailableUntil } from './parts';
import { lastDoneWords, StateTag, useManagerReady, useUnknownLines } from './shared';

/** The words under a cadence: its rule from the seed, and when it was last done or is due. */
function rowDetail(row: CadenceRow, renewalRule: string): string {
  if (row.kind === 'unset') return mt('manager.cadenceTwice', { rule: mt('manager.renewalNotSet') });
  if (row.kind === 'regular')
    return `${row.id === 'checklist' ? mt('manager.cadenceNone') : mt('manager.cadenceRegular')} ${lastDoneWords(row)}.`;
  const rule =
    row.id === 'calls'
      ? mt('manager.cadenceCalls', { count: row.count })
      : row.id === 'renewal'
        ? mt('manager.cadenceTwice', { rule: renewalRule })
        : mt('manager.cadenceMonthly');
  const when =
    row.status.state === 'done'
      ? mt('manager.doneUntil', { date: formatDate(row.status.nextPeriod) })
      : mt('manager.dueSince', { date: formatDate(row.status.dueSince) });
  return `${rule} ${lastDoneWords(row)}; ${when}.`;
}

/**
 * "What is due": every review cadence and the call reviews, done / due /
 * overdue today, the reader's choices where the seed is silent (renewal
 * days, first day of the week, when quarters start) and the cadences as a
 * calendar with recurring events. Its panel's frame is the page's
 * (src/components/content/ManagerTool.astro).
 */
interface Props {
  /** The reviews' names and sections, from the seed. */
  reviews: ReviewLink[];
  /** The seed's words for the calendar's events. */
  calendarWords: CadenceWords;
}

export default function ManagerCadences({ reviews, calendarWords }: Props) {
  const ready = useManagerReady();
  const sessions = useStore($reviewSessions);
  const settings = useStore($managerSettings);
  const calls = useStore($calls);
  const team = useStore($team);
  const today = useStore($today);
  const unknown = useUnknownLines();
  const settingsWhy = unknown('settings');
  const calendarWhy = unknown('team');
  // Before the tool is alive each row is its link only (its state needs the reader's records and today), so the
  // keyboard reaches the list, the tool's first controls, and keeps its place as the states come in.
  const rows: (CadenceRow | { id: CadenceRow['id']; kind: 'pending' })[] = ready
    ? cadenceRows(sessions, settings, calls, today)
    : CADENCE_IDS.map((id) => ({ id, kind: 'pending' }));
  const renewal = settings?.renewal;
  const renewalRule = !renewal
    ? mt('manager.renewalNotSet')
    : renewal.rule === 'days'
      ? mt('manager.renewalDaysRule', { a: renewal.days[0], b: renewal.days[1] })
      : mt('manager.renewalBiweeklyRule', { date: formatDate(renewal.from) });
  // Two days picked alike are not saved (renewalSchedule says why): the field picked goes back to the day saved, as
  // a reload shows it (it showed the day refused, a choice not saved), and says why until either day is changed,
  // as a refused figure's field does. Alike from storage (an old backup), the second day is the one to change.
  const [refused, setRefused] = useState<{ day: number; index: 0 | 1 }>();
  const days = renewal?.rule === 'days' ? renewal.days : ([1, 15] as const);
  const clashing = refused?.index ?? (sameRenewalDays(days) ? 1 : undefined);
  const dayOptions = Array.from({ length: 28 }, (_, i) => i + 1);

  return (
    <>
      <PageStatus ready={ready} />
      <ul class="due-list">
        {rows.map((row) => {
          const review = reviews.find((r) => r.id === row.id);
          const title = review?.title ?? mt('manager.callsTitle');
          const href = review ? `#${review.anchor}` : '#manager-team-title';
          const why = unknown(row.id);
          return (
            <li key={row.id} class="due-list__item">
              {/* Renewal days not chosen yet: no state to give, only the prompt to choose (the detail); a record not
                  read here: no state either, only why. */}
              {row.kind !== 'unset' && row.kind !== 'pending' && !why && (
                <>
                  <StateTag state={row.kind === 'scheduled' ? row.status.state : 'regular'} />{' '}
                </>
              )}
              <a href={href}>{title}</a>
              {row.kind !== 'pending' && <span class="due-list__detail">{why ?? rowDetail(row, renewalRule)}</span>}
            </li>
          );
        })}
      </ul>
      <fieldset class="tool-choices">
        <legend>{mt('manager.settingsTitle')}</legend>
        {/* Not read here: no choice shown as made (the defaults are not the reader's), and none to make, as the
            store would not write over them. */}
        {settingsWhy ? (
          <p>{settingsWhy}</p>
        ) : (
          <>
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
                            setRefused(alike ? { day: next[0], index } : undefined);
                            // Said in the page's live region too, as it appears (as a date not used is): the field's
                            // description is read only when the field is reached again.
                            if (alike)
                              sayFieldError(
                                `${mt('manager.renewalSameDay', { day: next[0] })} ${mt('manager.notSaved')}`,
                              );
                            else changeSettings({ renewal: { rule: 'days', days: next } });
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
            <div class="field">
              <label for="manager-week-start">{mt('manager.weekStart')}</label>
              <select
                id="manager-week-start"
                value={settings?.weekStart ?? 'monday'}
                aria-disabled={unavailableUntil(ready)}
                onChange={(e) =>
                  changeSettings({ weekStart: e.currentTarget.value === 'sunday' ? 'sunday' : 'monday' })
                }
              >
                <option value="monday">{mt('manager.monday')}</option>
                <option value="sunday">{mt('manager.sunday')}</option>
              </select>
              <p class="field__help">{mt('manager.settingsWeek')}</p>
            </div>
            <div class="field">
              <label for="manager-quarter-start">{mt('manager.quarterStart')}</label>
              <select
                id="manager-quarter-start"
                value={settings?.quarterStartMonth ?? 1}
                aria-disabled={unavailableUntil(ready)}
                onChange={(e) => {
                  const month = Number(e.currentTarget.value);
                  changeSettings({ quarterStartMonth: month === 2 ? 2 : month === 3 ? 3 : 1 });
                }}
              >
                <option value="1">{mt('manager.quarterJan')}</option>
                <option value="2">{mt('manager.quarterFeb')}</option>
                <option value="3">{mt('manager.quarterMar')}</option>
              </select>
              <p class="field__help">{mt('manager.settingsQuarter')}</p>
            </div>
          </>
        )}
      </fieldset>
      <div class="tool-actions">
        {/* Written from the settings and the team: with either not read here, it would be worked out without it. */}
        {calendarWhy ? (
          <p class="field__help">
            {mt('manager.downloadIcs')}: {calendarWhy}
          </p>
        ) : (
          <button
            type="button"
            class="button button--small"
            aria-disabled={unavailableUntil(ready)}
            onClick={() =>
              downloadCalendar(
                (calendar) => calendar.cadenceEvents(settings, team, readToday(), calendarWords, namesApart),
                'manager-cadences.ics',
              )
            }
          >
            {mt('manager.downloadIcs')}
          </button>
        )}
      </div>
    </>
  );
}
