import { describe, expect, it } from 'vitest';
import { ct } from '../../src/i18n/checklist-ui';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  formatRange,
  isCalendarDate,
  isIsoTime,
  localToday,
  MAX_TIME,
  monthRange,
  parseIsoDate,
  weekRange,
} from '../../src/lib/dates';
import { scheduleSummary } from '../../src/lib/schedule';

describe('dates', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2027-01-04')).toBe('2027-01-04');
    expect(parseIsoDate('2027-02-29')).toBeUndefined();
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
    expect(parseIsoDate('04/01/2027')).toBeUndefined();
    expect(parseIsoDate(20270104)).toBeUndefined();
  });

  // isCalendarDate reads a date as its midnight's date-time (written so for size, December 7): the same answers as
  // taking the date apart, on the range's ends, every month's last day and the day after, and text that is not one.
  it('takes a calendar date between 1970 and 2099 and nothing else, as the date taken apart says', () => {
    const takenApart = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match || value < '1970-01-01' || value > '2099-12-31') return false;
      const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    const values = [
      '',
      'x',
      '2027-1-04',
      '2027-01-4',
      '+002027-01-04',
      ' 2027-01-04',
      '2027-01-04 ',
      '2027-01-04T00:00',
    ];
    for (const year of ['1969', '1970', '2000', '2027', '2028', '2099', '2100', '0000', '9999'])
      for (let month = 0; month <= 13; month += 1)
        for (const day of ['00', '01', '28', '29', '30', '31', '32'])
          values.push(`${year}-${String(month).padStart(2, '0')}-${day}`);
    for (const value of values) expect(isCalendarDate(value), value).toBe(takenApart(value));
    expect(isCalendarDate('1970-01-01')).toBe(true);
    expect(isCalendarDate('2099-12-31')).toBe(true);
    expect(isCalendarDate('2100-01-01')).toBe(false);
    expect(isCalendarDate('1969-12-31')).toBe(false);
  });

  it('adds days across months, years and daylight saving changes', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-01-04', -5)).toBe('2026-12-30');
  });

  // addMonths moves the month and steps back from a rollover (written so for size, December 7): the same days as
  // building the target month's first day and clamping to its length, for every day of two years, months each way.
  it('adds months as clamping to the target month’s length does, every day of 2027 and 2028', () => {
    const clamped = (iso: string, months: number) => {
      const date = new Date(`${iso}T00:00:00.000Z`);
      const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
      return target.toISOString().slice(0, 10);
    };
    for (let day = '2027-01-01'; day < '2029-01-01'; day = addDays(day, 1))
      for (const months of [-13, -1, 0, 1, 2, 3, 11, 12, 25])
        expect(addMonths(day, months), `${day} ${months}`).toBe(clamped(day, months));
  });

  it('adds months and clamps to the end of shorter months', () => {
    expect(addMonths('2027-01-04', 1)).toBe('2027-02-04');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-11-15', 2)).toBe('2028-01-15');
  });

  it('gives each internship week its seven days, day 1 being the start date', () => {
    expect(weekRange('2027-01-04', 1)).toEqual({ start: '2027-01-04', end: '2027-01-10' });
    expect(weekRange('2027-01-04', 12)).toEqual({ start: '2027-03-22', end: '2027-03-28' });
  });

  it('gives onboarding months from the start date', () => {
    expect(monthRange('2027-01-04', 1)).toEqual({ start: '2027-01-04', end: '2027-02-03' });
    expect(monthRange('2027-01-04', 3)).toEqual({ start: '2027-03-04', end: '2027-04-03' });
    expect(monthRange('2027-01-04', 4, true)).toEqual({ start: '2027-04-04', end: undefined });
  });

  it('counts days', () => {
    expect(daysBetween('2027-01-04', '2027-02-03')).toBe(30);
  });

  it('formats dates and ranges for reading', () => {
    expect(formatDate('2027-01-04')).toBe('4 Jan 2027');
    expect(formatRange({ start: '2027-01-04', end: '2027-01-10' })).toBe('4 Jan – 10 Jan 2027');
    expect(formatRange({ start: '2026-12-28', end: '2027-01-03' })).toBe('28 Dec 2026 – 3 Jan 2027');
    // An open-ended range in the caller's words (the checklists' dictionary), the same as before they moved there.
    const from = (date: string) => ct('planner.rangeFrom', { date });
    expect(formatRange({ start: '2027-04-04', end: undefined }, from)).toBe('from 4 Apr 2027');
    expect(formatRange({ start: '2027-01-04', end: '2027-01-10' }, from)).toBe('4 Jan – 10 Jan 2027');
  });

  it('reads today from the local calendar', () => {
    expect(localToday(new Date(2027, 0, 4, 23, 30))).toBe('2027-01-04');
  });

  it('reads today from the local calendar in time zones each side of UTC, across daylight saving changes', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of [
        'America/Los_Angeles',
        'Pacific/Auckland',
        'Asia/Kolkata',
        'Pacific/Kiritimati',
        'Etc/GMT+12',
      ]) {
        process.env.TZ = tz;
        for (const [y, m, d] of [
          [2027, 0, 4],
          [2027, 2, 14],
          [2027, 3, 4],
          [2027, 8, 26],
          [2027, 10, 7],
          [2028, 1, 29],
        ] as const)
          for (const hour of [0, 1, 2, 3, 12, 23]) {
            const now = new Date(y, m, d, hour, 30);
            const pad = (n: number) => String(n).padStart(2, '0');
            const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
            expect(localToday(now), `${tz} ${now.toString()}`).toBe(local);
          }
      }
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });
});

