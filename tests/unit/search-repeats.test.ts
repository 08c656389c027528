import { describe, expect, it } from 'vitest';
import { placeRepeats, standsIn } from '../../src/lib/search-repeats';

const keys = (text: string) => text.toLowerCase().split(' ');

describe('a task that names again what an earlier task asks for', () => {
  it('stands word for word inside the fuller task, never inside one that says as much or less', () => {
    const task = keys('complete the following certification gitlab certified security specialist');
    expect(standsIn(keys('gitlab certified security specialist'), task)).toBe(true);
    expect(standsIn(keys('certified gitlab security specialist'), task)).toBe(false);
    expect(standsIn(task, task)).toBe(false);
    expect(standsIn([], task)).toBe(false);
  });

  it('trades places with the first task it repeats, when that one scores less', () => {
    const scores = placeRepeats([
      { start: 10, keys: keys('complete the certification security specialist'), score: 2 },
      { start: 20, keys: keys('take the security specialist exam'), score: 2.5 },
      { start: 30, keys: keys('security specialist'), score: 3 },
    ]);
    expect(scores).toEqual([3, 2.5, 2]);
  });

  it('keeps its place when the task it repeats already leads, or comes after it', () => {
    expect(
      placeRepeats([
        { start: 10, keys: keys('complete the certification security specialist'), score: 3 },
        { start: 30, keys: keys('security specialist'), score: 2 },
      ]),
    ).toEqual([3, 2]);
    expect(
      placeRepeats([
        { start: 10, keys: keys('security specialist'), score: 3 },
        { start: 30, keys: keys('complete the certification security specialist'), score: 2 },
      ]),
    ).toEqual([3, 2]);
  });

  it('gives a task named again twice the better of the two places', () => {
    const scores = placeRepeats([
      { start: 10, keys: keys('read about success plans'), score: 1 },
      { start: 20, keys: keys('success plans'), score: 2 },
      { start: 30, keys: keys('success plans'), score: 3 },
    ]);
    expect(scores).toEqual([3, 2, 1]);
  });
});
