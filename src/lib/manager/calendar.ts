import { xt } from '../../i18n/export-ui';
import { mt } from '../../i18n/manager-ui';
import type { ManagerSettings, Team } from '../../schemas/manager';
import { addDays } from '../dates';
import { icsCalendar, icsDate } from '../ics-writer';
import { seedItems } from './agenda';
import { periodStartOf, renewalSchedule, type Schedule } from './cadence';
import type { namesApart } from './names';
import { cadenceWeek, type WeekStart, weekStartOf } from './one-on-one-week';
import type { AgendaItems, CadenceWords } from './toolkit';

/*
 * The manager toolkit's calendars (loaded on demand): the review cadences as recurring events
 * (RRULE monthly, weekly, quarterly, and twice-monthly as the reader chose
 * it), and the next quarter of 1:1 weeks, each of the four agendas a monthly
 * series on its week ("1st week" starts on the month's first Monday, or
 * Sunday: BYDAY=1MO). All-day events: the seed gives no times. Every UID is
 * fixed, so importing a newer file updates the events instead of adding
 * copies.
 */

export interface RecurringEvent {
  uid: string;
  title: string;
  /** First occurrence, `YYYY-MM-DD`. */
  start: string;
  rule: string;
  description?: string;
}

/** The RRULE for a schedule, for calendar files. */
export function scheduleRule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'monthly':
      return 'FREQ=MONTHLY';
    case 'weekly':
      return 'FREQ=WEEKLY';
    case 'quarterly':
      return 'FREQ=MONTHLY;INTERVAL=3';
    case 'every-two-weeks':
      return 'FREQ=WEEKLY;INTERVAL=2';
    case 'twice-monthly-days': {
      const [a, b] = [...schedule.days].sort((x, y) => x - y);
      return `FREQ=MONTHLY;BYMONTHDAY=${a},${b}`;
    }
  }
}

const UID_DOMAIN = 'csm-handbook';
const MANAGER_ICS_PRODUCT_ID = 'csm-handbook/manager-toolkit';
const uid = (name: string) => `manager.${name}@${UID_DOMAIN}`;

/** Weeks in "the next quarter" of 1:1s: 13 weeks from this week. */
const QUARTER_WEEKS = 13;

const numbered = (lines: readonly string[]) => lines.map((line, i) => `${i + 1}. ${line}`).join('\n');

/**
 * The review cadences, call reviews, and each team member's weekly 1:1 and quarterly IDP sync, each member by the
 * name the roster shows them by (`shownNames`, the page's `namesApart`, handed in: imported here, the rule was
 * split into a file of its own that the page loaded beside its tools, +176 bytes gzip).
 */
export function cadenceEvents(
  settings: ManagerSettings | undefined,
  team: Team | undefined,
  today: string,
  words: CadenceWords,
  shownNames: typeof namesApart,
): RecurringEvent[] {
  const weekStart: WeekStart = settings?.weekStart ?? 'monday';
  const weekly: Schedule = { kind: 'weekly', weekStart };
  const quarterly: Schedule = { kind: 'quarterly', firstMonth: settings?.quarterStartMonth ?? 1 };
  const monthly: Schedule = { kind: 'monthly' };
  const events: RecurringEvent[] = [
    {
      uid: uid('triage-health'),
      title: xt('manager.icsTriage'),
      start: periodStartOf(monthly, today),
      rule: scheduleRule(monthly),
      description: words.outlines['triage-health'].join('\n'),
    },
  ];
  const renewal = renewalSchedule(settings);
  if (renewal) {
    events.push({
      uid: uid('renewal'),
      title: xt('manager.icsRenewal'),
      start: periodStartOf(renewal, today),
      rule: scheduleRule(renewal),
      description: words.outlines.renewal.join('\n'),
    });
  }
  events.push({
    uid: uid('call-reviews'),
    title: xt('manager.icsCalls'),
    start: periodStartOf(weekly, today),
    rule: scheduleRule(weekly),
    description: words.cadences.calls,
  });
  const members = team?.members ?? [];
  // A second Alex's events are "Alex (2)"'s, as the roster names them.
  const names = shownNames(members.map((member) => member.name));
  for (const [index, member] of members.entries()) {
    const name = names[index] ?? '';
    events.push(
      {
        uid: uid(`one-on-one-${member.calendarId ?? member.id}`),
        title: xt('manager.icsOneOnOne', { name }),
        start: periodStartOf(weekly, today),
        rule: scheduleRule(weekly),
        description: words.cadences.oneOnOne,
      },
      {
        uid: uid(`idp-${member.calendarId ?? member.id}`),
        title: xt('manager.icsIdp', { name }),
        start: periodStartOf(quarterly, today),
        rule: scheduleRule(quarterly),
        description: words.cadences.idp,
      },
    );
  }
  return events;
}

/** The 1:1 agendas for the next quarter (13 weeks from this week): each agenda a monthly series on its week. */
export function agendaEvents(today: string, weekStart: WeekStart, agendas: AgendaItems): RecurringEvent[] {
  const first = weekStartOf(today, weekStart);
  const last = addDays(first, QUARTER_WEEKS * 7 - 1);
  const day = weekStart === 'monday' ? 'MO' : 'SU';
  const events: RecurringEvent[] = [];
  for (const index of [1, 2, 3, 4, 5] as const) {
    let start: string | undefined;
    for (let week = first; week <= last; week = addDays(week, 7)) {
      if (cadenceWeek(week, weekStart).index === index) {
        start = week;
        break;
      }
    }
    if (!start) continue;
    // Whose 1:1 it is first: the event's title alone does not say.
    const description = `${xt('manager.agendaWhose')}\n\n${
      index === 5 ? xt('manager.icsFifthWeek') : numbered(seedItems(index, agendas).map((item) => item.title))
    }`;
    events.push({
      uid: uid(`agenda-week-${index}`),
      title:
        index === 5
          ? xt('manager.icsAgendaFifth')
          : xt('manager.icsAgenda', { week: mt(`manager.agendaName.${index}`) }),
      start,
      rule: `FREQ=MONTHLY;BYDAY=${index}${day};UNTIL=${icsDate(last)}`,
      description,
    });
  }
  return events;
}

/**
 * Recurring all-day events as the toolkit's iCalendar file (src/lib/ics-writer.ts), written at `now`;
 * `undefined` when there is no event to put in it.
 */
export function recurringCalendarFile(events: readonly RecurringEvent[], now: Date): string | undefined {
  if (events.length === 0) return undefined;
  return icsCalendar(
    events.map((event) => ({
      uid: event.uid,
      title: event.title,
      start: event.start,
      end: addDays(event.start, 1),
      recurrenceRule: event.rule,
      description: event.description,
    })),
    MANAGER_ICS_PRODUCT_ID,
    now,
  );
}
