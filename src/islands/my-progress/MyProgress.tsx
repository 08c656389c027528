import { gt } from '../../i18n/progress-ui';
import '../../styles/planner.css';
import '../../styles/my-progress.css';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/ui';
import { backupReminder } from '../../lib/backup-reminder';
import { sortPlans } from '../../lib/plan-model';
import { itemPlainText, lensRole, type ProgramSummary, programItemIds, programLens } from '../../lib/program-view';
import { summarizeProgram } from '../../lib/progress-summary';
import { orphanedIds } from '../../lib/task-progress';
import { formatCount } from '../../lib/text-limit';
import type { Role } from '../../schemas/program';
import { $plannerMeta, $programSettings, $taskStates, type TaskView } from '../../stores/planner';
import { $plans, startPlans } from '../../stores/plans';
import { trackSummary } from '../../stores/summary';
import { $today, followToday } from '../../stores/today';
import { Announcer } from '../Announcer';
import { StorageNotices } from '../StorageNotices';
import { usePlannerReady } from '../use-planner-ready';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';
import { BackupSection } from './BackupSection';
import { LadderSlot } from './LadderSlot';
import { PlanCard } from './PlanCard';
import { ProgramCard } from './ProgramCard';
import { ResetAll } from './ResetAll';

interface Props {
  programs: ProgramSummary[];
  /** Link to the 30-60-90 plan builder. */
  planBuilderHref: string;
  /** Link to the career ladder. */
  ladderHref: string;
  /** The backup card's title's id, which search lands on (lib/progress-tool-ids; see BackupSection). */
  backupTitleId: string;
  /**
   * "My week as a manager", an island of its own (its code loads when it is scrolled to), passed in by the page as
   * a slot so that Start over, the one destructive action, comes last, after it.
   */
  week?: ComponentChildren;
}

const NO_RECORDS: Readonly<Record<string, TaskView>> = {};

/** Every program's progress, plans and the career ladder; backup and restore; the manager's week; starting over, last. */
export default function MyProgress({ programs, planBuilderHref, ladderHref, backupTitleId, week }: Props) {
  const ready = usePlannerReady();
  useStarted(() => {
    // Today moves on at midnight and when the page comes back, as in the plan builder and the manager's tools: an
    // open page's current phase, week or month and backup reminder do too.
    followToday();
    startPlans({ createDraft: false });
  });
  // Every change here (a restore, Reset all, another tab) reaches the summary plain pages read.
  useEffect(
    () =>
      ready
        ? trackSummary(programs.map((program) => ({ ...program, taskText: (id) => itemPlainText(program, id) })))
        : undefined,
    [ready],
  );
  const today = useStore($today);
  const plans = useStore($plans);
  // A task not known here (saved by a newer version, or not read) is counted as such, never as open.
  const stored = useStore($taskStates);
  const meta = useStore($plannerMeta);
  const settings = useStore($programSettings);
  const records = ready ? stored : NO_RECORDS;
  const knownIds = new Set(programs.flatMap(programItemIds));
  const orphaned = orphanedIds(Object.keys(records), knownIds);
  const planList = ready ? sortPlans(Object.values(plans)) : [];
  const hasData =
    Object.keys(records).length > 0 || Object.keys(ready ? settings : {}).length > 0 || planList.length > 0;
  const reminder = ready ? backupReminder(hasData, meta.lastBackupAt, today) : 'none';

  return (
    <div class="my-progress">
      <StorageNotices ready={ready} />
      <section aria-labelledby="programs-title">
        <h2 id="programs-title">{gt('progressPage.programs')}</h2>
        <ul class="dash-grid program-list">
          {programs.map((program) => (
            <ProgramCard
              key={program.id}
              program={program}
              progress={programLens(program, ready ? settings[program.id]?.role : undefined, records).progress}
              roleName={roleNameOf(program, ready ? settings[program.id]?.role : undefined)}
              today={today}
              summary={
                ready
                  ? summarizeProgram(program, records, settings[program.id], (id) => itemPlainText(program, id))
                  : undefined
              }
              ready={ready}
            />
          ))}
        </ul>
        {orphaned.length > 0 && (
          <div class="notice">
            <h3>{gt('progressPage.orphanedTitle')}</h3>
            <p>{gt('progressPage.orphanedText', { count: formatCount(orphaned.length) })}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{gt('progressPage.plansTitle')}</h2>
        {planList.length === 0 ? (
          <p>
            {gt('progressPage.noPlans')} <a href={planBuilderHref}>{gt('progressPage.openBuilder')}</a>
          </p>
        ) : (
          <ul class="dash-grid">
            {planList.map((plan) => (
              <PlanCard key={plan.id} plan={plan} today={today} href={`${planBuilderHref}?plan=${plan.id}`} />
            ))}
          </ul>
        )}
      </section>

      <LadderSlot ladderHref={ladderHref} />

      <BackupSection
        titleId={backupTitleId}
        ready={ready}
        lastBackupAt={meta.lastBackupAt}
        reminder={reminder}
        programs={programs}
      />

      {/* After the backup, below the first screen: its code (5 KB) loads when it is scrolled to, not with the page. */}
      {week}

      <ResetAll ready={ready} />
      <Announcer />
    </div>
  );
}

/** The name of the role whose part a program's figures count ("New CSM"), if the reader chose one. */
function roleNameOf(program: ProgramSummary, chosen: Role | undefined): string | undefined {
  const role = lensRole(program, chosen);
  return role ? t(`role.${role}`) : undefined;
}
