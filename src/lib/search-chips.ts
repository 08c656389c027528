import type { PagefindFilters } from './pagefind-types';

/** The values of each filter the reader's chips have on, by filter name (`audience`, `kind`). */
export type ChosenChips = Record<string, Set<string>>;

/** The chips on, as Pagefind's filters: any of a filter's values, every filter with one on. */
export function chipFilters(chosen: ChosenChips): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [name, values] of Object.entries(chosen)) if (values.size > 0) filters[name] = { any: [...values] };
  return filters;
}
