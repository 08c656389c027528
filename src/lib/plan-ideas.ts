import { planT } from '../i18n/plan-ui';
import type { ActionOwner, GoalCategory, Plan } from '../schemas/plan';

/*
 * Ideas drawn from the handbook (content/plan-suggestions.yaml) as the builder lists
 * them: who they are for, what kind, and which are already in a plan. Adding
 * one is in plan-suggestions.ts, loaded when the reader first adds an idea.
 */

/** Who an idea is for: the ideas panel's audience filter. */
export const IDEA_AUDIENCES = ['manager', 'aspiring-leader', 'new-csm'] as const;
export type IdeaAudience = (typeof IDEA_AUDIENCES)[number];
export const IDEA_KINDS = ['goal', 'action', 'person'] as const;
type IdeaKind = (typeof IDEA_KINDS)[number];

/** What adding an idea drawn from the handbook needs to know about it. */
export interface SuggestionIdea {
  id: string;
  kind: IdeaKind;
  category: GoalCategory;
  owner?: ActionOwner | undefined;
  /** A goal's or an action's text, a person's name. */
  text: string;
  measure?: string | undefined;
  /** Why meet this person. */
  why?: string | undefined;
  /** Meet by this day of the plan. */
  byDay?: number | undefined;
  source: SourceView;
}

/**
 * The handbook section an idea or a template item is based on: a site path with its heading id, and the heading's
 * words; `site` when the item is this site's own suggestion and the section only a related one.
 */
export interface SourceView {
  href: string;
  label: string;
  site?: true | undefined;
}

/**
 * What an item drawn from the handbook says of its section: its words are this site's, so "Based on the handbook:
 * <section>", never "From the handbook" (a seed-fidelity audit, December 6); the site's own suggestion says so.
 * One wording for the ideas, the plan's items and the Markdown.
 */
export const sourceWords = (source: SourceView): string =>
  planT(source.site ? 'plan.bySite' : 'plan.basedOn', { label: source.label });

/**
 * Whether an item drawn from the handbook (or suggested by the site) has a day: then the days are said to be the site's,
 * in the printout and the Markdown alike (`plan.siteDays`).
 */
export function hasSiteDays(plan: Plan): boolean {
  return plan.phases.some(
    (phase) =>
      phase.people.some((person) => person.source && person.byDay !== undefined) ||
      phase.goals.some((goal) => goal.actions.some((action) => action.source && action.due?.kind === 'day')),
  );
}

/** Where an idea already is in a plan: its phase and the id of its first field (to jump to it). */
export interface FoundIdea {
  phase: number;
  fieldId: string;
}

/** Ideas (and template items) already in the plan, by source id: the first place each is. */
export function ideasInPlan(plan: Plan): Map<string, FoundIdea> {
  const found = new Map<string, FoundIdea>();
  const note = (id: string | undefined, phase: number, fieldId: string) => {
    if (id && !found.has(id)) found.set(id, { phase, fieldId });
  };
  plan.phases.forEach((phase, index) => {
    for (const goal of phase.goals) {
      note(goal.source?.id, index, `goal-${goal.id}-text`);
      for (const action of goal.actions) note(action.source?.id, index, `action-${action.id}-text`);
    }
    for (const person of phase.people) note(person.source?.id, index, `person-${person.id}-name`);
  });
  return found;
}

export interface IdeaFilter {
  audience: IdeaAudience | 'all';
  kind: IdeaKind | 'all';
}

/** The ideas that pass the panel's filters. */
export function filterIdeas<T extends { kind: IdeaKind; audience: readonly IdeaAudience[] }>(
  ideas: readonly T[],
  { audience, kind }: IdeaFilter,
): T[] {
  return ideas.filter(
    (idea) => (kind === 'all' || idea.kind === kind) && (audience === 'all' || idea.audience.includes(audience)),
  );
}
