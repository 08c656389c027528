import data from '../../../content/manager-toolkit.json';

/*
 * The manager handbook's systems as data (content/manager-toolkit.json), in
 * the seed's words. The JSON is checked against the seed and against these
 * types in tests/unit/manager-toolkit.test.ts.
 */

export type ReviewId = 'checklist' | 'onboarding' | 'success-plan' | 'triage-health' | 'renewal';
export type ReviewCadence = 'none' | 'regular' | 'monthly' | 'twice-monthly';

export interface ReviewItem {
  id: string;
  /** The seed's lead-in (a checklist item's link text, or the parent of a nested question). */
  label?: string;
  text: string;
}

export interface ReviewDefinition {
  id: ReviewId;
  title: string;
  /** The heading id of its section on the manager page. */
  anchor: string;
  cadence: ReviewCadence;
  /** The seed's own words for its cadence. */
  cadenceWords?: string;
  items: ReviewItem[];
}

export type CriterionId = 'net-arr' | 'ebr' | 'green-plans' | 'adoption-plays' | 'workshops';

export interface Criterion {
  id: CriterionId;
  unit: 'percent' | 'count';
  text: string;
  detail?: string;
}

export interface Toolkit {
  reviews: ReviewDefinition[];
  agendas: { week: 1 | 2 | 3 | 4; items: string[] }[];
  criteria: Criterion[];
  cadences: { oneOnOne: string; calls: string; idp: string };
  points: [number, number, number];
}

// JSON imports type loosely (plain strings); tests/unit/manager-toolkit.test.ts checks the data against these types.
export const TOOLKIT = data as unknown as Toolkit;

export const REVIEW_IDS: readonly ReviewId[] = TOOLKIT.reviews.map((review) => review.id);

export function reviewById(id: ReviewId): ReviewDefinition {
  const found = TOOLKIT.reviews.find((review) => review.id === id);
  if (!found) throw new Error(`no review ${id}`);
  return found;
}

/** The seed's agenda for the 1st to 4th week. */
export function agendaItems(week: 1 | 2 | 3 | 4): readonly string[] {
  return TOOLKIT.agendas[week - 1]?.items ?? [];
}
