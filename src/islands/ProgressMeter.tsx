import { t } from '../i18n/ui';
import { isComplete, type Progress } from '../lib/progress';

interface Props {
  progress: Progress;
  /** What the progress is of, for the progress bar's name. */
  label: string;
  completeText: string;
  /** Whose part the progress counts, when the reader chose a role ("New CSM: 3 of 37 done"). */
  roleName?: string | undefined;
  /** What the count says of tasks not known here: the checklists' `unknownWords` (src/lib/task-progress.ts). */
  unknown?: string | undefined;
}

/**
 * A count in words, as every program and list says it ("New CSM: 3 of 37 done · 2 not applicable · 1 could not be
 * read (…)"): the progress meter's and My progress's program cards' one way to say it. `unknown`, the words for
 * tasks not known here, comes from the checklists (`unknownWords`), the only ones that have such tasks.
 */
export function progressWords({ done, total, notApplicable }: Progress, role?: string, unknown?: string): string {
  return [
    role ? t('planner.progressFor', { role, done, total }) : t('planner.progress', { done, total }),
    notApplicable && t('planner.notApplicableCount', { count: notApplicable }),
    unknown,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "7 of 23 done" with a progress bar carrying the same value. */
export function ProgressMeter({ progress, label, completeText, roleName, unknown }: Props) {
  const complete = progress.total > 0 && isComplete(progress);
  return (
    <div class={`progress${complete ? ' progress--complete' : ''}`}>
      <progress
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={
          roleName
            ? t('planner.progressForLabel', { title: label, role: roleName })
            : t('planner.progressLabel', { title: label })
        }
      />
      <span class="progress__text">
        {progressWords(progress, roleName, unknown)}
        {complete && <strong class="progress__complete"> · {completeText}</strong>}
      </span>
    </div>
  );
}
