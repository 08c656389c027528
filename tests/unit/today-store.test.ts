// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/* Today's date as the manager's tools read it: it moves on while the page stays open. */

/** The store as a page that opened at `now` has it, following the day (a fresh module: it follows once per page). */
async function openedAt(now: Date) {
  vi.useFakeTimers({ now });
  vi.resetModules();
  const today = await import('../../src/stores/today');
  today.followToday();
  return today;
}

afterEach(() => vi.useRealTimers());

describe('$today', () => {
  it('moves on at local midnight with no other event, night after night', async () => {
    const { $today } = await openedAt(new Date(2027, 3, 4, 23, 57));
    expect($today.get()).toBe('2027-04-04');
    vi.advanceTimersByTime(2 * 60_000);
    expect($today.get()).toBe('2027-04-04');
    vi.advanceTimersByTime(60_000);
    expect($today.get()).toBe('2027-04-05');
    vi.advanceTimersByTime(24 * 3_600_000);
    expect($today.get()).toBe('2027-04-06');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('after a sleep (no timer ran), moves on when the page is shown again or its window focused', async () => {
    const { $today } = await openedAt(new Date(2027, 3, 4, 23, 57));
    vi.setSystemTime(new Date(2027, 3, 7, 9, 0));
    expect($today.get()).toBe('2027-04-04');
    document.dispatchEvent(new Event('visibilitychange'));
    expect($today.get()).toBe('2027-04-07');
    vi.setSystemTime(new Date(2027, 3, 8, 9, 0));
    window.dispatchEvent(new Event('focus'));
    expect($today.get()).toBe('2027-04-08');
  });

  it('readToday reads the clock at the moment, and the store moves on with it', async () => {
    const { $today, readToday } = await openedAt(new Date(2027, 3, 4, 23, 57));
    vi.setSystemTime(new Date(2027, 3, 5, 0, 2));
    expect(readToday()).toBe('2027-04-05');
    expect($today.get()).toBe('2027-04-05');
  });

  it('is followed once however many tools start it', async () => {
    const { followToday } = await openedAt(new Date(2027, 3, 4, 12, 0));
    followToday();
    followToday();
    expect(vi.getTimerCount()).toBe(1);
  });
});
