import { gt } from '../../i18n/progress-ui';
import { formatDate, localToday } from '../../lib/dates';
import { PHASE_TITLES, reviewCopyNote, titleOf } from '../../lib/plan-labels';
import { currentPhase, phaseProgress } from '../../lib/plan-progress';
import type { Plan } from '../../schemas/plan';

interface Props {
  plan: Plan;
  /** Today's date, which moves on while the page is open: the phase the reader is in. */
  today: string;
  href: string;
}

/** One 30-60-90 plan on the dashboard: each phase's actions done out of all, and the phase the reader is in. */
export function PlanCard({ plan, today, href }: Props) {
  const now = currentPhase(plan, today);
  const title = titleOf(plan);
  return (
    <li class="dash-card plan-card">
      <div class="dash-card__titles">
        <h3>
          <a href={href} dir="auto">
            {title}
          </a>
        </h3>
        <p class="dash-card__meta">
          {now !== undefined && (
            <span class="tag tag--doing">◐ {gt('dashboard.currentPhase', { phase: PHASE_TITLES[now] ?? '' })}</span>
          )}
          {plan.role.trim() && (
            <span class="dash-card__role" dir="auto">
              {plan.role}
            </span>
          )}
          {/* As in the plan builder's "Your plans": a copy from a review link keeps its title, the site says what it is. */}
          {plan.savedFromReview && <span>{reviewCopyNote(plan)}</span>}
        </p>
      </div>
      <ol class="phase-bars" aria-label={gt('dashboard.planPhases')}>
        {PHASE_TITLES.map((phase, index) => {
          const progress = phaseProgress(plan, index);
          return (
            <li key={phase} class={`phase-bar${index === now ? ' phase-bar--now' : ''}`}>
              <span class="phase-bar__label">
                {progress.total > 0
                  ? gt('dashboard.phaseProgress', { phase, done: progress.done, count: progress.total })
                  : gt('dashboard.phaseEmpty', { phase })}
              </span>
              <progress max={Math.max(progress.total, 1)} value={progress.done} aria-hidden="true" />
            </li>
          );
        })}
      </ol>
      <p class="dash-card__when">
        {gt('dashboard.lastActivity', { date: formatDate(localToday(new Date(plan.updatedAt))) })}
      </p>
    </li>
  );
}
