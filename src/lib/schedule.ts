import type { Period } from '../schemas/program';
import { type ClosedRange, type DateRange, daysBetween, inRange, monthRange, weekRange } from './dates';

/** Dates of a program period from the reader's start date. */
export function periodRange(period: Period, startDate: string): DateRange {
  return period.unit === 'week'
    ? weekRange(startDate, period.index)
    : monthRange(startDate, period.index, period.beyond === true);
}

/** Whether `today` falls inside the period. */
export function isCurrentPeriod(period: Period, startDate: string, today: string): boolean {
  return inRange(today, periodRange(period, startDate));
}

/** What a program's sections need for the schedule summary. */
interface ScheduledSection {
  id: string;
  anchor: string;
  period?: Period | undefined;
}

/** The id of a checklist's own block in the page (ChecklistSection renders it). */
export function checklistElementId(sectionId: string): string {
  return `checklist-${sectionId}`;
}

/** The id of a program panel's heading (ProgramPanel renders it): where a link to the program's own status lands. */
export function programPanelId(programId: string): string {
  return `panel-${programId}`;
}

/**
 * Where a link to `section` should land: its heading when the heading is its
 * own, else its checklist block (the onboarding months share one heading, and
 * "Go to month 3" must not land on month 1).
 */
export function sectionTarget(section: ScheduledSection, sections: readonly ScheduledSection[]): string {
  const shared = sections.some((other) => other.id !== section.id && other.anchor === section.anchor);
  return shared ? checklistElementId(section.id) : section.anchor;
}

type ScheduleSummary =
  | { kind: 'not-started'; startDate: string; days: number }
  | { kind: 'current'; unit: 'week' | 'month'; index: number; of: number; range: ClosedRange; anchor: string }
  | { kind: 'beyond'; since: string; anchor: string }
  | { kind: 'finished'; endDate: string; of: number };

/** Where the reader is in a dated program today: before it, in week/month N, or past its end. */
export function scheduleSummary(
  sections: readonly ScheduledSection[],
  unit: 'week' | 'month',
  startDate: string,
  today: string,
  /** Every section of the program, when `sections` is only the reader's part: links land on a heading only if no other list shares it. */
  allSections: readonly ScheduledSection[] = sections,
): ScheduleSummary | undefined {
  const periods = sections.filter(
    (section): section is ScheduledSection & { period: Period } => section.period?.unit === unit,
  );
  if (periods.length === 0) return undefined;
  if (today < startDate) return { kind: 'not-started', startDate, days: daysBetween(today, startDate) };
  const numbered = periods.filter((section) => !section.period.beyond);
  const of = Math.max(...numbered.map((section) => section.period.index));
  for (const section of periods) {
    const range = periodRange(section.period, startDate);
    if (!inRange(today, range)) continue;
    const anchor = sectionTarget(section, allSections);
    // Only the period beyond the numbered ones is open-ended.
    const { start, end } = range;
    if (section.period.beyond || end === undefined) return { kind: 'beyond', since: start, anchor };
    return { kind: 'current', unit, index: section.period.index, of, range: { start, end }, anchor };
  }
  const last = numbered.find((section) => section.period.index === of);
  const end = last ? periodRange(last.period, startDate).end : undefined;
  return { kind: 'finished', endDate: end ?? startDate, of };
}
