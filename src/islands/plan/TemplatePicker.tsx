import { useEffect, useRef, useState } from 'preact/hooks';
import { pt } from '../../i18n/plan-views-ui';
import { t } from '../../i18n/ui';
import { newId } from '../../lib/plan-model';
import { planFromTemplate, type TemplateView, templateHasDays, templateOfLink } from '../../lib/plan-templates';
import { announce } from '../../stores/announcer';
import { newPlan, startPlans } from '../../stores/plans';
import { focusAfterRender } from '../focus-after-render';

/*
 * New plans from a template, loaded on demand as one file: "+ New plan" (the
 * picker below) and a link that names a template (`?template=interview-mock`,
 * from the home page's paths and the aspiring leaders' next step). One file,
 * not two: the browser remembers a file that failed to load, so a picker that
 * imported the link's file would stay broken after the link's load failed.
 */

/** Adds a plan drafted from `template` and opens it, saying so, and that its days are the site's when it has some. */
function newPlanFromTemplate(template: TemplateView): void {
  const said = templateHasDays(template) ? 'plan.createdFromDays' : 'plan.createdFrom';
  newPlan(planFromTemplate(template, newId(), Date.now()), pt(said, { name: template.name }));
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

interface Props {
  templates: TemplateView[];
  onClose: () => void;
}

/**
 * "New plan": pick a template (Blank first), then create. A native modal
 * dialog, loaded on demand; Cancel or Escape leaves everything as it was.
 */
export default function TemplatePicker({ templates, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => dialogRef.current?.showModal(), []);
  const [chosen, setChosen] = useState(templates[0]?.id ?? '');
  const template = templates.find((tpl) => tpl.id === chosen) ?? templates[0];
  const create = () => {
    // Closed first, and the new plan's title asked for after: the dialog gives the focus back to "+ New plan" as it
    // closes, and the page behind an open modal takes none (until December 7, late, the focus stayed on + New plan).
    dialogRef.current?.close();
    focusAfterRender('plan-title');
    if (template) newPlanFromTemplate(template);
  };
  return (
    <dialog ref={dialogRef} class="dialog plan-templates" aria-labelledby="template-title" onClose={onClose}>
      <form method="dialog">
        <h3 id="template-title">{pt('plan.templateTitle')}</h3>
        <p>{pt('plan.templateNote')}</p>
        <fieldset class="plan-templates__list">
          <legend class="sr-only">{pt('plan.templateTitle')}</legend>
          {templates.map((tpl) => (
            <div key={tpl.id} class="plan-template">
              <input
                type="radio"
                id={`template-${tpl.id}`}
                name="plan-template"
                value={tpl.id}
                checked={tpl.id === template?.id}
                aria-describedby={`template-${tpl.id}-about`}
                onChange={() => setChosen(tpl.id)}
              />
              <label for={`template-${tpl.id}`}>{tpl.name}</label>
              <p id={`template-${tpl.id}-about`} class="field__help">
                {tpl.description}
              </p>
            </div>
          ))}
        </fieldset>
        <div class="dialog__actions">
          <button type="submit" class="button" value="cancel">
            {t('planner.cancel')}
          </button>
          <button type="submit" class="button button--primary" value="create" onClick={create}>
            {pt('plan.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
