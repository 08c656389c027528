import { describe, expect, it } from 'vitest';
import { MAX_TIME } from '../../src/lib/dates';
import { stampTime } from '../../src/lib/stamp-time';

/*
 * The one rule every kind that merges by change stamps follows (plans, the ladder's ratings, the manager toolkit's
 * records): a change is stamped later than the record it changes, whatever this browser's clock says.
 */

const NOW = 1_800_000_000_000;

describe('the stamp of a change', () => {
  it('is now, when every stamp of the record is older', () => {
    expect(stampTime(NOW, NOW - 5_000)).toBe(NOW);
    expect(stampTime(NOW, -1)).toBe(NOW);
  });

  it('is one later than the record’s newest stamp when that is now or ahead of this clock (a fast clock’s backup)', () => {
    expect(stampTime(NOW, NOW)).toBe(NOW + 1);
    expect(stampTime(NOW, NOW + 3_600_000)).toBe(NOW + 3_600_001);
  });

  it('moves a stamp in 2099 forward by one at each change, so it never freezes a field', () => {
    const y2099 = Date.UTC(2099, 5, 1);
    const first = stampTime(NOW, y2099);
    expect(first).toBe(y2099 + 1);
    expect(stampTime(NOW, first)).toBe(y2099 + 2);
  });

  it('never goes past the latest stamp a record can hold', () => {
    expect(stampTime(NOW, MAX_TIME)).toBe(MAX_TIME);
    expect(stampTime(NOW, 36 ** 9 - 1, 36 ** 9 - 1)).toBe(36 ** 9 - 1);
  });
});
