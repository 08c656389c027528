import { useRef, useState } from 'preact/hooks';
import { gt } from '../../i18n/progress-ui';
import { t } from '../../i18n/ui';
import { backupSizeError, parseBackup, type RestoreChanges, restoreChanges, restoredData } from '../../lib/backup';
import type { PlannerData } from '../../schemas/backup';
import { restoreAll, snapshotAll } from '../../stores/all-data';
import { announce } from '../../stores/announcer';
import { markBackupMade } from '../../stores/planner';

interface PendingRestore {
  fileName: string;
  data: PlannerData;
  /** A file of plans alone (the plan builder's "Download .json"): they join the reader's data. */
  only?: 'plans' | undefined;
  changes: RestoreChanges;
}

/**
 * Restore from a backup file: choose it, see what changes, confirm; all or nothing. A file of plans alone
 * brings them back beside the reader's other data; a whole backup replaces it all.
 */
export function RestoreBackup({ ready }: { ready: boolean }) {
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    setPending(null);
    setError(null);
    setChosen(file?.name ?? null);
    if (!file) return;
    const fail = (error: string) => {
      const message = gt('progressPage.restoreError', { error });
      setError(message);
      announce(message, 'error');
    };
    // Check the size before reading: a huge file is refused without loading it.
    const tooLarge = backupSizeError(file.size);
    if (tooLarge) return fail(tooLarge);
    const result = parseBackup(await file.text(), file.size);
    if (!result.ok) return fail(result.error);
    const current = snapshotAll();
    // What this browser holds is not all known: the preview could not say what changes, nor Undo put it back.
    if (!current) return fail(gt('progressPage.restoreUnreadable'));
    const changes = restoreChanges(current, restoredData(current, result));
    setPending({ fileName: file.name, data: result.data, only: result.only, changes });
  };

  const confirm = () => {
    if (!pending) return;
    // Read what the reader has now, not at the preview: another tab may have changed it since.
    const current = snapshotAll();
    if (!current) {
      setPending(null);
      const message = gt('progressPage.restoreError', { error: gt('progressPage.restoreUnreadable') });
      setError(message);
      announce(message, 'error');
      return;
    }
    const outcome = restoreAll(restoredData(current, pending));
    setPending(null);
    setChosen(null);
    if (input.current) input.current.value = '';
    if (!outcome.ok) {
      setError(outcome.error);
      announce(outcome.error, 'error');
      return;
    }
    // The data now matches that file: as good as a backup made now (not so for a plan on its own).
    if (!pending.only) markBackupMade(new Date());
  };

  return (
    <div class="restore">
      <div class="file-picker">
        <input
          ref={input}
          id="restore-file"
          type="file"
          accept="application/json,.json"
          disabled={!ready}
          aria-describedby="restore-chosen restore-help"
          onChange={(event) => choose(event.currentTarget.files?.[0])}
        />
        {/* The label is the button: it names the input and opens the browser's file chooser. */}
        <label for="restore-file" class="button">
          {gt('progressPage.restoreLabel')}
        </label>
        <span class="file-picker__name" id="restore-chosen">
          {chosen ? gt('dashboard.fileChosen', { file: chosen }) : gt('dashboard.noFileChosen')}
        </span>
      </div>
      <p class="field__help" id="restore-help">
        {gt('progressPage.restoreHelp')}
      </p>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div class="restore__preview">
          <p>
            {pending.only
              ? gt('progressPage.restorePlansPreview', { file: pending.fileName, count: plansIn(pending) })
              : gt('progressPage.restorePreview', { file: pending.fileName })}
          </p>
          {pending.changes.none ? (
            <p>{gt('progressPage.restoreNothing')}</p>
          ) : (
            <ul>
              {pending.changes.ticked > 0 && (
                <li>{gt('progressPage.restoreTicked', { count: pending.changes.ticked })}</li>
              )}
              {pending.changes.unticked > 0 && (
                <li>{gt('progressPage.restoreUnticked', { count: pending.changes.unticked })}</li>
              )}
              {pending.changes.markedNotApplicable > 0 && (
                <li>{gt('progressPage.restoreNa', { count: pending.changes.markedNotApplicable })}</li>
              )}
              {pending.changes.notesChanged > 0 && (
                <li>{gt('progressPage.restoreNotes', { count: pending.changes.notesChanged })}</li>
              )}
              {pending.changes.settingsChanged > 0 && (
                <li>{gt('progressPage.restoreSettings', { count: pending.changes.settingsChanged })}</li>
              )}
              {pending.changes.plansChanged > 0 && (
                <li>{gt('progressPage.restorePlans', { count: pending.changes.plansChanged })}</li>
              )}
              {pending.changes.managerChanged > 0 && (
                <li>{gt('manager.restoreRecords', { count: pending.changes.managerChanged })}</li>
              )}
              {pending.changes.ladderChanged > 0 && (
                <li>{gt('ladder.restoreRecords', { count: pending.changes.ladderChanged })}</li>
              )}
            </ul>
          )}
          <div class="dialog__actions">
            <button type="button" class="button" onClick={() => setPending(null)}>
              {t('planner.cancel')}
            </button>
            <button type="button" class="button button--danger" onClick={confirm}>
              {pending.only
                ? gt('progressPage.restorePlansConfirm', { count: plansIn(pending) })
                : gt('progressPage.restoreConfirm')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

const plansIn = (pending: PendingRestore) => Object.keys(pending.data.plans).length;
