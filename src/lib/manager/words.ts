import { mt } from '../../i18n/manager-ui';
import type { Club } from '../../schemas/manager';
import type { AgendaWeekView } from './agenda';
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
  const [y, m] = month.split('-').map(Number) as [number, number];
  monthFormat ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return monthFormat.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Which week it is, in words: "2nd week of December 2026", or the 5th week the handbook does not define. */
export function weekLabel(view: Pick<AgendaWeekView, 'week'>): string {
  const month = monthName(view.week.month);
  return view.week.index === 5 ? mt('manager.fifthWeek', { month }) : mt(`manager.week.${view.week.index}`, { month });
}

/** A criterion's short column name. */
export function criterionShort(id: CriterionId): string {
  return mt(`manager.crit.${id}`);
}

let numberFormat: Intl.NumberFormat | undefined;
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** The reader's choices for the seed's gaps, in words (printed with every result). */
export function choiceLines(choices: Club['choices']): string[] {
  return [
    // The form shows "all five" picked until the reader picks: the result says it was not their choice.
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
