import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * Making the first Intl object loads the locale's data (about 70 ms of a checklist page's start at 4x CPU
 * throttling), so the modules a planner page loads make their formatters on first use (issue 17).
 */
const KINDS = ['DateTimeFormat', 'NumberFormat', 'PluralRules'] as const;

describe('Intl formatters', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are not made when the modules load, and are made once when first used', async () => {
    vi.resetModules();
    const made = KINDS.map((kind) => vi.spyOn(Intl, kind));
    const { formatDate, formatRange } = await import('../../src/lib/dates');
    const { formatCount } = await import('../../src/lib/text-limit');
    const { formatNumber, monthName } = await import('../../src/lib/manager/words');
    const { translator } = await import('../../src/i18n/translator');
    for (const spy of made) expect(spy).not.toHaveBeenCalled();

    const t = translator({ tasks: { one: '{count} task', other: '{count} tasks' } });
    expect([t('tasks', { count: 1 }), t('tasks', { count: 2 })]).toEqual(['1 task', '2 tasks']);
    expect(formatDate('2027-01-04')).toBe('4 Jan 2027');
    expect(formatDate('2027-01-05')).toBe('5 Jan 2027');
    expect(formatRange({ start: '2027-01-04', end: '2027-01-10' })).toBe('4 Jan – 10 Jan 2027');
    expect(formatCount(4100)).toBe('4,100');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(monthName('2026-12')).toBe('December 2026');
    const [dateTime, number, plural] = made;
    // formatDate, formatRange's day-and-month and monthName's: one each, however often they are used.
    expect(dateTime).toHaveBeenCalledTimes(3);
    expect(number).toHaveBeenCalledTimes(2);
    expect(plural).toHaveBeenCalledTimes(1);
  });
});
