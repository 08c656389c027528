import '../../styles/planner.css';
import '../../styles/manager.css';
import { mt } from '../../i18n/manager-ui';
import { namesApart } from '../../lib/manager/names';
import type { CadenceWords, ReviewLink } from '../../lib/manager/toolkit';
import { CADENCE_IDS, type CadenceRow, cadenceRows } from '../../lib/manager/week-summary';
import { changeSettings } from '../../stores/manager';
import { $calls, $managerSettings, $reviewSessions, $team } from '../../stores/manager-view';
import { $today, readToday } from '../../stores/today';
import { useStore } from '../use-store';
import { renewalRuleWords, rowDetail } from './cadence-words';
import { downloadCalendar } from './exports';
import { PageStatus, unavailableUntil } from './parts';
import { RenewalChoice } from './RenewalChoice';
import { StateTag, useManagerReady, useUnknownLines } from './shared';

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
  const renewalRule = renewalRuleWords(settings?.renewal);
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
              {/* Renewal days not chosen yet: "Not scheduled", as every row has a tag (review3a M5), and the prompt to
                  choose (the detail); a record not read here: no state, only why. */}
              {row.kind !== 'pending' && !why && (
                <>
                  <StateTag state={row.kind === 'scheduled' ? row.status.state : row.kind} />{' '}
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
            <RenewalChoice renewal={settings?.renewal} ready={ready} />
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
