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

/** The figures, in the seed's order of criteria: criterion 1's two, then one for each other criterion. */
export const FIGURE_FIELDS = Object.keys(FIGURE_KINDS) as FigureField[];

/** A figure the tally asks for, and its field's label. */
export interface FigureLabel {
  field: FigureField;
  label: string;
}

/**
 * The figures asked for each CSM, in the seed's order of criteria (FIGURE_FIELDS), with their labels:
 * criterion 1 takes two inputs, which the site names; each other criterion's field is named by its text in
 * `criteria` (the seed's five, in its order).
 */
export const figureFields = (criteria: readonly string[]): FigureLabel[] =>
  FIGURE_FIELDS.map((field, index) => ({
    field,
    label: index < 2 ? mt(`manager.${field as 'netArr' | 'endingArr'}`) : (criteria[index - 1] ?? ''),
  }));

type FigureReading = { ok: true; value: number | undefined } | { ok: false; problem: FigureProblem };

/**
 * A figure as the tally reads it, whole or not at all: a leading minus (a typographic one too), digits with
 * commas between thousands or none, one decimal point. Anything else ("$1.5M", "80%", "1e5") is refused, never read
 * in part: a browser's number field read "$1.5M" as 1.5 and changed the ranking with no word (review3a M1).
 */
const FIGURE_TEXT = /^[-−]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$/;

/** Reads a field's text: empty is "not entered" (undefined); otherwise a number within the kind's limits. */
export function readFigure(text: string, kind: FigureKind): FigureReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const value = FIGURE_TEXT.test(trimmed) ? Number(trimmed.replace(/,/g, '').replace('−', '-')) : Number.NaN;
  const problem: FigureProblem | undefined = !Number.isFinite(value)
    ? 'not-a-number'
    : Math.abs(value) > MAX_FIGURE
      ? 'too-large'
      : kind === 'signed'
        ? undefined
        : kind === 'count' && !Number.isInteger(value)
          ? 'whole-number'
          : kind === 'percent' && (value < 0 || value > MAX_PERCENT)
            ? 'percent-range'
            : value < 0
              ? 'negative'
              : undefined;
  return problem ? { ok: false, problem } : { ok: true, value };
}
