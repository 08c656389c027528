import { useEffect, useRef, useState } from 'preact/hooks';
import { pt } from '../../i18n/plan-views-ui';
import { t } from '../../i18n/ui';
import type { TemplateView } from '../../lib/plan-templates';
import { newPlanFromTemplate } from './template-link';

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
          <button type="submit" class="button" value="create" onClick={create}>
            {pt('plan.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
