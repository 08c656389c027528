import '../../styles/planner.css';
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/ui';
import { backupReminder } from '../../lib/backup-reminder';
import { localToday } from '../../lib/dates';
import { sortPlans } from '../../lib/plan-model';
import { itemPlainText, type ProgramSummary } from '../../lib/program-view';
import { orphanedIds } from '../../lib/progress';
import type { TaskRecord } from '../../schemas/stored';
import { $plannerMeta, $programSettings, $tasks } from '../../stores/planner';
import { $plans, startPlans } from '../../stores/plans';
import { programLensStore } from '../../stores/program-lens';
import { Announcer } from '../Announcer';
import { ProgressMeter } from '../ProgressMeter';
import { StorageNotices } from '../StorageNotices';
import { usePlannerReady } from '../use-planner-ready';
import { BackupSection } from './BackupSection';
import { ResetAll } from './ResetAll';

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

  return (
    <div class="my-progress">
      <StorageNotices ready={ready} />
      <section aria-labelledby="programs-title">
        <h2 id="programs-title">{t('progressPage.programs')}</h2>
        <ul class="program-list">
          {programs.map((program) => (
            <ProgramCard key={program.id} program={program} />
          ))}
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

      <BackupSection ready={ready} lastBackupAt={meta.lastBackupAt} reminder={reminder} />

      <ResetAll ready={ready} />
      <Announcer />
    </div>
  );
}

/** One program's progress and next task, through the reader's role lens ("New CSM: 3 of 37 done"). */
function ProgramCard({ program }: { program: ProgramSummary }) {
  const lens = useStore(programLensStore(program));
  const started = lens.progress.done > 0 || lens.progress.notApplicable > 0;
  return (
    <li class="program-card">
      <h3>
        <a href={program.href}>{program.title}</a>
      </h3>
      <ProgressMeter
        progress={lens.progress}
        label={program.title}
        completeText={t('planner.programComplete')}
        roleName={lens.role ? t(`role.${lens.role}`) : undefined}
      />
      {lens.ready && (
        <p>
          {lens.next ? (
            <>
              {t('planner.next')}{' '}
              <a href={`${program.href}#task-${lens.next.item.id}`}>{itemPlainText(program, lens.next.item.id)}</a>
            </>
          ) : (
            t('planner.allDone')
          )}
          {!started && <> {t('progressPage.notStarted')}</>}
        </p>
      )}
    </li>
  );
}
