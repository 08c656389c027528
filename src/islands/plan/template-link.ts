import { pt } from '../../i18n/plan-views-ui';
import { newId } from '../../lib/plan-model';
import { planFromTemplate, type TemplateView, templateOfLink } from '../../lib/plan-templates';
import { announce } from '../../stores/announcer';
import { newPlan, startPlans } from '../../stores/plans';

/*
 * New plans from a template: "+ New plan" (the template picker) and a link
 * that names one (`?template=interview-mock`, from the home page's paths and
 * the aspiring leaders' next step). Loaded on demand with either.
 */

/** Adds a plan drafted from `template` and opens it, saying so. */
export function newPlanFromTemplate(template: TemplateView): void {
  newPlan(planFromTemplate(template, newId(), Date.now()), pt('plan.createdFrom', { name: template.name }));
}

/**
 * Starts the plans with a new one from the template a link names (`name`, from
 * `?template=`), as "+ New plan" would make it: the reader's other plans stay
 * as they are. A template the site does not have is said, and the builder
 * opens as it would without one.
 */
export function startFromTemplateLink(
  templates: TemplateView[],
  name: string,
  options: { wantedId: string | undefined; createDraft: boolean },
): void {
  const template = templateOfLink(templates, name);
  // No first-visit draft to replace: the plan from the template is the one to open.
  startPlans({ ...options, createDraft: options.createDraft && !template });
  if (template) newPlanFromTemplate(template);
  else announce(pt('plan.unknownTemplate'), 'error');
}
