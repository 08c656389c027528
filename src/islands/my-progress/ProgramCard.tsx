import { cst } from '../../i18n/checklist-store-ui';
import { gt } from '../../i18n/progress-ui';
import { formatDate, formatRange, localToday, MAX_DATE } from '../../lib/dates';
import type { ProgramSummary } from '../../lib/program-view';
import { isComplete, type Progress } from '../../lib/progress';
import { currentBlock, type SummaryProgram } from '../../lib/summary-read';
import { unknownWords } from '../../lib/task-progress';
import { progressWords } from '../ProgressMeter';
import { ProgressRing } from '../ProgressRing';

interface Props {
  program: ProgramSummary;
  /** Today's date, which moves on while the page is open: this week or month. */
  today: string;
  /** What the progress summary says of it (progress, next task, dated blocks, last activity). */
  summary: SummaryProgram | undefined;
  progress: Progress;
  /** Whose part the figures count, when the reader chose a role ("New CSM: 3 of 37 done"). */
  roleName?: string | undefined;
  ready: boolean;
}

/** One program on the dashboard: ring, status, next task with its section, this week or month, last activity. */
export function ProgramCard({ program, today, summary, progress, roleName, ready }: Props) {
  // A task not known here (saved by a newer version, or not read) was set by the reader somewhere: started.
  const started = progress.done > 0 || progress.notApplicable > 0 || progress.unknown;
  const complete = progress.total > 0 && isComplete(progress);
  const block = summary ? currentBlock(summary, today) : undefined;
  const status = complete
    ? { tone: 'done', text: `✓ ${gt('progress.done')}` }
    : started
      ? { tone: 'doing', text: `◐ ${gt('dashboard.inProgress')}` }
      : { tone: 'todo', text: `○ ${gt('dashboard.noActivity')}` };
  return (
    <li class="dash-card program-card">
      <div class="dash-card__head">
        <ProgressRing progress={progress} label={program.title} />
        <div class="dash-card__titles">
          <h3>
            <a href={program.href}>{program.title}</a>
          </h3>
          <p class="dash-card__meta">
            {ready && <span class={`tag tag--${status.tone}`}>{status.text}</span>}{' '}
            <span class="progress__text">{progressWords(progress, roleName, unknownWords(progress))}</span>
          </p>
        </div>
      </div>
      {ready && (
        <div class="dash-card__body">
          {summary?.next ? (
            <p class="dash-card__next">
              <span class="dash-card__label">{gt('dashboard.nextIn', { section: summary.next.section })}</span>{' '}
              <a href={summary.next.href}>{summary.next.text}</a>
            </p>
          ) : (
            // Nothing open, but a task not known here may be.
            !progress.unknown && (
              <p class="dash-card__next">{complete ? cst('planner.programComplete') : cst('planner.allDone')}</p>
            )
          )}
          {block && (
            <p class="dash-card__now">
              <a href={block.href}>
                {gt('dashboard.now', {
                  block: block.label,
                  // No end (past month 3): said since when, as the program's panel says it, not until the latest date taken.
                  range:
                    block.to === MAX_DATE
                      ? gt('dashboard.since', { date: formatDate(block.from) })
                      : formatRange({ start: block.from, end: block.to }),
                })}
              </a>
            </p>
          )}
          {summary && summary.lastAt > 0 && (
            <p class="dash-card__when">
              {gt('dashboard.lastActivity', { date: formatDate(localToday(new Date(summary.lastAt))) })}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
