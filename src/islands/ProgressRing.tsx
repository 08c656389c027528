import { gt } from '../i18n/progress-ui';
import { t } from '../i18n/ui';
import { isComplete, type Progress, percent } from '../lib/progress';

interface Props {
  progress: Progress;
  /** What the progress is of, for the progress bar's name. */
  label: string;
}

/**
 * A ring showing the share done, with the native progress bar it stands for
 * (read by assistive technology; the ring and its figure are for the eye).
 */
export function ProgressRing({ progress, label }: Props) {
  const share = percent(progress);
  const done = progress.total > 0 && isComplete(progress);
  return (
    <div class={`ring${done ? ' ring--done' : ''}`}>
      <progress
        class="sr-only"
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={t('planner.progressLabel', { title: label })}
      />
      <svg viewBox="0 0 36 36" aria-hidden="true">
        <circle class="ring__track" cx="18" cy="18" r="15" pathLength={100} />
        <circle class="ring__value" cx="18" cy="18" r="15" pathLength={100} stroke-dasharray={`${share} 100`} />
      </svg>
      <span class="ring__label" aria-hidden="true">
        {done ? '✓' : gt('progress.percent', { percent: share })}
      </span>
    </div>
  );
}
