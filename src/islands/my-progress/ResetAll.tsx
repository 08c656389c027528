import { cst } from '../../i18n/checklist-store-ui';
import { gt } from '../../i18n/progress-ui';
import { restoreAll } from '../../stores/all-data';
import { announce } from '../../stores/announcer';
import { useConfirm } from '../use-confirm';

/** Reset all planner data, after asking; offers Undo. */
export function ResetAll({ ready }: { ready: boolean }) {
  const [dialog, ask] = useConfirm({
    id: 'reset-all-dialog-title',
    title: gt('progressPage.resetAllConfirmTitle'),
    text: gt('progressPage.resetAllText'),
    confirmLabel: cst('planner.resetConfirm'),
    onConfirm: () => {
      const outcome = restoreAll({ tasks: {}, programs: {}, plans: {}, manager: {} }, gt('progressPage.resetAllDone'));
      if (!outcome.ok) announce(outcome.error, 'error');
    },
  });
  return (
    <section aria-labelledby="reset-all-title">
      <h2 id="reset-all-title">{gt('progressPage.resetAllTitle')}</h2>
      <button type="button" class="button button--danger" disabled={!ready} onClick={ask}>
        {gt('progressPage.resetAll')}
      </button>
      {dialog}
    </section>
  );
}
