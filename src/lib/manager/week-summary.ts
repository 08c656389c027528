import type { Calls, ManagerSettings, ReviewSession, Team, TeamMember } from '../../schemas/manager';
import { type CadenceStatus, cadenceStatus, lastDoneDate, renewalSchedule, type Schedule } from './cadence';
import { cadenceWeek, type WeekStart } from './one-on-one-week';
import type { ReviewId } from './toolkit';

/*
 * What is due, done and overdue for a manager today: the page's "What is
 * due" panel and My progress's "My week as a manager" read the same rows.
 */

export type CadenceRow =
  | { id: ReviewId; kind: 'scheduled'; status: CadenceStatus }
  | { id: ReviewId; kind: 'unset' }
  | { id: ReviewId; kind: 'regular'; lastDone: string | undefined }
  | {
      id: 'calls';
      kind: 'scheduled';
      status: CadenceStatus;
      count: number;
      /** `status.lastDone` is the first day of a week whose day was not kept: say "the week of", not a day. */
      lastDoneWeek: boolean;
    };

/** The dates a review was finished on. */
function finishedDates(sessions: readonly ReviewSession[], review: ReviewId): string[] {
  return sessions.filter((s) => s.review === review && s.finished).map((s) => s.date);
}

/*
 * A week of calls is stored under its first day as the week-start setting had it when the calls were
 * counted, so after the setting changes a stored week lies across two of the weeks shown. It belongs to the
 * shown week holding the day its latest call was counted (or, where that day is not kept, its first day):
 * the same day What is due reads, so the counter and the row agree, and a count never drops out of sight.
 */

type CallWeek = Calls['weeks'][number];

/** The day a stored week of calls stands for: its latest call's where kept, else its first day. */
const callDay = (entry: CallWeek): string => entry.lastDay ?? entry.week;

/** The stored weeks of calls shown in the week `date` is in. */
function callWeeksOf(calls: Calls | undefined, date: string, weekStart: WeekStart): CallWeek[] {
  const week = cadenceWeek(date, weekStart);
  return (calls?.weeks ?? []).filter((entry) => callDay(entry) >= week.start && callDay(entry) <= week.end);
}

/** Reviewed calls in the week of `today`. */
export function callsThisWeek(calls: Calls | undefined, settings: ManagerSettings | undefined, today: string): number {
  return callWeeksOf(calls, today, settings?.weekStart ?? 'monday').reduce((sum, entry) => sum + entry.count, 0);
}

/**
 * The stored week a call counted on `date` changes (`delta` 1, or -1 for one taken off): the one already
 * shown in that week, so a count made under the other week-start setting grows rather than a second record
 * starting beside it; a new week only when none is shown. First the week stored under this week's own first
 * day, then one starting inside this week (taking one off leaves it here, as it keeps no day then); one
 * taken off comes from a week that has calls.
 */
export function callWeekToCount(calls: Calls | undefined, date: string, weekStart: WeekStart, delta: number): string {
  const week = cadenceWeek(date, weekStart);
  const rank = (entry: CallWeek) =>
    entry.week === week.start ? 0 : entry.week >= week.start && entry.week <= week.end ? 1 : 2;
  const shown = callWeeksOf(calls, date, weekStart)
    .filter((entry) => delta > 0 || entry.count > 0)
    .sort((a, b) => rank(a) - rank(b) || a.week.localeCompare(b.week));
  return shown[0]?.week ?? week.start;
}

/** The cadences in the order cadenceRows gives them: the page lists them (their links) before it knows their state. */
export const CADENCE_IDS = ['triage-health', 'renewal', 'onboarding', 'success-plan', 'checklist', 'calls'] as const;

/** Every review cadence and the call reviews, with their state today (in the order of CADENCE_IDS). */
export function cadenceRows(
  sessions: readonly ReviewSession[],
  settings: ManagerSettings | undefined,
  calls: Calls | undefined,
  today: string,
): CadenceRow[] {
  const renewal = renewalSchedule(settings);
  const weekly: Schedule = { kind: 'weekly', weekStart: settings?.weekStart ?? 'monday' };
  // Each week with calls reviewed stands for its latest call's day where kept, else its first day: the same week either way.
  const callDays = (calls?.weeks ?? []).filter((w) => w.count > 0).map((w) => ({ day: w.lastDay ?? w.week, w }));
  const callStatus = cadenceStatus(
    weekly,
    callDays.map((c) => c.day),
    today,
  );
  return [
    {
      id: 'triage-health',
      kind: 'scheduled',
      status: cadenceStatus({ kind: 'monthly' }, finishedDates(sessions, 'triage-health'), today),
    },
    renewal
      ? { id: 'renewal', kind: 'scheduled', status: cadenceStatus(renewal, finishedDates(sessions, 'renewal'), today) }
      : { id: 'renewal', kind: 'unset' },
    ...(['onboarding', 'success-plan', 'checklist'] as const).map((id) => ({
      id,
      kind: 'regular' as const,
      lastDone: lastDoneDate(finishedDates(sessions, id), today),
    })),
    {
      id: 'calls',
      kind: 'scheduled',
      status: callStatus,
      count: callsThisWeek(calls, settings, today),
      lastDoneWeek: callDays.some(({ day, w }) => day === callStatus.lastDone && w.lastDay === undefined),
    },
  ];
}

interface MemberRow {
  member: TeamMember;
  oneOnOne: CadenceStatus;
  idp: CadenceStatus;
}

/** Each team member's weekly 1:1 and quarterly IDP sync, with their state today. */
export function memberRows(team: Team | undefined, settings: ManagerSettings | undefined, today: string): MemberRow[] {
  const weekly: Schedule = { kind: 'weekly', weekStart: settings?.weekStart ?? 'monday' };
  const quarterly: Schedule = { kind: 'quarterly', firstMonth: settings?.quarterStartMonth ?? 1 };
  return (team?.members ?? []).map((member) => ({
    member,
    oneOnOne: cadenceStatus(weekly, member.oneOnOnes, today),
    idp: cadenceStatus(quarterly, member.idpSyncs, today),
  }));
}
