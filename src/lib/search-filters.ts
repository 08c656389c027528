import { searchT } from '../i18n/page-ui';
import { planT } from '../i18n/plan-ui';
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
  page: searchT('search.kind.page'),
  program: searchT('search.kind.program'),
  planner: searchT('search.kind.planner'),
} as const;

export const AUDIENCE_LABELS: Record<Audience, string> = {
  'new-csm': t('role.new-csm'),
  intern: t('role.intern'),
  mentor: t('role.mentor'),
  manager: t('role.manager'),
  // The plan builder's word for this reader, the one its ideas' filter shows: not in ui.ts, which every planner
  // page loads, for a word only the plan builder shows in the browser (search's chips are rendered at build time).
  'aspiring-leader': planT('plan.audience.aspiring-leader'),
};

/**
 * The audience chip whose reader does a role's checklist tasks.
 *
 * The buddy has no chip of their own, and the handbook does not say which of
 * the chips' readers a buddy is. It says who does the tasks: "Buddies should
 * always be CSMs (same department)", an experienced CSM who helps a new one
 * through onboarding (1:1s, calls to shadow, feedback). That is what the
 * internship's mentor is, "an IC CSM who acts as the 'Intern Mentor'", so a
 * buddy's tasks are under the Mentor chip, the closest reader; not under New
 * CSM, as the new CSM is the one being helped (lib/search-audience).
 */
export const ROLE_AUDIENCE: Record<Role, Audience | undefined> = {
  'new-csm': 'new-csm',
  manager: 'manager',
  buddy: 'mentor',
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

/** The roles whose checklist tasks a program holds: each section's, and each task's own. */
export function programRoles(program: {
  sections: readonly { role?: Role | undefined; tasks: readonly { role?: Role | undefined }[] }[];
}): Role[] {
  const roles = new Set<Role>();
  for (const section of program.sections) {
    if (section.role) roles.add(section.role);
    for (const task of section.tasks) if (task.role) roles.add(task.role);
  }
  return [...roles];
}

/**
 * Filters of a handbook page: the readers it is written for and, on a page
 * with a program, the readers whose tasks it holds (the onboarding page is
 * written for new CSMs and managers, and holds the buddy's tasks, so the
 * Mentor chip finds it; the chip then leaves the others' tasks out).
 */
export function handbookPageFilters(audience: readonly Audience[], roles: readonly Role[] | undefined): SearchFilters {
  const readers = new Set(audience);
  for (const role of roles ?? []) {
    const reader = ROLE_AUDIENCE[role];
    if (reader) readers.add(reader);
  }
  return {
    kind: roles ? KIND_LABELS.program : KIND_LABELS.page,
    audience: [...readers].map((a) => AUDIENCE_LABELS[a]),
  };
}

/** A filter the search panel offers, with every value a page can carry. */
interface SearchFacet {
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
