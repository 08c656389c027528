import '../../styles/plan-timeline.css';
import { planT } from '../../i18n/plan-ui';
import { pt } from '../../i18n/plan-views-ui';
import { t } from '../../i18n/ui';
import { formatDate, formatRange } from '../../lib/dates';
import { PHASE_TITLES, titleOf } from '../../lib/plan-labels';
import { dayPosition, PLAN_DAYS, planTimeline, type TimelineMark } from '../../lib/plan-timeline';
import type { Plan } from '../../schemas/plan';
import { ProgressMeter } from '../ProgressMeter';
import type { OverdueTag } from './OverdueTag';

/** Where a day sits on the axis, as a CSS variable (set through the CSSOM, which the page's CSP allows). */
const at = (day: number) => ({ '--at': `${dayPosition(day)}%` });

interface Props {
  plan: Plan;
  /** Today's date (`YYYY-MM-DD`), from the builder's store, which moves on at midnight while the page is open. */
  today: string;
  /**
   * The Edit view's overdue tag, passed in rather than imported: imported by both, it became a file of its
   * own (one more request, 0.2 KB); passed in, it stays in the builder's first chunk.
   */
  Overdue: typeof OverdueTag;
}

/**
 * The 90 days at a glance: three phases on a day axis, each dated action and
 * person to meet as a mark, today marked, overdue items in the warning colour
 * with a word and an icon, each phase's progress from its actions. Loaded on
 * demand; prints on one landscape page.
 */
export default function PlanTimeline({ plan, today, Overdue }: Props) {
  const timeline = planTimeline(plan, today);
  const now = timeline.today;
  const onAxis = now !== undefined && now >= 1 && now <= PLAN_DAYS;
  const end = plan.startDate ? timeline.phases[2]?.range?.end : undefined;
  const where =
    now === undefined
      ? pt('plan.noStart')
      : now < 1
        ? pt('plan.startsIn', { count: 1 - now })
        : now > PLAN_DAYS && end
          ? pt('plan.ended', { date: formatDate(end) })
          : pt('plan.today', { day: now });
  return (
    <section class="plan-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        {pt('plan.timeline')}: <bdi>{titleOf(plan)}</bdi>
      </h2>
      <p class="plan-timeline__where">{where}</p>
      <div class="plan-timeline__axis" aria-hidden="true">
        {timeline.phases.map((phase, index) => (
          <span key={phase.first} class={`plan-timeline__band plan-timeline__band--${index + 1}`} />
        ))}
        {timeline.phases.flatMap((phase) =>
          phase.marks.map((mark) => (
            <span
              key={mark.fieldId}
              class={`plan-timeline__dot plan-timeline__dot--${mark.kind}${markState(mark)}`}
              style={at(mark.day)}
            />
          )),
        )}
        {onAxis && (
          <span class="plan-timeline__now" style={at(now)}>
            {pt('plan.today', { day: now })}
          </span>
        )}
        {[1, 30, 60, 90].map((day) => (
          <span key={day} class="plan-timeline__tick" style={at(day)}>
            {day}
          </span>
        ))}
      </div>
      <ol class="plan-timeline__phases">
        {timeline.phases.map((phase, index) => (
          <li key={phase.first} class="plan-timeline__phase">
            <h3>
              {PHASE_TITLES[index]}
              {plan.phases[index]?.theme.trim() && (
                <>
                  : <bdi>{plan.phases[index]?.theme}</bdi>
                </>
              )}
              {phase.range && <span class="plan-timeline__dates">{formatRange(phase.range)}</span>}
            </h3>
            <ProgressMeter
              progress={{ done: phase.done, total: phase.total, notApplicable: 0 }}
              label={PHASE_TITLES[index] ?? ''}
              completeText={t('planner.sectionComplete')}
            />
            <ul class="plan-timeline__marks">
              {phase.marks.map((mark) => (
                <li key={mark.fieldId} class={`plan-timeline__mark${markState(mark)}`}>
                  <span class="plan-timeline__day">
                    {pt('plan.dayN', { day: mark.day })}
                    {mark.date && <> · {formatDate(mark.date)}</>}
                    {mark.day === now && <strong> · {pt('plan.today', { day: now })}</strong>}
                  </span>{' '}
                  {/* A <bdi>: the reader's words in their own direction, whatever the date before them. */}
                  <bdi>
                    {mark.kind === 'person'
                      ? pt('plan.meet', { name: mark.text.trim() || pt('plan.someone') })
                      : mark.text.trim() || planT('plan.action')}
                  </bdi>
                  {mark.overdue && <Overdue />}
                  {mark.status === 'done' && (
                    <strong class="plan-timeline__done">✓ {planT(`plan.status.${mark.status}`)}</strong>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {timeline.undated > 0 && <p class="field__help">{pt('plan.undated', { count: timeline.undated })}</p>}
    </section>
  );
}

function markState(mark: TimelineMark): string {
  return mark.overdue ? ' is-overdue' : mark.status === 'done' ? ' is-done' : '';
}
