import type { EventAttributes, HeaderAttributes, ReturnObject } from 'ics';
import type { Plan } from '../schemas/plan';
import { addDays } from './dates';
import { foldContentLines } from './ics-fold';
import { calendarText } from './ics-text';
import { dueDate, phaseRange } from './plan-dates';
import { PHASE_TITLES } from './plan-labels';

/** An all-day calendar event; `end` is the day after the last day, as iCalendar wants. */
export interface CalendarEvent {
  /** Stable across downloads, so importing the file again updates the events instead of adding copies. */
  uid: string;
  title: string;
  start: [number, number, number];
  end: [number, number, number];
  description?: string;
}

/** Names this site in every UID, so our events never match another calendar's. */
const UID_DOMAIN = 'csm-handbook';
export const ICS_PRODUCT_ID = 'csm-handbook/plan-builder';

/*
 * Plan and item ids are lowercase letters, digits and dashes, so the dot
 * keeps `plan.action-id` from ever reading as another plan's id and item.
 */
const phaseUid = (plan: Plan, index: number) => `${plan.id}.phase-${index + 1}@${UID_DOMAIN}`;
const actionUid = (plan: Plan, actionId: string) => `${plan.id}.action-${actionId}@${UID_DOMAIN}`;

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Phase milestones (needs a start date) and every action with a date, as calendar events. */
export function planCalendarEvents(plan: Plan): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const name = plan.title.trim() || '30-60-90 day plan';
  plan.phases.forEach((phase, index) => {
    if (plan.startDate) {
      const range = phaseRange(plan.startDate, index);
      const theme = phase.theme.trim() ? `: ${phase.theme.trim()}` : '';
      events.push({
        uid: phaseUid(plan, index),
        title: `${name} – ${PHASE_TITLES[index]}${theme}`,
        start: parts(range.start),
        end: parts(addDays(range.end ?? range.start, 1)),
      });
    }
    for (const goal of phase.goals) {
      for (const action of goal.actions) {
        const date = dueDate(action.due, plan.startDate);
        if (!date || action.status === 'na') continue;
        events.push({
          uid: actionUid(plan, action.id),
          title: action.text.trim() || 'Plan action',
          start: parts(date),
          end: parts(addDays(date, 1)),
          description: `${name} – ${PHASE_TITLES[index]} – goal: ${goal.text.trim()}`,
        });
      }
    }
  });
  return events;
}

/** The `ics` library's `createEvents`, passed in so the library loads only when a calendar is asked for. */
export type CreateEvents = (events: EventAttributes[], header: HeaderAttributes) => ReturnObject;

export type CalendarFile = { ok: true; text: string } | { ok: false; error: string };

/**
 * The events as an iCalendar file: the library writes and escapes the
 * properties (user text stays plain text), then every line is folded again
 * by octets (see ics-fold.ts).
 */
export function calendarFile(events: readonly CalendarEvent[], createEvents: CreateEvents): CalendarFile {
  const { error, value } = createEvents(
    events.map((event) => ({
      uid: event.uid,
      title: calendarText(event.title),
      start: event.start,
      end: event.end,
      ...(event.description ? { description: calendarText(event.description) } : {}),
    })),
    { productId: ICS_PRODUCT_ID },
  );
  if (error || !value) return { ok: false, error: error?.message ?? '' };
  return { ok: true, text: foldContentLines(value) };
}
