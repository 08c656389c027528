import { useFocusAfterRender } from '../focus-after-render';
import { useLazy } from '../use-lazy';
import type { EvidenceFormProps } from './EvidenceForm';

const load = () => import('./EvidenceForm');

/**
 * The evidence form, loaded the first time a reader opens one (the ladder's first load is counted byte by byte, and
 * most visits add no evidence). Until it has come nothing is shown; if it cannot come, the page says so and `onCancel`
 * puts the opener back, so the next click tries again. It serves the focus its opener asked for once it is in place.
 */
export function LazyEvidenceForm(props: EvidenceFormProps) {
  const Form = useLazy(true, load, props.onCancel);
  useFocusAfterRender();
  return Form ? <Form {...props} /> : null;
}
