import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/dates';
import { cadenceWeek, dayOfWeek, type WeekStart, weekStartOf } from '../../src/lib/manager/one-on-one-week';

/** Every month from December 2026 to December 2028 (25 months), as `YYYY-MM`. */
const MONTHS = Array.from({ length: 25 }, (_, i) => {
  const y = 2026 + Math.floor((11 + i) / 12);
  const m = ((11 + i) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
});

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function lastDay(month: string): string {
  return addDays(`${nextMonth(month)}-01`, -1);
}

/** The seed's "first full week" of `month` (`YYYY-MM`), its first day, worked out apart from `cadenceWeek` to check it. */
function firstFullWeek(month: string, weekStart: WeekStart = 'monday'): string {
  const first = `${month}-01`;
  const start = weekStartOf(first, weekStart);
  return start === first ? first : addDays(start, 7);
}

describe('1:1 cadence weeks: "1st week" is the first full week of the month', () => {
  it('starts weeks on Monday, or on Sunday when chosen', () => {
    expect(weekStartOf('2026-12-01')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    expect(weekStartOf('2026-12-01', 'sunday')).toBe('2026-11-29');
    expect(weekStartOf('2026-12-06', 'sunday')).toBe('2026-12-06');
  });

  it('labels the week of 29 March 2027 a 5th week, before April’s first full week on 5 April', () => {
    expect(cadenceWeek('2027-03-29')).toMatchObject({ start: '2027-03-29', month: '2027-03', index: 5 });
    expect(cadenceWeek('2027-04-02')).toMatchObject({ start: '2027-03-29', month: '2027-03', index: 5 });
    expect(firstFullWeek('2027-04')).toBe('2027-04-05');
    expect(cadenceWeek('2027-04-05')).toMatchObject({ month: '2027-04', index: 1 });
  });

  it('a month starting on Monday: its first week is week 1 (February 2027, common year; March 2027)', () => {
    expect(dayOfWeek('2027-02-01')).toBe(1);
    expect(cadenceWeek('2027-02-01')).toMatchObject({ month: '2027-02', index: 1 });
    expect(cadenceWeek('2027-02-22')).toMatchObject({ month: '2027-02', index: 4 });
    // 28 days from a Monday: the next week is March's 1st (1 March 2027 is a Monday too).
    expect(cadenceWeek('2027-03-01')).toMatchObject({ month: '2027-03', index: 1 });
  });

  it('a month starting on Saturday or Sunday: its first days belong to the previous month’s last week', () => {
    // May 2027 starts on a Saturday: 1–2 May are in April's week of 26 April (its 4th).
    expect(dayOfWeek('2027-05-01')).toBe(6);
    expect(cadenceWeek('2027-05-01')).toMatchObject({ start: '2027-04-26', month: '2027-04', index: 4 });
    expect(firstFullWeek('2027-05')).toBe('2027-05-03');
    // August 2027 starts on a Sunday: 1 August is in July's week of 26 July (its 4th).
    expect(dayOfWeek('2027-08-01')).toBe(0);
    expect(cadenceWeek('2027-08-01')).toMatchObject({ start: '2027-07-26', month: '2027-07', index: 4 });
    expect(cadenceWeek('2027-08-02')).toMatchObject({ month: '2027-08', index: 1 });
    // With Sunday as the first day, 1 August 2027 starts August's first full week.
    expect(cadenceWeek('2027-08-01', 'sunday')).toMatchObject({ start: '2027-08-01', month: '2027-08', index: 1 });
  });

  it('February in a leap year (2028) and a common year (2027)', () => {
    // 1 February 2028 is a Tuesday; its first full week starts Monday 7 February; 29 February is in the 4th week.
    expect(firstFullWeek('2028-02')).toBe('2028-02-07');
    expect(cadenceWeek('2028-02-29')).toMatchObject({ start: '2028-02-28', month: '2028-02', index: 4 });
    expect(cadenceWeek('2028-02-01')).toMatchObject({ start: '2028-01-31', month: '2028-01', index: 5 });
    expect(cadenceWeek('2027-02-28')).toMatchObject({ start: '2027-02-22', month: '2027-02', index: 4 });
  });

  for (const weekStart of ['monday', 'sunday'] as const) {
    it(`over 25 months (weeks from ${weekStart}): every day is in exactly one week, counted from its month’s first full week`, () => {
      let previous: ReturnType<typeof cadenceWeek> | undefined;
      for (const month of MONTHS) {
        const first = firstFullWeek(month, weekStart);
        // The first full week lies inside the month, and no earlier week of the month does.
        expect(first.slice(0, 7)).toBe(month);
        expect(addDays(first, 6).slice(0, 7)).toBe(month);
        expect(Number(first.slice(8))).toBeLessThanOrEqual(7);
        for (let day = `${month}-01`; day <= lastDay(month); day = addDays(day, 1)) {
          const week = cadenceWeek(day, weekStart);
          expect(day >= week.start && day <= week.end).toBe(true);
          expect(dayOfWeek(week.start)).toBe(weekStart === 'monday' ? 1 : 0);
          if (day >= first) {
            // From the first full week on, the week belongs to this month and counts up from 1.
            expect(week.month).toBe(month);
            expect(week.index).toBe(Math.floor((Number(week.start.slice(8)) - Number(first.slice(8))) / 7) + 1);
          } else {
            // Before it: the previous month's last week (its 4th or 5th).
            expect(week.month < month).toBe(true);
            expect(week.index).toBeGreaterThanOrEqual(4);
          }
          if (previous && previous.start !== week.start) {
            // Weeks follow each other: 1, 2, 3, 4, (5,) then the next month's 1.
            expect(week.start).toBe(addDays(previous.start, 7));
            expect(week.index === 1 ? previous.index >= 4 : week.index === previous.index + 1).toBe(true);
          }
          previous = week;
        }
      }
    });
  }

  it('has a 5th week only when a month has a 29th, 30th or 31st on the first day of the week', () => {
    const fifth = MONTHS.filter((month) => {
      for (let day = `${month}-01`; day <= lastDay(month); day = addDays(day, 1)) {
        if (cadenceWeek(day).index === 5 && cadenceWeek(day).month === month) return true;
      }
      return false;
    });
    expect(fifth).toContain('2027-03');
    expect(fifth).not.toContain('2027-02');
    expect(fifth.length).toBeGreaterThan(5);
  });
});