describe('schedule summary', () => {
  const weeks = Array.from({ length: 12 }, (_, i) => ({
    id: `w${i + 1}`,
    anchor: `week-${i + 1}`,
    period: { unit: 'week' as const, index: i + 1 },
  }));
  const months = [
    { id: 'm1', anchor: 'm', period: { unit: 'month' as const, index: 1 } },
    { id: 'm2', anchor: 'm', period: { unit: 'month' as const, index: 2 } },
    { id: 'm3', anchor: 'm', period: { unit: 'month' as const, index: 3 } },
    { id: 'beyond', anchor: 'beyond', period: { unit: 'month' as const, index: 4, beyond: true } },
  ];

  it('tells the days before the start', () => {
    expect(scheduleSummary(weeks, 'week', '2027-01-04', '2027-01-01')).toEqual({
      kind: 'not-started',
      startDate: '2027-01-04',
      days: 3,
    });
  });

  it('finds the current week and where to jump', () => {
    expect(scheduleSummary(weeks, 'week', '2027-01-04', '2027-01-20')).toEqual({
      kind: 'current',
      unit: 'week',
      index: 3,
      of: 12,
      range: { start: '2027-01-18', end: '2027-01-24' },
      anchor: 'week-3',
    });
  });

  it('knows when the weeks are over', () => {
    expect(scheduleSummary(weeks, 'week', '2027-01-04', '2027-04-01')).toEqual({
      kind: 'finished',
      endDate: '2027-03-28',
      of: 12,
    });
  });

  it('jumps to a month’s own list when the months share one heading', () => {
    expect(scheduleSummary(months, 'month', '2027-01-04', '2027-03-20')).toMatchObject({
      kind: 'current',
      index: 3,
      anchor: 'checklist-m3',
    });
    // Only the reader's part is searched, but a heading another list shares is still shared.
    expect(scheduleSummary(months.slice(2, 3), 'month', '2027-01-04', '2027-03-20', months)).toMatchObject({
      anchor: 'checklist-m3',
    });
  });

  it('goes beyond month 3 without end', () => {
    expect(scheduleSummary(months, 'month', '2027-01-04', '2027-06-01')).toEqual({
      kind: 'beyond',
      since: '2027-04-04',
      anchor: 'beyond',
    });
  });
});

describe('isIsoTime', () => {
  it('takes a date-time as toISOString writes it, within the planners’ dates', () => {
    expect(isIsoTime(new Date(Date.UTC(2026, 11, 5, 10)).toISOString())).toBe(true);
    expect(isIsoTime(new Date(MAX_TIME).toISOString())).toBe(true);
  });

  it('refuses text that is not one, an impossible day, and a time past the last day', () => {
    for (const value of ['x', '', '2026-12-05', '2026-02-30T10:00:00.000Z', '2026-12-05T10:00:00Z']) {
      expect(isIsoTime(value), value).toBe(false);
    }
    expect(isIsoTime(new Date(MAX_TIME + 1).toISOString())).toBe(false);
  });
});
