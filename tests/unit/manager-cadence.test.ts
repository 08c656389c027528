import { describe, expect, it } from 'vitest';
import {
  cadenceStatus,
  lastDoneDate,
  nextPeriodStart,
  periodStartOf,
  renewalSchedule,
  type Schedule,
} from '../../src/lib/manager/cadence';
import { scheduleRule } from '../../src/lib/manager/calendar';

const monthly: Schedule = { kind: 'monthly' };
const weekly: Schedule = { kind: 'weekly', weekStart: 'monday' };
const twiceDays: Schedule = { kind: 'twice-monthly-days', days: [1, 15] };
const everyTwoWeeks: Schedule = { kind: 'every-two-weeks', from: '2026-11-02' };
const quarterly: Schedule = { kind: 'quarterly', firstMonth: 1 };

describe('cadences: due, done, overdue', () => {
  it('Triage and Health, "on at least a monthly basis": one each calendar month', () => {
    expect(cadenceStatus(monthly, ['2026-12-01'], '2026-12-07')).toMatchObject({
      state: 'done',
      lastDone: '2026-12-01',
    });
    expect(cadenceStatus(monthly, ['2026-11-20'], '2026-12-07')).toMatchObject({
      state: 'due',
      periodStart: '2026-12-01',
    });
    expect(cadenceStatus(monthly, ['2026-10-20'], '2026-12-07').state).toBe('overdue');
    expect(cadenceStatus(monthly, [], '2026-12-07')).toMatchObject({ state: 'due', lastDone: undefined });
    // A session dated in the future does not count yet.
    expect(cadenceStatus(monthly, ['2026-12-20'], '2026-12-07').state).toBe('due');
  });

  it('Renewal Review, "at least twice-monthly", on the reader’s days (1st and 15th)', () => {
    expect(periodStartOf(twiceDays, '2026-12-07')).toBe('2026-12-01');
    expect(periodStartOf(twiceDays, '2026-12-15')).toBe('2026-12-15');
    expect(periodStartOf({ kind: 'twice-monthly-days', days: [10, 25] }, '2027-01-05')).toBe('2026-12-25');
    expect(nextPeriodStart(twiceDays, '2026-12-01')).toBe('2026-12-15');
    expect(nextPeriodStart(twiceDays, '2026-12-15')).toBe('2027-01-01');
    expect(cadenceStatus(twiceDays, ['2026-12-02'], '2026-12-07').state).toBe('done');
    expect(cadenceStatus(twiceDays, ['2026-11-20'], '2026-12-07').state).toBe('due');
    expect(cadenceStatus(twiceDays, ['2026-11-10'], '2026-12-07').state).toBe('overdue');
  });

  it('Renewal Review every two weeks from the reader’s date', () => {
    expect(periodStartOf(everyTwoWeeks, '2026-12-07')).toBe('2026-11-30');
    expect(periodStartOf(everyTwoWeeks, '2026-10-30')).toBe('2026-10-19');
    expect(cadenceStatus(everyTwoWeeks, ['2026-11-30'], '2026-12-07').state).toBe('done');
    expect(cadenceStatus(everyTwoWeeks, ['2026-11-16'], '2026-12-07').state).toBe('due');
  });

  it('weekly (1:1s, call reviews) and quarterly (IDP syncs) periods', () => {
    expect(cadenceStatus(weekly, ['2026-11-30'], '2026-12-04').state).toBe('done');
    expect(cadenceStatus(weekly, ['2026-11-23'], '2026-12-04').state).toBe('due');
    expect(cadenceStatus(weekly, ['2026-11-16'], '2026-12-04').state).toBe('overdue');
    expect(periodStartOf(quarterly, '2026-12-07')).toBe('2026-10-01');
    expect(periodStartOf({ kind: 'quarterly', firstMonth: 2 }, '2027-01-07')).toBe('2026-11-01');
    expect(cadenceStatus(quarterly, ['2026-09-30'], '2026-12-07').state).toBe('due');
    expect(cadenceStatus(quarterly, ['2026-06-30'], '2026-12-07').state).toBe('overdue');
  });

  it('"on a regular basis": the last date only', () => {
    expect(lastDoneDate(['2026-10-01', '2026-11-03', '2027-01-01'], '2026-12-07')).toBe('2026-11-03');
    expect(lastDoneDate([], '2026-12-07')).toBeUndefined();
  });

  it('gives each schedule its RRULE', () => {
    expect(scheduleRule(monthly)).toBe('FREQ=MONTHLY');
    expect(scheduleRule(weekly)).toBe('FREQ=WEEKLY');
    expect(scheduleRule(quarterly)).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(scheduleRule({ kind: 'twice-monthly-days', days: [15, 1] })).toBe('FREQ=MONTHLY;BYMONTHDAY=1,15');
    expect(scheduleRule(everyTwoWeeks)).toBe('FREQ=WEEKLY;INTERVAL=2');
  });
});

