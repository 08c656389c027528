import type { Plan } from '../schemas/plan';
import { addDays } from './dates';
import { dueDate, phaseRange } from './plan-dates';
import { PHASE_TITLES } from './plan-labels';

/** An all-day calendar event; `end` is the day after the last day, as iCalendar wants. */
export interface CalendarEvent {
  title: string;
  start: [number, number, number];
  end: [number, number, number];
  description?: string;
}

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
