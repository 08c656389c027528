import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS, figureFields, readFigure } from '../../src/lib/manager/club-figures';
import { CRITERIA } from '../../src/lib/manager/toolkit';

describe('the President’s Club figures, read with their limits', () => {
  it('empty is "not entered"; a number within its limits is taken', () => {
    expect(readFigure('  ', 'percent')).toEqual({ ok: true, value: undefined });
    expect(readFigure('42.5', 'percent')).toEqual({ ok: true, value: 42.5 });
    expect(readFigure('100', 'percent')).toEqual({ ok: true, value: 100 });
    expect(readFigure('3', 'count')).toEqual({ ok: true, value: 3 });
  });

  it('netARR can be below 0 (contractions); the ending ARR cannot', () => {
    expect(FIGURE_KINDS.netArr).toBe('signed');
    expect(readFigure('-250000', FIGURE_KINDS.netArr)).toEqual({ ok: true, value: -250000 });
    expect(readFigure('-1', FIGURE_KINDS.endingArr)).toEqual({ ok: false, problem: 'negative' });
  });

  it('a percentage is 0 to 100, workshops a whole count, and nothing is larger than real', () => {
    expect(readFigure('120', FIGURE_KINDS.ebr)).toEqual({ ok: false, problem: 'percent-range' });
    expect(readFigure('-5', FIGURE_KINDS.greenPlans)).toEqual({ ok: false, problem: 'percent-range' });
    expect(readFigure('2.5', FIGURE_KINDS.workshops)).toEqual({ ok: false, problem: 'whole-number' });
    expect(readFigure('10,000,000,000,000,000', 'signed')).toEqual({ ok: false, problem: 'too-large' });
    expect(readFigure('abc', 'amount')).toEqual({ ok: false, problem: 'not-a-number' });
  });

  // Reported (review3a M1): "$1.5M" typed into the ending ARR was read as 1.5 (the number field dropped what it
  // could not read) and changed the ranking with no word. A text the tally cannot read whole is refused.
  it('reads a figure whole or not at all: digits, one decimal point, commas between thousands, a leading minus', () => {
    for (const text of [
      '$1.5M',
      '1.5M',
      '1.5m',
      '80%',
      '1e5',
      '0x10',
      '1.2.3',
      '1,50',
      '12,34,567',
      '--5',
      '5-',
      '1 500',
      '.',
      '-',
      ',500',
      'Infinity',
    ]) {
      expect(readFigure(text, 'signed'), text).toEqual({ ok: false, problem: 'not-a-number' });
    }
    expect(readFigure('1,500,000', 'amount')).toEqual({ ok: true, value: 1_500_000 });
    expect(readFigure(' 1500000.50 ', 'amount')).toEqual({ ok: true, value: 1_500_000.5 });
    expect(readFigure('-1,250.5', 'signed')).toEqual({ ok: true, value: -1250.5 });
    expect(readFigure('.5', 'percent')).toEqual({ ok: true, value: 0.5 });
    expect(readFigure('7.', 'percent')).toEqual({ ok: true, value: 7 });
    expect(readFigure('−3', 'signed')).toEqual({ ok: true, value: -3 });
  });

  it('asks for criterion 1 in two fields the site names, and for each other criterion by the seed’s words', () => {
    const fields = figureFields(CRITERIA.map((criterion) => criterion.text));
    expect(fields.map(({ field }) => field)).toEqual(Object.keys(FIGURE_KINDS));
    expect(fields.slice(0, 2).map(({ label }) => label)).toEqual([
      'Criterion 1: netARR of closed opps the CSM is assigned to',
      'Criterion 1: ending ARR managed by the CSM',
    ]);
    expect(fields.slice(2).map(({ label }) => label)).toEqual(CRITERIA.slice(1).map((criterion) => criterion.text));
    expect(fields.find(({ field }) => field === 'ebr')?.label).toBe('% of Accounts with EBRs completed');
  });
});
