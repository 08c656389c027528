import '../styles/planner.css';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/ui';
import {
  backupFileName,
  backupSizeError,
  backupText,
  createBackup,
  parseBackup,
  type RestoreChanges,
  restoreChanges,
} from '../lib/backup';
import { BACKUP_MAX_AGE_DAYS, backupReminder } from '../lib/backup-reminder';
import { formatDate, localToday } from '../lib/dates';
import { downloadText } from '../lib/download';
import { sortPlans } from '../lib/plan-model';
import { itemPlainText, type ProgramSummary } from '../lib/program-view';
import { nextOpenItem, orphanedIds, programProgress } from '../lib/progress';
import type { PlannerData } from '../schemas/backup';
import type { TaskRecord } from '../schemas/stored';
import { restoreAll, snapshotAll } from '../stores/all-data';
import { announce } from '../stores/announcer';
import { $plannerMeta, $programSettings, $tasks, markBackupMade } from '../stores/planner';
import { $plans, startPlans } from '../stores/plans';
import { Announcer } from './Announcer';
import { ConfirmDialog } from './ConfirmDialog';
import { ProgressMeter } from './ProgressMeter';
import { StorageNotices } from './StorageNotices';
import { usePlannerReady } from './use-planner-ready';

interface Props {
  programs: ProgramSummary[];
  /** Link to the 30-60-90 plan builder. */
  planBuilderHref: string;
}

const NO_RECORDS: Readonly<Record<string, TaskRecord>> = {};

