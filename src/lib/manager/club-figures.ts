/*
 * The figures a manager types into the President's Club tally, read with
 * the limits of what each one is: criterion 1's netARR can be below 0
 * (contractions, churn), the ending ARR cannot; the other criteria are
 * percentages of accounts (0 to 100) but for workshops, a count. A figure
 * outside its limits is not saved, and the field says why (the island keeps
 * what was typed), so nothing empties itself without a word.
 */

import { mt } from '../../i18n/manager-ui';
import { MAX_FIGURE, MAX_PERCENT } from '../../schemas/manager';

export type FigureField = 'netArr' | 'endingArr' | 'ebr' | 'greenPlans' | 'adoptionPlays' | 'workshops';
export type FigureKind = 'signed' | 'amount' | 'percent' | 'count';
export type FigureProblem = 'not-a-number' | 'negative' | 'percent-range' | 'whole-number' | 'too-large';

/** Each figure's kind, in the seed's order of criteria: the tally asks for them in this order. */
export const FIGURE_KINDS: Readonly<Record<FigureField, FigureKind>> = {
  netArr: 'signed',
  endingArr: 'amount',
  ebr: 'percent',
  greenPlans: 'percent',
  adoptionPlays: 'percent',
  workshops: 'count',
};

/** A figure the tally asks for, and its field's label. */
export interface FigureLabel {
  field: FigureField;
  label: string;
}

/**
 * The figures asked for each CSM, in the seed's order of criteria (FIGURE_KINDS has them so), with their labels:
 * criterion 1 takes two inputs, which the site names; each other criterion's field is named by its text in
 * `criteria` (the seed's five, in its order).
 */
export const figureFields = (criteria: readonly string[]): FigureLabel[] =>
  (Object.keys(FIGURE_KINDS) as FigureField[]).map((field, index) => ({
    field,
    label: index < 2 ? mt(`manager.${field as 'netArr' | 'endingArr'}`) : (criteria[index - 1] ?? ''),
  }));

export type FigureReading = { ok: true; value: number | undefined } | { ok: false; problem: FigureProblem };

/** Reads a field's text: empty is "not entered" (undefined); otherwise a number within the kind's limits. */
export function readFigure(text: string, kind: FigureKind): FigureReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (Math.abs(value) > MAX_FIGURE) return { ok: false, problem: 'too-large' };
  if (kind === 'signed') return { ok: true, value };
  if (kind === 'count' && !Number.isInteger(value)) return { ok: false, problem: 'whole-number' };
  if (value < 0)
    return {
      ok: false,
      problem: kind === 'percent' ? 'percent-range' : 'negative',
    };
  if (kind === 'percent' && value > MAX_PERCENT) return { ok: false, problem: 'percent-range' };
  return { ok: true, value };
}
