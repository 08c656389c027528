import { searchT } from '../i18n/page-ui';
import { t } from '../i18n/ui';
import type { LadderLevel } from '../schemas/career-ladder';
import type { Audience } from '../schemas/handbook-page';
import type { Role } from '../schemas/program';

/** The facets a search result can be narrowed by. */
export interface SearchFilters {
  /** Handbook page, Program (a page with a checklist) or Planner. */
  kind: string;
  audience: string[];
}

export const KIND_LABELS = {
  page: 'Handbook page',
  program: 'Program',
  planner: 'Planner',
} as const;

export const AUDIENCE_LABELS: Record<Audience, string> = {
  'new-csm': t('role.new-csm'),
  intern: t('role.intern'),
  mentor: t('role.mentor'),
  manager: t('role.manager'),
  'aspiring-leader': 'Aspiring leader',
};

/**
 * The audience chip whose reader does a role's checklist tasks. The buddy has
 * no chip: a buddy is a CSM helping a new one, and neither the New CSM nor
 * any other chip's reader does the buddy's tasks (lib/search-audience).
 */
export const ROLE_AUDIENCE: Record<Role, Audience | undefined> = {
  'new-csm': 'new-csm',
  manager: 'manager',
  buddy: undefined,
  intern: 'intern',
  mentor: 'mentor',
};

/**
 * The audience chips whose readers a career ladder track's levels are for, on
 * the job family page: the management levels are for those who lead or mean
 * to; the individual contributor levels, for everyone the page is for.
 */
export const TRACK_AUDIENCES: Record<LadderLevel['track'], readonly Audience[] | undefined> = {
  ic: undefined,
  manager: ['manager', 'aspiring-leader'],
};

/** Filters of a handbook page. */
export function handbookPageFilters(audience: readonly Audience[], hasProgram: boolean): SearchFilters {
  return {
    kind: hasProgram ? KIND_LABELS.program : KIND_LABELS.page,
    audience: audience.map((a) => AUDIENCE_LABELS[a]),
  };
}

/** A filter the search panel offers, with every value a page can carry. */
export interface SearchFacet {
  name: 'kind' | 'audience';
  label: string;
  values: string[];
}

/**
 * The facets are a closed set known at build time, so the panel renders its
 * chips without asking Pagefind for its filter index (which grows with the site).
 */
export const SEARCH_FACETS: readonly SearchFacet[] = [
  { name: 'kind', label: searchT('search.kind'), values: Object.values(KIND_LABELS).sort() },
  { name: 'audience', label: searchT('search.audience'), values: Object.values(AUDIENCE_LABELS).sort() },
];
