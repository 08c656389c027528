import { mt } from '../../i18n/manager-ui';
import type { Club } from '../../schemas/manager';
import { formatDate } from '../dates';
import type { AgendaItemView, AgendaWeekView } from './agenda';
import type { CriterionId } from './toolkit';

/*
 * The toolkit's words for what it shows, on the page and in its exports:
 * which week of the month it is, a criterion's short
 * name, a number, the reader's choices for the tally.
 */

// Intl objects are made on first use, not when the toolkit loads (src/lib/dates.ts says why).
let monthFormat: Intl.DateTimeFormat | undefined;
/** `December 2026` for `2026-12`. */
export function monthName(month: string): string {
  monthFormat ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // `YYYY-MM` is a date-only ISO string: read as its first day at midnight UTC.
  return monthFormat.format(Date.parse(month));
}

/** Which week it is, in words: "2nd week of December 2026", or the 5th week the handbook does not define. */
export function weekLabel(view: Pick<AgendaWeekView, 'week'>): string {
  const month = monthName(view.week.month);
  return view.week.index === 5 ? mt('manager.fifthWeek', { month }) : mt(`manager.week.${view.week.index}`, { month });
}

/** Where an item shown out of its agenda's place was noted: "From the 3rd week’s agenda, noted in the week of 29 Mar 2027." */
export function notedWords(noted: NonNullable<AgendaItemView['noted']>): string {
  return mt('manager.notedFrom', { week: mt(`manager.agendaName.${noted.agenda}`), date: formatDate(noted.week) });
}

/** `text` as a sentence: with one full stop at its end, not a second one after a label that ends its own. */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A criterion's short column name. */
export function criterionShort(id: CriterionId): string {
  return mt(`manager.crit.${id}`);
}

/** Decimals a figure is shown with: 33.33. */
const SHOWN_DECIMALS = 2;
/** Decimals tried to tell two figures apart; past them, 17 significant digits tell any two doubles apart. */
const MAX_DECIMALS = 20;

const numberFormats = new Map<number, Intl.NumberFormat>();
function formatWith(value: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(
      'en-GB',
      decimals > MAX_DECIMALS ? { maximumSignificantDigits: 17 } : { maximumFractionDigits: decimals },
    );
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** A figure in words, with 2 decimals at most: "33.33". */
export function formatNumber(value: number): string {
  return formatWith(value, SHOWN_DECIMALS);
}

/**
 * Words for figures that are ranked against each other (a category's figures within a team, a team's
 * totals): 2 decimals at most, or as many as it takes where 2 would show two different figures as one,
 * or a figure other than 0 as 0, so rounding never hides why two CSMs are placed apart (33.331 and
 * 33.334, 1st and 2nd, not "33.33" twice; 99.9999 % is not the 100 % that scores 50), nor why a figure
 * scores (0.001 is above 0 and is placed: "0" beside "scored 0 or less: no points" said the opposite).
 * Equal figures read the same: they tie.
 */
export function figuresApart(values: readonly (number | undefined)[]): (value: number) => string {
  // Told apart from 0 and from a figure just below it too (which reads "-0"), so a figure other than 0 never
  // reads "0" or "-0". A figure not entered (undefined) reads "NaN", apart from every figure: no need to leave it out.
  const distinct = [...new Set([0, -1e-300, ...values])] as number[];
  const apart = (decimals: number) =>
    new Set(distinct.map((value) => formatWith(value, decimals))).size === distinct.length;
  let decimals = SHOWN_DECIMALS;
  while (decimals <= MAX_DECIMALS && !apart(decimals)) decimals += 1;
  return (value) => formatWith(value, decimals);
}

/** The reader's choices for the seed's gaps, in words (printed with every result). */
export function choiceLines(choices: Club['choices']): string[] {
  return [
    // Until the reader picks, all five are scored, and no box on the form is checked: the result says so too.
    choices.categories
      ? mt('manager.choiceCategories', {
          choice: mt(`manager.categories.${choices.categories}`),
        })
      : mt('manager.choiceCategoriesDefault'),
    mt('manager.choiceLowerTie', {
      choice: choices.lowerTie ? mt(`manager.lowerTie.${choices.lowerTie}`) : mt('manager.notChosen'),
    }),
    mt('manager.choiceAfterTie', {
      choice: choices.afterTie ? mt(`manager.afterTie.${choices.afterTie}`) : mt('manager.notChosen'),
    }),
  ];
}
