import { describe, expect, it } from 'vitest';
import { unreadFor } from '../../src/lib/manager/unread-lines';
import { isManagerRecordId } from '../../src/schemas/manager';

describe('My week as a manager: the lines a record not read leaves unknown', () => {
  it('the call reviews: their row only', () => {
    const unread = ['calls'];
    expect(unreadFor('calls', unread)).toEqual(['calls']);
    for (const line of ['triage-health', 'renewal', 'agenda', 'carried', 'team'] as const) {
      expect(unreadFor(line, unread)).toEqual([]);
    }
  });

  it('a review session: every review’s row, as it could be of any review; not the calls, the agenda or the team', () => {
    const unread = new Set(['review-abc']);
    for (const line of ['triage-health', 'renewal', 'onboarding', 'success-plan', 'checklist'] as const) {
      expect(unreadFor(line, unread)).toEqual(['review-abc']);
    }
    for (const line of ['calls', 'agenda', 'carried', 'team'] as const) expect(unreadFor(line, unread)).toEqual([]);
  });

  it('an agenda week: the items carried over; the team: its 1:1s and syncs', () => {
    expect(unreadFor('carried', ['agenda-2026-11-30', 'team'])).toEqual(['agenda-2026-11-30']);
    expect(unreadFor('team', ['agenda-2026-11-30', 'team'])).toEqual(['team']);
    expect(unreadFor('agenda', ['agenda-2026-11-30', 'team'])).toEqual([]);
  });

  it('the settings: every line that depends on the days they set, not the reviews that have no schedule', () => {
    for (const line of ['renewal', 'calls', 'agenda', 'carried', 'team'] as const) {
      expect(unreadFor(line, ['settings'])).toEqual(['settings']);
    }
    for (const line of ['triage-health', 'onboarding', 'success-plan', 'checklist'] as const) {
      expect(unreadFor(line, ['settings'])).toEqual([]);
    }
  });

  it('on the page: the settings’ own form reads the settings alone; the roster, who is on the team, the team alone', () => {
    expect(unreadFor('settings', ['settings', 'team', 'calls'])).toEqual(['settings']);
    expect(unreadFor('roster', ['settings'])).toEqual([]);
    expect(unreadFor('roster', ['settings', 'team'])).toEqual(['team']);
    for (const line of ['settings', 'roster'] as const)
      expect(unreadFor(line, ['review-abc', 'agenda-2026-11-30', 'club'])).toEqual([]);
  });

  it('the tally is on no line of the week', () => {
    expect(isManagerRecordId('club')).toBe(true);
    for (const line of [
      'triage-health',
      'renewal',
      'calls',
      'agenda',
      'carried',
      'team',
      'roster',
      'settings',
    ] as const) {
      expect(unreadFor(line, ['club'])).toEqual([]);
    }
  });
});

describe('the tally and the reviews’ earlier sessions, on the page', () => {
  it('the tally reads its own record alone; a review’s sessions every session, as one not read could be its', () => {
    expect(unreadFor('club', ['club', 'settings', 'team'])).toEqual(['club']);
    expect(unreadFor('club', ['review-abc', 'calls'])).toEqual([]);
    expect(unreadFor('sessions', ['review-abc', 'club', 'settings'])).toEqual(['review-abc']);
    expect(unreadFor('sessions', ['club', 'settings', 'team', 'agenda-2026-11-30'])).toEqual([]);
  });
});
