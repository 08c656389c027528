import { xt } from '../i18n/export-ui';
// The timeline's words for a person to meet: the calendar loads only with the exports' code, which loads them too.
import { pt } from '../i18n/plan-views-ui';
import type { Plan } from '../schemas/plan';
import { onOneLine } from './bidi-controls';
import { addDays } from './dates';
import { type CalendarEvent, icsCalendar } from './ics-writer';
import { dayDate, dueDate, phaseRange } from './plan-dates';
import { PHASE_TITLES } from './plan-labels';

export interface CalendarOptions {
  /** The plan in the builder (`https://…/plan-builder/?plan=<id>`): each event links back to it. */
  planUrl?: string | undefined;
  /** Adds a weekly check-in from day 5 to day 89 (13 weeks), when the plan has a start date. */
  weeklyCheckIn?: boolean | undefined;
}

/** The weekly check-in: first on day 5 (the end of the first week when day 1 is a Monday), 13 times, so the last is day 89. */
const CHECK_IN_FIRST_DAY = 5;
const CHECK_IN_WEEKS = 13;

/** Names this site in every UID, so our events never match another calendar's. */
const UID_DOMAIN = 'csm-handbook';
const ICS_PRODUCT_ID = 'csm-handbook/plan-builder';

/*
 * Plan and item ids are lowercase letters, digits and dashes, so the dot
 * keeps `plan.action-id` from ever reading as another plan's id and item.
 */
const phaseUid = (plan: Plan, index: number) => `${plan.id}.phase-${index + 1}@${UID_DOMAIN}`;
const actionUid = (plan: Plan, actionId: string) => `${plan.id}.action-${actionId}@${UID_DOMAIN}`;
const personUid = (plan: Plan, personId: string) => `${plan.id}.person-${personId}@${UID_DOMAIN}`;
const checkInUid = (plan: Plan) => `${plan.id}.check-in@${UID_DOMAIN}`;

/**
 * Phase milestones (need a start date), every action with a date, every
 * person to meet by a day (need a start date) and, when asked, a weekly
 * check-in; each event's description ends with the link back to the plan.
 */
export function planCalendarEvents(plan: Plan, options: CalendarOptions = {}): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const name = plan.title.trim() || xt('plan.md.untitled');
  const { planUrl } = options;
  const describe = (text: string) => (planUrl ? `${text}\n${xt('plan.ics.open', { url: planUrl })}` : text);
  const linked = planUrl ? { url: planUrl } : {};
  const day = (iso: string) => ({ start: iso, end: addDays(iso, 1) });
  plan.phases.forEach((phase, index) => {
    const phaseTitle = PHASE_TITLES[index] ?? '';
    if (plan.startDate) {
      const range = phaseRange(plan.startDate, index);
      const theme = phase.theme.trim() ? `: ${phase.theme.trim()}` : '';
      events.push({
        uid: phaseUid(plan, index),
        title: `${name} – ${phaseTitle}${theme}`,
        start: range.start,
        end: addDays(range.end ?? range.start, 1),
        description: describe(name),
        ...linked,
      });
    }
    for (const goal of phase.goals) {
      for (const action of goal.actions) {
        const date = dueDate(action.due, plan.startDate);
        if (!date || action.status === 'na') continue;
        events.push({
          uid: actionUid(plan, action.id),
          // An event's title is one line: an action's line breaks (a field of several lines) read as spaces.
          title: onOneLine(action.text).trim() || xt('plan.ics.action'),
          ...day(date),
          description: describe(xt('plan.ics.goal', { plan: name, phase: phaseTitle, goal: goal.text.trim() })),
          ...linked,
        });
      }
    }
    for (const person of phase.people) {
      if (!plan.startDate || person.byDay === undefined) continue;
      const why = person.why.trim();
      events.push({
        uid: personUid(plan, person.id),
        title: pt('plan.meet', { name: person.name.trim() || pt('plan.someone') }),
        ...day(dayDate(plan.startDate, person.byDay)),
        description: describe(
          xt(why ? 'plan.ics.personWhy' : 'plan.ics.person', { plan: name, phase: phaseTitle, why }),
        ),
        ...linked,
      });
    }
  });
  if (options.weeklyCheckIn && plan.startDate) {
    events.push({
      uid: checkInUid(plan),
      title: xt('plan.ics.checkIn', { plan: name }),
      ...day(dayDate(plan.startDate, CHECK_IN_FIRST_DAY)),
      description: describe(xt('plan.ics.checkInText')),
      recurrenceRule: `FREQ=WEEKLY;COUNT=${CHECK_IN_WEEKS}`,
      ...linked,
    });
  }
  return events;
}

/** The events as the plan's iCalendar file (src/lib/ics-writer.ts), written at `now`. */
export function calendarFile(events: readonly CalendarEvent[], now: Date): string {
  return icsCalendar(events, ICS_PRODUCT_ID, now);
}
