import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS, readFigure } from '../../src/lib/manager/club-figures';

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
    expect(readFigure('1e16', 'signed')).toEqual({ ok: false, problem: 'too-large' });
    expect(readFigure('abc', 'amount')).toEqual({ ok: false, problem: 'not-a-number' });
  });
});
