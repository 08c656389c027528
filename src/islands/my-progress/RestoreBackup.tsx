import { useRef, useState } from 'preact/hooks';
import { gt } from '../../i18n/progress-ui';
import { t } from '../../i18n/ui';
import type { restoredData } from '../../lib/backup';
import type { ProgramSummary } from '../../lib/program-view';
import type { PlannerData } from '../../schemas/backup';
import { restoreAll, snapshotAll } from '../../stores/all-data';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { loadBackupCode } from './load-backup-code';

interface PendingRestore {
  fileName: string;
  data: PlannerData;
  /** A file of plans alone (the plan builder's "Download .json"): they join the reader's data. */
  only?: 'plans' | undefined;
  /** What the preview lists: each change it counts, then what it says of a checklist; none when nothing changes. */
  lines: string[];
  /** The reader's data once restored over what they have then (from the backup code, loaded with the file). */
  restored: (current: PlannerData) => ReturnType<typeof restoredData>;
  /** What the restore says if the browser keeps no data, so it is for this visit only (from the backup code). */
  forVisit: string;
  /** What a plan's own file says once restored, that its plan is back; none for a whole backup (from the backup code). */
  done: string | undefined;
}

/** Why a restore did not happen; `attempt` tells one failed attempt from the next with the same words. */
interface RestoreError {
  text: string;
  attempt: number;
}

/**
 * Restore from a backup file: choose it, see what changes, confirm; all or nothing. A file of plans alone
 * brings them back beside the reader's other data; a whole backup replaces it all. Why a file is refused is
 * said once, under the file picker (an alert, and the picker's description), not in the toast as well: it
 * stays until the next file is chosen, where the reader looks, however long it is.
 */
export function RestoreBackup({ ready, programs }: { ready: boolean; programs: ProgramSummary[] }) {
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [error, setError] = useState<RestoreError | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const attempts = useRef(0);
  const fail = (text: string) => {
    attempts.current += 1;
    setError({ text, attempt: attempts.current });
  };

  const choose = async (file: File | undefined) => {
    setPending(null);
    setError(null);
    setChosen(file?.name ?? null);
    if (!file) return;
    const backup = await loadBackupCode();
    if (!backup) return;
    const refuse = (error: string) => fail(gt('progressPage.restoreError', { error }));
    // Check the size before reading: a huge file is refused without loading it.
    const tooLarge = backup.backupSizeError(file.size);
    if (tooLarge) return refuse(tooLarge);
    // Read as UTF-8, whose decoding drops a leading byte order mark: a backup an editor saved with one restores.
    const result = backup.parseBackup(await file.text(), file.size);
    if (!result.ok) return refuse(result.error);
    const current = snapshotAll();
    // What this browser holds is not all known: the preview could not say what changes, nor Undo put it back.
    if (!current) return refuse(gt('progressPage.restoreUnreadable'));
    // The preview is what the reader decides on: the focus goes to its first line, so a screen reader says it, and
    // the next Tab is its decision (until December 7 it stayed on the picker, and the preview came in silence).
    focusAfterRender('restore-preview');
    setPending({
      fileName: file.name,
      data: result.data,
      only: result.only,
      lines: backup.previewLines(current, result, programs),
      restored: (now) => backup.restoredData(now, result),
      forVisit: backup.restoredForVisit(result),
      done: backup.restoredWords(result),
    });
  };

  // The preview comes with the focus on its first line, and goes with either of its buttons: the focus goes back to
  // the picker that opened it.
  useFocusAfterRender();
  const close = () => {
    setPending(null);
    focusAfterRender('restore-file');
  };

  const confirm = () => {
    if (!pending) return;
    focusAfterRender('restore-file');
    // Read what the reader has now, not at the preview: another tab may have changed it since.
    const current = snapshotAll();
    if (!current) {
      setPending(null);
      fail(gt('progressPage.restoreError', { error: gt('progressPage.restoreUnreadable') }));
      return;
    }
    // A whole backup: the data now matches that file, as good as a backup made now (not so for a plan on its own).
    const outcome = restoreAll(
      pending.restored(current),
      undefined,
      pending.only ? undefined : new Date(),
      pending.forVisit,
      pending.done,
    );
    setPending(null);
    setChosen(null);
    if (input.current) input.current.value = '';
    if (!outcome.ok) {
      fail(outcome.error);
      return;
    }
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
          aria-describedby={`restore-chosen restore-help${error ? ' restore-error' : ''}`}
          aria-invalid={error ? 'true' : undefined}
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
      {/* Keyed by attempt: the same refusal again is a new alert, so it is announced again. */}
      {error && (
        <p key={error.attempt} id="restore-error" class="notice notice--error" role="alert">
          {error.text}
        </p>
      )}
      {pending && (
        // A group its first line names: a reader who tabs to its buttons hears what they decide.
        <div class="restore__preview" role="group" aria-labelledby="restore-preview">
          {/* A file that changes nothing says only that: no "will replace", no button to replace with the same. */}
          {pending.lines[0] ? (
            <>
              <p id="restore-preview" tabIndex={-1}>
                {pending.only
                  ? gt('progressPage.restorePlansPreview', { file: pending.fileName, count: plansIn(pending) })
                  : gt('progressPage.restorePreview', { file: pending.fileName })}
              </p>
              <ul>
                {pending.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p id="restore-preview" tabIndex={-1}>
              {gt('progressPage.restoreNothing', { file: pending.fileName })}
            </p>
          )}
          <div class="dialog__actions">
            <button type="button" class="button" onClick={close}>
              {pending.lines[0] ? t('planner.cancel') : gt('progressPage.restoreClose')}
            </button>
            {pending.lines[0] && (
              <button type="button" class="button button--danger" onClick={confirm}>
                {pending.only
                  ? gt('progressPage.restorePlansConfirm', { count: plansIn(pending) })
                  : gt('progressPage.restoreConfirm')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

const plansIn = (pending: PendingRestore) => Object.keys(pending.data.plans).length;
