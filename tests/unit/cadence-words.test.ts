import { describe, expect, it } from 'vitest';
import { renewalRuleWords, rowDetail } from '../../src/islands/manager/cadence-words';
import type { CadenceStatus } from '../../src/lib/manager/cadence';

describe('the words under a cadence of What is due', () => {
  it('say the renewal rule as the reader chose it, or that none is chosen', () => {
    expect(renewalRuleWords(undefined)).toBe('no days chosen yet');
    expect(renewalRuleWords({ rule: 'days', days: [1, 15] })).toBe('on day 1 and day 15 of each month (your choice)');
    expect(renewalRuleWords({ rule: 'every-two-weeks', from: '2026-12-07' })).toBe(
      'every two weeks from 7 Dec 2026 (your choice)',
    );
  });

  it('say a cadence with no interval, one not set, and one due or done', () => {
    expect(rowDetail({ id: 'checklist', kind: 'regular', lastDone: undefined }, '')).toBe(
      'The handbook gives this checklist no cadence: only the last date is shown. Not done yet.',
    );
    expect(rowDetail({ id: 'renewal', kind: 'unset' }, '')).toBe('At least twice-monthly: no days chosen yet.');
    const status: CadenceStatus = {
      state: 'overdue',
      lastDone: '2026-11-02',
      periodStart: '2026-12-01',
      dueSince: '2026-12-01',
      nextPeriod: '2027-01-01',
    };
    expect(rowDetail({ id: 'triage-health', kind: 'scheduled', status }, '')).toBe(
      'On at least a monthly basis: the handbook does not say whether a calendar month or 30 days; this page counts calendar months. Last done 2 Nov 2026; due since 1 Dec 2026.',
    );
    expect(
      rowDetail({ id: 'renewal', kind: 'scheduled', status: { ...status, state: 'done' } }, 'every two weeks'),
    ).toBe('At least twice-monthly: every two weeks. Last done 2 Nov 2026; next from 1 Jan 2027.');
  });
});
