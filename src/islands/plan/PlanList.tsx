import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { reviewCopyNote, titleOf } from '../../lib/plan-labels';
import type { sortPlans } from '../../lib/plan-model';
import type { TemplateView } from '../../lib/plan-templates';
import type { Plan } from '../../schemas/plan';
import { deletePlan, duplicateCurrentPlan, selectPlan } from '../../stores/plans';
import { focusAfterRender } from '../focus-after-render';
import { useConfirm } from '../use-confirm';
import { useLazy } from '../use-lazy';

/** The template picker loads when + New plan is first pressed, or with a template link's plan (PlanBuilder). */
export const loadTemplatePicker = () => import('./TemplatePicker');

/** "+ New plan": asks which template to start from. */
export function NewPlanButton({ templates }: { templates: TemplateView[] }) {
  const [open, setOpen] = useState(false);
  const Picker = useLazy(open, loadTemplatePicker, () => setOpen(false));
  return (
    <>
      <button type="button" id="plan-new" class="button" onClick={() => setOpen(true)}>
        + {planT('plan.new')}
      </button>
      {open && Picker && <Picker templates={templates} onClose={() => setOpen(false)} />}
    </>
  );
}

interface PlanListProps {
  plans: ReturnType<typeof sortPlans>;
  /** The plan on screen, one of `plans`. */
  current: Plan;
  templates: TemplateView[];
}

/** The reader's plans, the one on screen marked, with + New plan, Duplicate and Delete… */
export function PlanList({ plans, current, templates }: PlanListProps) {
  const currentId = current.id;
  const [deleteDialog, askDelete] = useConfirm({
    id: 'delete-plan-title',
    title: planT('plan.deleteTitle', { title: titleOf(current) }),
    text: planT('plan.deleteText'),
    confirmLabel: planT('plan.deleteConfirm'),
    // The last plan's Delete… button goes with it: the focus goes to the empty page's + New plan. Its Undo takes
    // that button away in turn: the focus goes to the plan it brings back, now the one on screen (or to the list's
    // + New plan, if it cannot come back).
    onConfirm: () => {
      const last = plans.length === 1;
      if (last) focusAfterRender('plan-new');
      deletePlan(currentId, last ? () => focusAfterRender(['plan-current', 'plan-new']) : undefined);
    },
  });
  return (
    <nav class="plan-list" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title">{planT('plan.yourPlans')}</h2>
      <ul>
        {plans.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class="plan-list__item"
              // The reader's title, alone in its button, in its own direction (docs/data-safety.md).
              dir="auto"
              id={p.id === currentId ? 'plan-current' : undefined}
              aria-current={p.id === currentId ? 'true' : undefined}
              onClick={() => selectPlan(p.id)}
            >
              <span>{titleOf(p)}</span>
              {/* A copy from a review link keeps the link's title: the site says what it is, so the two differ. */}
              {p.savedFromReview && <small>{reviewCopyNote(p)}</small>}
            </button>
          </li>
        ))}
      </ul>
      <div class="program-panel__actions">
        <NewPlanButton templates={templates} />
        <button type="button" class="button" onClick={duplicateCurrentPlan}>
          {planT('plan.duplicate')}
        </button>
        <button type="button" class="button button--danger" onClick={askDelete}>
          {planT('plan.delete')}
        </button>
      </div>
      {deleteDialog}
    </nav>
  );
}
