import '../../styles/planner.css';
import '../../styles/manager.css';
import { mt } from '../../i18n/manager-ui';
import { wt } from '../../i18n/manager-week-ui';
import { agendaWeekView } from '../../lib/manager/agenda';
import type { AgendaItems, ReviewLink } from '../../lib/manager/toolkit';
import type { WeekLine } from '../../lib/manager/unread-lines';
import { cadenceRows, memberRows } from '../../lib/manager/week-summary';
import { endSentence, weekLabel } from '../../lib/manager/words';
import {
  $agendaWeeks,
  $calls,
  $managerRecords,
  $managerSettings,
  $reviewSessions,
  $team,
  managerStore,
} from '../../stores/manager-view';
import { $today } from '../../stores/today';
import { lastDoneWords, StateTag, useManagerReady, useUnknownLines } from '../manager/shared';
import { useStore } from '../use-store';
import { ClubSlot } from './ClubSlot';

interface Props {
  /** The manager handbook page, where the toolkit is. */
  managerHref: string;
  /** The reviews' names, from the seed. */
  reviews: ReviewLink[];
  /** The seed's 1:1 agendas. */
  agendas: AgendaItems;
}

/**
 * "My week as a manager" on My progress: what is due, this week's 1:1
 * agenda, the team's 1:1s and IDP syncs and the President's Club tally, from
 * the toolkit on the manager page. Its own island and file, beside the rest of My progress.
 */
export default function ManagerWeek({ managerHref, reviews, agendas }: Props) {
  const ready = useManagerReady();
  const records = useStore($managerRecords);
  const sessions = useStore($reviewSessions);
  const settings = useStore($managerSettings);
  const calls = useStore($calls);
  const team = useStore($team);
  const weeks = useStore($agendaWeeks);
  // Records the store left unread (newer, or not read by the browser): the lines that read them are not known.
  const unread = useStore(managerStore.$locked);
  const used = ready && (Object.keys(records).length > 0 || unread.size > 0);
  const today = useStore($today);
  const unknown = useUnknownLines();

  return (
    <section class="tool-panel" aria-labelledby="manager-week-title">
      <h2 id="manager-week-title" class="tool-panel__title">
        {wt('manager.weekTitle')}
      </h2>
      {/* One paragraph and one link in both states: a keyboard reader on the link the server rendered keeps the
          focus when the week comes alive with their records (a second link in its place left the focus nowhere). */}
      <p>
        {wt(used ? 'manager.weekIntro' : 'manager.weekEmpty')} <a href={managerHref}>{wt('manager.openManagerPage')}</a>
      </p>
      {used && (
        <WeekSummary
          today={today}
          managerHref={managerHref}
          reviews={reviews}
          rows={cadenceRows(sessions, settings, calls, today)}
          members={memberRows(team, settings, today)}
          agenda={agendaWeekView(today, weeks, settings?.weekStart ?? 'monday', agendas)}
          unknown={unknown}
        />
      )}
    </section>
  );
}

function WeekSummary({
  managerHref,
  reviews,
  rows,
  members,
  agenda,
  unknown,
}: {
  today: string;
  managerHref: string;
  reviews: ReviewLink[];
  rows: ReturnType<typeof cadenceRows>;
  members: ReturnType<typeof memberRows>;
  agenda: ReturnType<typeof agendaWeekView>;
  unknown: (line: WeekLine) => string | undefined;
}) {
  // Open items carried over, those back in their place on this week's agenda included.
  const carried = [...agenda.items, ...agenda.carried].filter((item) => item.carried && !item.state.done).length;
  const held = members.filter((m) => m.oneOnOne.state === 'done').length;
  const synced = members.filter((m) => m.idp.state === 'done').length;
  return (
    <>
      <ul class="due-list">
        {rows.map((row) => {
          const title = reviews.find((r) => r.id === row.id)?.title ?? mt('manager.callsTitle');
          // A record it reads not read: no state to give, only why (worked out without it, it read as not done).
          const why = unknown(row.id);
          if (why)
            return (
              <li key={row.id} class="due-list__item">
                {title}
                <span class="due-list__detail">{why}</span>
              </li>
            );
          // Renewal days not chosen yet: no state to give, only the prompt to choose them on the manager page.
          if (row.kind === 'unset')
            return (
              <li key={row.id} class="due-list__item">
                {title}
                <span class="due-list__detail">
                  {wt('manager.weekRenewalUnset')}{' '}
                  <a href={`${managerHref}#manager-due-title`}>{wt('manager.weekChooseDays')}</a>.
                </span>
              </li>
            );
          return (
            <li key={row.id} class="due-list__item">
              <StateTag state={row.kind === 'scheduled' ? row.status.state : 'regular'} /> {title}
              <span class="due-list__detail">{lastDoneWords(row)}</span>
            </li>
          );
        })}
      </ul>
      {unknownLine(unknown('agenda'), wt('manager.weekAgendaTitle')) ?? (
        <p>{endSentence(wt('manager.weekAgenda', { week: weekLabel(agenda) }))}</p>
      )}
      {unknownLine(unknown('carried'), wt('manager.weekCarriedTitle')) ??
        (carried > 0 && <p>{wt('manager.weekOpenItems', { count: carried })}</p>)}
      {unknownLine(unknown('team'), wt('manager.weekTeamTitle')) ??
        (members.length > 0 && (
          <>
            <p>{wt('manager.weekOneOnOnes', { done: held, total: members.length })}</p>
            <p>{wt('manager.weekIdp', { done: synced, total: members.length })}</p>
          </>
        ))}
      <ClubSlot managerHref={managerHref} why={unknown('club')} />
    </>
  );
}

/** A line not known here: what it is, and why, as a row of the list above says it. */
function unknownLine(why: string | undefined, title: string) {
  return (
    why && (
      <p>
        {title}
        <span class="due-list__detail">{why}</span>
      </p>
    )
  );
}
