import '../../styles/planner.css';
import '../../styles/manager.css';
import { useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { addDays, formatDate, formatRange } from '../../lib/dates';
import { type AgendaNumber, agendaWeekView } from '../../lib/manager/agenda';
import type { AgendaItems } from '../../lib/manager/toolkit';
import { notedWords, weekLabel } from '../../lib/manager/words';
import { changeAgendaItem, chooseFifthWeekAgenda } from '../../stores/manager';
import { $agendaWeeks, $managerSettings } from '../../stores/manager-view';
import { AUTOSAVE_MS } from '../../stores/record-store';
import { $today, readToday } from '../../stores/today';
import { DateInput } from '../DateInput';
import { useStore } from '../use-store';
import { downloadCalendar, MarkdownButtons } from './exports';
import { noteItem, PageStatus, unavailableUntil } from './parts';
import { useManagerReady, useUnknownLines } from './shared';

/**
 * This week's 1:1 agenda, under the cadence it comes from: which week of the
 * month it is by the seed's first-full-week rule, the seed's agenda items,
 * items left open in earlier weeks, a note per item; exports for the
 * running 1:1 document and a calendar for the next quarter. Its panel's
 * frame is the page's (src/components/content/ManagerTool.astro).
 */
export default function OneOnOneAgenda({ agendas }: { agendas: AgendaItems }) {
  const ready = useManagerReady();
  const weeks = useStore($agendaWeeks);
  const settings = useStore($managerSettings);
  const weekStart = settings?.weekStart ?? 'monday';
  // The settings not read here: the weeks are Monday's, and the agenda says so (its notes stay the reader's to write).
  const why = useUnknownLines()('agenda');
  // No date before hydration: the build's "today" is not the reader's. Until the reader picks another week, the
  // week shown is today's, and moves on with the day while the page stays open.
  const today = useStore($today);
  const [chosenDate, setDate] = useState<string | undefined>(undefined);
  const date = chosenDate ?? today;
  const view = agendaWeekView(date, ready ? weeks : [], weekStart, agendas);
  const start = view.week.start;
  const earlier = ready ? weeks.filter((w) => w.week < start).length : 0;
  const item = (entry: (typeof view.items)[number]) =>
    noteItem(
      `agenda-${entry.stored}-${entry.key}`,
      entry.title,
      entry.state.done,
      entry.state.note,
      ready,
      (done) => changeAgendaItem(entry.stored, entry.key, { done }),
      (note) => changeAgendaItem(entry.stored, entry.key, { note }, AUTOSAVE_MS),
      <>
        {entry.noted && <p class="field__help">{notedWords(entry.noted)}</p>}
        {entry.carried && (
          <p class="field__help">
            {mt('manager.carriedFrom', { date: formatDate(entry.carried.from) })}
            {entry.carried.note.trim() && entry.carried.note !== entry.state.note && (
              <>
                {' '}
                · {mt('manager.earlierNote')} <span class="tool-quote">{entry.carried.note}</span>
              </>
            )}
          </p>
        )}
      </>,
    );
  // A list apart from the agenda's numbered one, under its heading: notes from elsewhere, items carried over.
  const apart = (heading: string, entries: typeof view.items) =>
    entries.length > 0 && (
      <>
        <h4>{heading}</h4>
        <ul class="tool-items">{entries.map(item)}</ul>
      </>
    );

  return (
    <>
      <PageStatus ready={ready} />
      {/* The week's controls come before the tool is alive (a date only then), so Tab does not pass over it. */}
      <div class="field field__row">
        <label for="manager-agenda-date">{mt('manager.agendaDate')}</label>
        <DateInput
          id="manager-agenda-date"
          required
          value={ready ? date : undefined}
          aria-disabled={unavailableUntil(ready)}
          onCommit={(value) => value && setDate(value)}
        />
        {(
          [
            ['manager.previousWeek', -7],
            ['manager.thisWeek', 0],
            ['manager.nextWeek', 7],
          ] as const
        ).map(([label, days]) => (
          <button
            key={label}
            type="button"
            class="button button--small"
            aria-disabled={unavailableUntil(ready)}
            // This week: no date chosen, so the week moves on with the day.
            onClick={() => setDate(days ? addDays(start, days) : undefined)}
          >
            {mt(label)}
          </button>
        ))}
      </div>
      {!ready ? (
        <p>{mt('manager.opening')}</p>
      ) : (
        <>
          {why && (
            <p class="field__help">
              {mt('manager.weekStart')}: {why} {mt('manager.weeksFromMonday')}
            </p>
          )}
          <p class="agenda-week" aria-live="polite">
            <strong>{weekLabel(view)}</strong> <span>{formatRange({ start, end: view.week.end })}</span>
          </p>
          {view.week.index === 5 && (
            <div class="field">
              <label for="manager-fifth-agenda">{mt('manager.chooseAgenda')}</label>
              <select
                id="manager-fifth-agenda"
                value={view.agenda ?? ''}
                onChange={(e) => {
                  const value = Number(e.currentTarget.value);
                  chooseFifthWeekAgenda(view.chosenIn, value >= 1 && value <= 4 ? (value as AgendaNumber) : undefined);
                }}
              >
                <option value="">{mt('manager.noAgendaChoice')}</option>
                {([1, 2, 3, 4] as const).map((n) => (
                  <option key={n} value={n}>
                    {mt(`manager.agendaName.${n}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {view.agenda ? <ol class="tool-items">{view.items.map(item)}</ol> : <p>{mt('manager.noAgenda')}</p>}
          {apart(mt('manager.notedHeading'), view.noted)}
          {apart(mt('manager.carriedHeading'), view.carried)}
          <p class="field__help">
            {mt('manager.carryHelp')} {earlier > 0 && mt('manager.agendaWeeksKept', { count: earlier })}
          </p>
          <div class="tool-actions">
            <MarkdownButtons markdown={(md) => md.agendaMarkdown(view)} fileName={`one-on-one-${start}.md`} />
            <button
              type="button"
              class="button button--small"
              onClick={() =>
                downloadCalendar(
                  (calendar) => calendar.agendaEvents(readToday(), weekStart, agendas),
                  'one-on-one-agendas.ics',
                )
              }
            >
              {mt('manager.downloadIcs')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
