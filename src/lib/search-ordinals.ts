/*
 * Ordinal words in a query, read as the numbers the handbook writes: a reader asks about "the first month" or
 * "the second week", the handbook says "Month 1" and "Week 2" (and the manager's cadence "1st week"). Only an
 * ordinal standing before a unit the handbook numbers is read so: "first" elsewhere ("my first 1:1", "first 90
 * days") is a word like any other.
 */
import { wordKey } from './search-words';

/** An ordinal of the query, before its unit: "first month" is the 1 of "month". */
export interface Ordinal {
  number: number;
  /** The unit's `wordKey`: "month". */
  unit: string;
}

const ORDINAL_WORDS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ');
/** What the handbook numbers: "Week 1", "Month 1", "Module 3". */
const UNITS = new Set(['day', 'week', 'month', 'quarter', 'year', 'module']);
/** "1st", "2nd", "3rd", "12th". */
const NUMBERED_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;

/** The number an ordinal word stands for ("first" and "1st" 1, "twelfth" 12), or none. */
export function ordinalNumber(word: string): number | undefined {
  const key = wordKey(word);
  const index = ORDINAL_WORDS.indexOf(key);
  if (index >= 0) return index + 1;
  const numbered = NUMBERED_ORDINAL.exec(key);
  return numbered ? Number(numbered[1]) : undefined;
}

/** Per word of a query, the ordinal it is when a unit follows it ("first month"), or none. */
export function ordinalsOf(words: readonly string[]): (Ordinal | undefined)[] {
  return words.map((word, i) => {
    const number = ordinalNumber(word);
    const unit = wordKey(words[i + 1] ?? '');
    return number !== undefined && UNITS.has(unit) ? { number, unit } : undefined;
  });
}

/**
 * Whether the page's word at `i` says the ordinal: the number after its unit ("Month 1", "Week 2:"), or the
 * ordinal word, in letters or figures, before its unit, with at most one word between that is not a number ("first
 * month", "1st week", "the first full week"; not "the first 3 months").
 */
export function saysOrdinal(words: readonly string[], i: number, { number, unit }: Ordinal): boolean {
  const key = wordKey(words[i] ?? '');
  const isUnit = (at: number) => wordKey(words[at] ?? '') === unit;
  if (key === String(number)) return isUnit(i - 1);
  if (ordinalNumber(key) !== number) return false;
  return isUnit(i + 1) || (!/\d/.test(words[i + 1] ?? '') && isUnit(i + 2));
}