describe('Renewal Review: at least twice-monthly', () => {
  it('is on the two days chosen, or every two weeks from a date', () => {
    expect(renewalSchedule({ v: 2, kind: 'settings', renewal: { rule: 'days', days: [20, 5] } })).toEqual({
      kind: 'twice-monthly-days',
      days: [20, 5],
    });
    expect(
      renewalSchedule({ v: 2, kind: 'settings', renewal: { rule: 'every-two-weeks', from: '2026-11-02' } }),
    ).toEqual(everyTwoWeeks);
    expect(renewalSchedule({ v: 2, kind: 'settings' })).toBeUndefined();
  });

  it('one day twice (an old backup) is once a month: no schedule, as if not chosen', () => {
    expect(renewalSchedule({ v: 2, kind: 'settings', renewal: { rule: 'days', days: [20, 20] } })).toBeUndefined();
  });
});

describe('due since: the first period in which it was not done', () => {
  it('monthly: done 15 Oct, overdue in December and January, due since 1 Nov', () => {
    expect(cadenceStatus(monthly, ['2026-10-15'], '2026-12-04')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-11-01',
    });
    expect(cadenceStatus(monthly, ['2026-10-15'], '2027-01-04')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-11-01',
    });
    // Done last month: due since this month began.
    expect(cadenceStatus(monthly, ['2026-11-20'], '2026-12-04')).toMatchObject({
      state: 'due',
      dueSince: '2026-12-01',
    });
    // Never done: nothing was missed, it is due in this period.
    expect(cadenceStatus(monthly, [], '2026-12-04')).toMatchObject({ state: 'due', dueSince: '2026-12-01' });
    // Done this month: due again from next month.
    expect(cadenceStatus(monthly, ['2026-12-02'], '2026-12-04')).toMatchObject({
      state: 'done',
      dueSince: '2027-01-01',
    });
  });

  it('twice-monthly on the reader’s days: the half-month after the one it was last done in', () => {
    expect(cadenceStatus(twiceDays, ['2026-11-03'], '2026-12-20')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-11-15',
    });
    expect(cadenceStatus(twiceDays, ['2026-11-20'], '2026-12-20')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-12-01',
    });
    expect(cadenceStatus({ kind: 'twice-monthly-days', days: [10, 25] }, ['2026-11-05'], '2026-12-20')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-11-10',
    });
  });

  it('every two weeks from the reader’s date: the fortnight after the one it was last done in', () => {
    // Fortnights start 2 Nov, 16 Nov, 30 Nov, 14 Dec.
    expect(cadenceStatus(everyTwoWeeks, ['2026-11-03'], '2026-12-15')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-11-16',
    });
  });

  it('weekly (1:1s, call reviews): the week after the one it was last done in', () => {
    expect(cadenceStatus(weekly, ['2026-11-04'], '2026-12-04')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-11-09',
    });
    expect(cadenceStatus({ kind: 'weekly', weekStart: 'sunday' }, ['2026-11-04'], '2026-12-04')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-11-08',
    });
  });

  it('quarterly (IDP syncs): the quarter after the one it was last done in', () => {
    expect(cadenceStatus(quarterly, ['2026-02-10'], '2026-12-04')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-04-01',
    });
    expect(cadenceStatus({ kind: 'quarterly', firstMonth: 2 }, ['2026-02-10'], '2026-12-04')).toMatchObject({
      state: 'overdue',
      dueSince: '2026-05-01',
    });
  });
});