/** Every program's progress, backup and restore, and starting over. */
export default function MyProgress({ programs, planBuilderHref }: Props) {
  const ready = usePlannerReady();
  useEffect(() => startPlans({ createDraft: false }), []);
  const plans = useStore($plans);
  const stored = useStore($tasks);
  const meta = useStore($plannerMeta);
  const settings = useStore($programSettings);
  const records = ready ? stored : NO_RECORDS;
  const knownIds = new Set(
    programs.flatMap((p) =>
      p.sections.flatMap((s) => s.tasks.flatMap((task) => [task.id, ...(task.subtasks ?? []).map((sub) => sub.id)])),
    ),
  );
  const orphaned = orphanedIds(Object.keys(records), knownIds);
  const planList = ready ? sortPlans(Object.values(plans)) : [];
  const hasData =
    Object.keys(records).length > 0 || Object.keys(ready ? settings : {}).length > 0 || planList.length > 0;
  const reminder = ready ? backupReminder(hasData, meta.lastBackupAt, localToday()) : 'none';

  const backUp = () => {
    const now = new Date();
    const file = backupFileName(now);
    downloadText(file, backupText(createBackup(snapshotAll(), now)), 'application/json');
    markBackupMade(now);
    announce(t('progressPage.backedUp', { file }));
  };

  return (
    <div class="my-progress">
      <StorageNotices ready={ready} />
      <section aria-labelledby="programs-title">
        <h2 id="programs-title">{t('progressPage.programs')}</h2>
        <ul class="program-list">
          {programs.map((program) => {
            const progress = programProgress(program.sections, records);
            const next = nextOpenItem(program.sections, records);
            const started = progress.done > 0 || progress.notApplicable > 0;
            return (
              <li key={program.id} class="program-card">
                <h3>
                  <a href={program.href}>{program.title}</a>
                </h3>
                <ProgressMeter progress={progress} label={program.title} completeText={t('planner.programComplete')} />
                {ready && (
                  <p>
                    {next ? (
                      <>
                        {t('planner.next')}{' '}
                        <a href={`${program.href}#task-${next.item.id}`}>{itemPlainText(program, next.item.id)}</a>
                      </>
                    ) : (
                      t('planner.allDone')
                    )}
                    {!started && <> {t('progressPage.notStarted')}</>}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {orphaned.length > 0 && (
          <div class="notice">
            <h3>{t('progressPage.orphanedTitle')}</h3>
            <p>{t('progressPage.orphanedText', { count: orphaned.length })}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{t('progressPage.plansTitle')}</h2>
        {planList.length === 0 ? (
          <p>
            {t('progressPage.noPlans')} <a href={planBuilderHref}>{t('progressPage.openBuilder')}</a>
          </p>
        ) : (
          <ul>
            {planList.map((plan) => (
              <li key={plan.id}>
                <a href={`${planBuilderHref}?plan=${plan.id}`}>{plan.title.trim() || t('plan.untitled')}</a>
                {plan.role.trim() && <> · {plan.role}</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">{t('progressPage.backupTitle')}</h2>
        <p>{t('progressPage.backupText')}</p>
        {ready && (
          <p>
            {meta.lastBackupAt
              ? t('progressPage.lastBackup', { date: formatDate(meta.lastBackupAt.slice(0, 10)) })
              : t('progressPage.neverBackedUp')}
          </p>
        )}
        {reminder !== 'none' && (
          <p class="notice notice--warning">
            {reminder === 'old'
              ? t('progressPage.backupOld', { days: BACKUP_MAX_AGE_DAYS })
              : t('progressPage.backupNow')}
          </p>
        )}
        <button type="button" class="button" disabled={!ready} onClick={backUp}>
          {t('progressPage.backup')}
        </button>
        <Restore ready={ready} />
      </section>

      <ResetAll ready={ready} />
      <Announcer />
    </div>
  );
}

interface PendingRestore {
  fileName: string;
  data: PlannerData;
  changes: RestoreChanges;
}

function Restore({ ready }: { ready: boolean }) {
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    setPending(null);
    setError(null);
    if (!file) return;
    const fail = (error: string) => {
      const message = t('progressPage.restoreError', { error });
      setError(message);
      announce(message, 'error');
    };
    // Check the size before reading: a huge file is refused without loading it.
    const tooLarge = backupSizeError(file.size);
    if (tooLarge) return fail(tooLarge);
    const result = parseBackup(await file.text(), file.size);
    if (!result.ok) return fail(result.error);
    setPending({ fileName: file.name, data: result.data, changes: restoreChanges(snapshotAll(), result.data) });
  };

  const confirm = () => {
    if (!pending) return;
    const outcome = restoreAll(pending.data);
    setPending(null);
    if (input.current) input.current.value = '';
    if (!outcome.ok) {
      setError(outcome.error);
      announce(outcome.error, 'error');
    }
  };

  return (
    <div class="restore">
      <div class="field">
        <label for="restore-file">{t('progressPage.restoreLabel')}</label>
        <input
          ref={input}
          id="restore-file"
          type="file"
          accept="application/json,.json"
          disabled={!ready}
          aria-describedby="restore-help"
          onChange={(event) => choose(event.currentTarget.files?.[0])}
        />
        <p class="field__help" id="restore-help">
          {t('progressPage.restoreHelp')}
        </p>
      </div>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div class="restore__preview">
          <p>{t('progressPage.restorePreview', { file: pending.fileName })}</p>
          {pending.changes.none ? (
            <p>{t('progressPage.restoreNothing')}</p>
          ) : (
            <ul>
              {pending.changes.ticked > 0 && (
                <li>{t('progressPage.restoreTicked', { count: pending.changes.ticked })}</li>
              )}
              {pending.changes.unticked > 0 && (
                <li>{t('progressPage.restoreUnticked', { count: pending.changes.unticked })}</li>
              )}
              {pending.changes.markedNotApplicable > 0 && (
                <li>{t('progressPage.restoreNa', { count: pending.changes.markedNotApplicable })}</li>
              )}
              {pending.changes.notesChanged > 0 && (
                <li>{t('progressPage.restoreNotes', { count: pending.changes.notesChanged })}</li>
              )}
              {pending.changes.settingsChanged > 0 && (
                <li>{t('progressPage.restoreSettings', { count: pending.changes.settingsChanged })}</li>
              )}
              {pending.changes.plansChanged > 0 && (
                <li>{t('progressPage.restorePlans', { count: pending.changes.plansChanged })}</li>
              )}
            </ul>
          )}
          <div class="dialog__actions">
            <button type="button" class="button" onClick={() => setPending(null)}>
              {t('planner.cancel')}
            </button>
            <button type="button" class="button button--danger" onClick={confirm}>
              {t('progressPage.restoreConfirm')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function ResetAll({ ready }: { ready: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <section aria-labelledby="reset-all-title">
      <h2 id="reset-all-title">{t('progressPage.resetAllTitle')}</h2>
      <button type="button" class="button button--danger" disabled={!ready} onClick={() => dialog.current?.showModal()}>
        {t('progressPage.resetAll')}
      </button>
      <ConfirmDialog
        dialogRef={dialog}
        id="reset-all-dialog-title"
        title={t('progressPage.resetAllConfirmTitle')}
        text={t('progressPage.resetAllText')}
        confirmLabel={t('planner.resetConfirm')}
        onConfirm={() => {
          const outcome = restoreAll({ tasks: {}, programs: {}, plans: {} }, t('progressPage.resetAllDone'));
          if (!outcome.ok) announce(outcome.error, 'error');
        }}
      />
    </section>
  );
}
