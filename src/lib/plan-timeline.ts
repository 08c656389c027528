import type { ActionStatus, Plan } from '../schemas/plan';
import { addDays, type ClosedRange, daysBetween } from './dates';
import { dayDate, isOverdue, isPersonOverdue, PHASE_DAYS, phaseRange } from './plan-dates';

/*
 * The 90 days at a glance: where each dated action and person to meet falls
 * on the plan's day axis, where today is, and each phase's progress from the
 * status of its actions. Pure: the timeline view only draws it.
 */

export const PLAN_DAYS = 90;

export interface TimelineMark {
  /** The item's field id in the edit view. */
  fieldId: string;
  kind: 'action' | 'person';
  /** Day of the plan (day 1 is the start date); may fall outside 1-90. */
  day: number;
  date?: string | undefined;
  text: string;
  /** An action's status; a person is done once met. */
  status: ActionStatus;
  overdue: boolean;
}

interface TimelinePhase {
  first: number;
  last: number;
  range?: ClosedRange | undefined;
  /** Actions of the phase's goals that are done, of those that apply (not "not applicable"). */
  done: number;
  total: number;
  /** Marks whose day falls in this phase, by day. */
  marks: TimelineMark[];
}

interface PlanTimeline {
  phases: TimelinePhase[];
  /** Today's day of the plan, when the plan has a start date. */
  today?: number | undefined;
  /** Items with no day to place them on (no due day, or a date without a start date). */
  undated: number;
}

/** Where a day sits on the axis, 0 to 100 (days outside the 90 sit at either end). */
export function dayPosition(day: number): number {
  const clamped = Math.min(PLAN_DAYS, Math.max(1, day));
  return ((clamped - 0.5) / PLAN_DAYS) * 100;
}

/** Which phase a day falls in (days before 1 in the first, after 90 in the last). */
function phaseOfDay(day: number): number {
  const index = PHASE_DAYS.findIndex((phase) => day <= phase.last);
  return index === -1 ? PHASE_DAYS.length - 1 : index;
}

export function planTimeline(plan: Plan, today: string): PlanTimeline {
  const start = plan.startDate;
  const phases: TimelinePhase[] = PHASE_DAYS.map(({ first, last }, index) => ({
    first,
    last,
    range: start ? phaseRange(start, index) : undefined,
    done: 0,
    total: 0,
    marks: [],
  }));
  let undated = 0;
  const place = (mark: TimelineMark) => phases[phaseOfDay(mark.day)]?.marks.push(mark);
  plan.phases.forEach((phase, index) => {
    const own = phases[index];
    for (const goal of phase.goals) {
      for (const action of goal.actions) {
        if (own && action.status !== 'na') {
          own.total += 1;
          if (action.status === 'done') own.done += 1;
        }
        const due = action.due;
        const day =
          due?.kind === 'day' ? due.day : due?.kind === 'date' && start ? daysBetween(start, due.date) + 1 : undefined;
        if (day === undefined) {
          undated += 1;
          continue;
        }
        place({
          fieldId: `action-${action.id}-text`,
          kind: 'action',
          day,
          date: start ? addDays(start, day - 1) : undefined,
          text: action.text,
          status: action.status,
          overdue: isOverdue(due, action.status, start, today),
        });
      }
    }
    for (const person of phase.people) {
      if (person.byDay === undefined) {
        undated += 1;
        continue;
      }
      const date = start ? dayDate(start, person.byDay) : undefined;
      place({
        fieldId: `person-${person.id}-name`,
        kind: 'person',
        day: person.byDay,
        date,
        text: person.name,
        status: person.met ? 'done' : 'todo',
        overdue: isPersonOverdue(person, start, today),
      });
    }
  });
  for (const phase of phases) phase.marks.sort((a, b) => a.day - b.day);
  return { phases, today: start ? daysBetween(start, today) + 1 : undefined, undated };
}
