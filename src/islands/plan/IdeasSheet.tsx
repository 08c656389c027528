import { useEffect, useRef } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { pt } from '../../i18n/plan-views-ui';
import { PHASE_TITLES } from '../../lib/plan-labels';
import type { Plan } from '../../schemas/plan';
import type { Ideas as IdeasList, IdeaView } from './Ideas';
import { KeepPhaseTitles } from './KeepPhaseTitles';

interface Props {
  plan: Plan;
  ideas: IdeaView[];
  /** The phase whose "Ideas based on the handbook" opened the sheet. */
  phase: number;
  onClose: () => void;
  /** The ideas list, passed in rather than imported, so it stays in the builder's first chunk (one chunk less to load). */
  Ideas: typeof IdeasList;
}

/**
 * On a phone, the ideas come up as a sheet over the phase that asked for
 * them (a native modal dialog: Escape closes it and the focus goes back to
 * the phase's button). On a wide screen the panel beside the phases is used.
 */
export default function IdeasSheet({ plan, ideas, phase, onClose, Ideas }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const title = pt('plan.ideasSheet', { phase: PHASE_TITLES[phase] ?? PHASE_TITLES[0] });
  return (
    <dialog ref={dialog} class="dialog plan-ideas-sheet" aria-labelledby="ideas-sheet-title" onClose={onClose}>
      <div class="plan-ideas-sheet__head">
        <h2 id="ideas-sheet-title">
          <KeepPhaseTitles text={title} />
        </h2>
        <button type="button" class="button button--small" onClick={() => dialog.current?.close()}>
          {pt('plan.close')}
        </button>
      </div>
      <p>{planT('plan.suggestionsIntro')}</p>
      <Ideas plan={plan} ideas={ideas} idPrefix="sheet" phase={phase} onLeave={() => dialog.current?.close()} />
    </dialog>
  );
}
