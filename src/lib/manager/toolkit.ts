import { agendas, agendaUse, cadences, criteria, reviews } from '../../../content/manager-toolkit.json';

/*
 * The manager handbook's systems as data (content/manager-toolkit.json), in
 * the seed's words. The JSON is checked against the seed and against these
 * types in tests/unit/manager-exports.test.ts.
 *
 * Imported by part (a JSON module's keys are separate exports), so a bundle
 * carries only the parts its code reads: the review questions reach the
 * islands as props, rendered on the server, and load with the exports.
 */

export type ReviewId = 'checklist' | 'onboarding' | 'success-plan' | 'triage-health' | 'renewal';
type ReviewCadence = 'none' | 'regular' | 'monthly' | 'twice-monthly';

interface ReviewItem {
  id: string;
  /** The seed's lead-in (a checklist item's link text, or the parent of a nested question). */
  label?: string;
  text: string;
}

interface ReviewDefinition {
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

interface Criterion {
  id: CriterionId;
  unit: 'percent' | 'count';
  text: string;
  detail?: string;
}

export interface Toolkit {
  reviews: ReviewDefinition[];
  agendas: { week: 1 | 2 | 3 | 4; items: string[] }[];
  /**
   * Whose 1:1 the agendas are for: the section's own sentence (the manager's 1:1 with their director or
   * VP), and the responsibilities table's, which points the manager's 1:1s with their CSMs to it too.
   */
  agendaUse: { whose: string; alsoFor: string };
  criteria: Criterion[];
  cadences: { oneOnOne: string; calls: string; idp: string };
  points: [number, number, number];
}

// JSON imports type loosely (plain strings); tests/unit/manager-exports.test.ts checks the data against these types.
export const REVIEWS = reviews as ReviewDefinition[];
export const AGENDAS = agendas as Toolkit['agendas'];
export const CRITERIA = criteria as Criterion[];
export const AGENDA_USE: Toolkit['agendaUse'] = agendaUse;

export function reviewById(id: ReviewId): ReviewDefinition {
  const found = REVIEWS.find((review) => review.id === id);
  if (!found) throw new Error(`no review ${id}`);
  return found;
}

/** A review item's words: the seed's lead-in and text. */
function reviewItemText(item: { label?: string | undefined; text: string }): string {
  if (!item.label) return item.text;
  return item.label.endsWith(':') ? `${item.label} ${item.text}` : `${item.label}: ${item.text}`;
}

/** A review as its island shows it: each item's words put together at build time. */
export interface ReviewView {
  id: ReviewId;
  title: string;
  items: { id: string; text: string }[];
}

/** The review `id` for its island and exports. */
export function reviewView(id: ReviewId): ReviewView {
  const { title, items } = reviewById(id);
  return { id, title, items: items.map((item) => ({ id: item.id, text: reviewItemText(item) })) };
}

/** A review's name and section, which the cadence rows link to. */
export type ReviewLink = Pick<ReviewDefinition, 'id' | 'title' | 'anchor'>;

/** The items of the seed's agendas for the 1st to 4th week, in order. */
export type AgendaItems = readonly (readonly string[])[];
/** The items of the seed's agendas (a function: a value computed on load would ride in every bundle that imports this module). */
export function agendaItems(): AgendaItems {
  return AGENDAS.map((agenda) => agenda.items);
}

/**
 * The seed's words the cadence calendar carries: the items of the two
 * scheduled reviews and the cadences' own words. Given to the island by the
 * page (props), so the review items never ride in the toolkit's scripts.
 */
export interface CadenceWords {
  /** Each scheduled review's items as the seed lists them, one line each, numbered and nested (`reviewOutline`). */
  outlines: Record<'triage-health' | 'renewal', string[]>;
  cadences: Toolkit['cadences'];
}

/**
 * A review's items as lines in the seed's shape. An item whose label is a lead-in (it ends with a colon, like
 * "Account assignment:") is one item; items whose label is a list item of its own ("Gainsight region dashboard
 * for unhealthy accounts") sit under it, numbered within it, as the seed nests them.
 */
function reviewOutline(items: readonly ReviewItem[]): string[] {
  const lines: string[] = [];
  let number = 0;
  let parent: string | undefined;
  let sub = 0;
  for (const item of items) {
    const nested = item.label !== undefined && !item.label.endsWith(':');
    if (!nested) {
      parent = undefined;
      lines.push(`${++number}. ${reviewItemText(item)}`);
      continue;
    }
    if (item.label !== parent) {
      parent = item.label;
      sub = 0;
      lines.push(`${++number}. ${item.label}`);
    }
    lines.push(`   ${++sub}. ${item.text}`);
  }
  return lines;
}

/** The cadence calendar's words, at build time. */
export function cadenceWords(): CadenceWords {
  const outline = (id: ReviewId) => reviewOutline(reviewById(id).items);
  return { outlines: { 'triage-health': outline('triage-health'), renewal: outline('renewal') }, cadences };
}
