import type { ActionOwner, GoalCategory, ItemSource, Phase, Plan } from '../schemas/plan';
import type { HandbookSource } from '../schemas/plan-suggestion';
import type { PlanTemplateData } from '../schemas/plan-template';
import type { SourceView } from './plan-ideas';
import { createPlan, newId } from './plan-model';

/*
 * Templates a new plan starts from (content/plan-templates.yaml, schema in
 * src/schemas/plan-template.ts). The builder page hands the island each
 * template with its sources as site paths (`/handbook/…/#heading`, no base);
 * a new plan gets fresh item ids and keeps each item's source.
 */

/** A template item's source, as an idea's. */
type TemplateSource = SourceView;

export interface TemplateView {
  id: string;
  name: string;
  description: string;
  title: string;
  role: string;
  phases: {
    theme: string;
    goals: {
      id: string;
      text: string;
      category: GoalCategory;
      measure: string;
      source: TemplateSource;
      actions: { id: string; text: string; owner: ActionOwner; day?: number | undefined; source: TemplateSource }[];
    }[];
    people: { id: string; name: string; why: string; byDay?: number | undefined; source: TemplateSource }[];
  }[];
}

const sourceOf = (id: string, source: TemplateSource): ItemSource => ({ id, ...source });

function phaseOf(phase: TemplateView['phases'][number]): Phase {
  return {
    theme: phase.theme,
    goals: phase.goals.map((goal) => ({
      id: newId(),
      text: goal.text,
      category: goal.category,
      measure: goal.measure,
      source: sourceOf(goal.id, goal.source),
      actions: goal.actions.map((action) => ({
        id: newId(),
        text: action.text,
        owner: action.owner,
        status: 'todo' as const,
        ...(action.day === undefined ? {} : { due: { kind: 'day' as const, day: action.day } }),
        source: sourceOf(action.id, action.source),
      })),
    })),
    people: phase.people.map((person) => ({
      id: newId(),
      name: person.name,
      why: person.why,
      met: false,
      ...(person.byDay === undefined ? {} : { byDay: person.byDay }),
      source: sourceOf(person.id, person.source),
    })),
    review: { happened: '', why: '', next: '' },
  };
}

/** A new plan drafted from a template: the reader's to edit from the first keystroke. */
export function planFromTemplate(template: TemplateView, id: string, now: number): Plan {
  const plan = createPlan(id, now, template.title);
  const [a, b, c] = template.phases;
  if (!a || !b || !c) return plan;
  return { ...plan, role: template.role, phases: [phaseOf(a), phaseOf(b), phaseOf(c)] };
}

/** Whether a template gives a due day or a meet-by day: the site's suggestions, which the builder then says are. */
export function templateHasDays(template: TemplateView): boolean {
  return template.phases.some(
    (phase) =>
      phase.people.some((person) => person.byDay !== undefined) ||
      phase.goals.some((goal) => goal.actions.some((action) => action.day !== undefined)),
  );
}

/**
 * The template a link names: `?template=interview-mock` is `tpl-interview-mock` (the ids' common prefix
 * stays out of the address); undefined for a name no template has.
 */
export function templateOfLink<T extends { id: string }>(
  templates: readonly T[],
  name: string | undefined,
): T | undefined {
  return name === undefined ? undefined : templates.find((template) => template.id === `tpl-${name}`);
}

/** A handbook section as a site path with its heading: `/handbook/…/#review-checklist` (no base path). */
function sourceHref(source: { page: string; anchor: string }): string {
  return `${source.page}#${source.anchor}`;
}

/** The island's view of an idea's or a template item's source as the content holds it (`site` only when set). */
export function sourceView(source: HandbookSource): SourceView {
  const view = { href: sourceHref(source), label: source.label };
  return source.site ? { ...view, site: true } : view;
}

/** The island's view of a template as content/plan-templates.yaml holds it. */
export function toTemplateView(data: PlanTemplateData): TemplateView {
  return {
    id: data.id,
    name: data.name,
    description: data.description,
    title: data.title,
    role: data.role,
    phases: data.phases.map((phase) => ({
      theme: phase.theme,
      goals: phase.goals.map((goal) => ({
        ...goal,
        source: sourceView(goal.source),
        actions: goal.actions.map((action) => ({ ...action, source: sourceView(action.source) })),
      })),
      people: phase.people.map((person) => ({ ...person, source: sourceView(person.source) })),
    })),
  };
}
