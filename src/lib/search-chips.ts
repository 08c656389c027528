import type { PagefindFilters } from './pagefind-types';

/** The values of each filter the reader's chips have on, by filter name (`audience`, `kind`). */
export type ChosenChips = Record<string, Set<string>>;

/** Turns a chip on or off; says whether it is now on. */
export function toggleChip(chosen: ChosenChips, name: string, value: string): boolean {
  const set = chosen[name] ?? new Set<string>();
  chosen[name] = set;
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return set.has(value);
}

/** How many chips are on, for the toggle's "Filters (2)". */
export function chipsOn(chosen: ChosenChips): number {
  return Object.values(chosen).reduce((sum, values) => sum + values.size, 0);
}

/** The chips on, as Pagefind's filters: any of a filter's values, every filter with one on. */
export function chipFilters(chosen: ChosenChips): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [name, values] of Object.entries(chosen)) if (values.size > 0) filters[name] = { any: [...values] };
  return filters;
}
