import { useState } from 'preact/hooks';
import { lt } from '../../i18n/ladder-ui';
import { MAX_EVIDENCE_TITLE_LENGTH } from '../../schemas/ladder-records';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { LimitedField } from '../LimitedField';
import { useLazy } from '../use-lazy';
import { useLeaveGuard } from '../use-leave-guard';
import type { EvidenceFormProps } from './EvidenceForm';

const load = () => import('./EvidenceForm');

/** The description's field, as the form shows it and as it stands alone until the form has come: one field. */
export const descriptionField = (id: string, value: string, onText: (text: string) => void) => ({
  id,
  type: 'text',
  dir: 'auto' as const,
  label: lt('ladder.evidenceTitle'),
  value,
  max: MAX_EVIDENCE_TITLE_LENGTH,
  onText,
});

/**
 * The evidence form, loaded the first time a reader opens one (the ladder's first load is counted byte by byte, and
 * most visits add no evidence). Until it has come, its first field is there on its own, with the focus its opener
 * asked for, so what a reader types at once lands in it, and the form takes the words over. If it cannot come, the
 * page says so and `onCancel` puts the opener back, so the next click tries again.
 */
export function LazyEvidenceForm(props: EvidenceFormProps) {
  const id = `${props.idPrefix}-title`;
  const initial = props.piece?.title ?? '';
  const [title, setTitle] = useState(initial);
  const Form = useLazy(
    true,
    async () => {
      const form = await load();
      // The form's field takes this one's place: the focus, if the reader is still here, goes on with them.
      const field = document.activeElement;
      if (field?.id === id) focusAfterRender(id, () => !field.isConnected);
      return form;
    },
    props.onCancel,
  );
  useFocusAfterRender();
  // Words typed here are held nowhere else, as the form's draft: leaving asks first, until the form takes them over
  // (and the question with them). Until December 8 they went without a word on a slow network.
  useLeaveGuard(!Form && title !== initial);
  return Form ? (
    <Form {...props} typed={title} />
  ) : (
    <div class="evidence-form">
      {/* The form's own first field (`LimitedField`): its counter, and a paste past the limit said. */}
      <LimitedField {...descriptionField(id, title, setTitle)} />
    </div>
  );
}
