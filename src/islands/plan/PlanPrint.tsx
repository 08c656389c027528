import { t } from '../../i18n/ui';
import { formatDate, formatRange } from '../../lib/dates';
import { dueDate, phaseRange } from '../../lib/plan-dates';
import { CATEGORY_LABELS, OWNER_LABELS, PHASE_TITLES, STATUS_LABELS } from '../../lib/plan-labels';
import type { Plan } from '../../schemas/plan';

/** The plan as a clean document, shown only when printing (no controls, phases kept together). */
export function PlanPrint({ plan }: { plan: Plan }) {
  return (
    <article class="plan-print">
      <h1>{plan.title.trim() || t('plan.untitled')}</h1>
      <p>
        {plan.role.trim() && <>{plan.role} · </>}
        {plan.startDate ? `${t('plan.startDate')}: ${formatDate(plan.startDate)}` : ''}
        {plan.reviewers.trim() && (
          <>
            {' '}
            · {t('plan.reviewers')}: {plan.reviewers}
          </>
        )}
      </p>
      {plan.context.trim() && <p class="plan-print__context">{plan.context}</p>}
      {plan.phases.map((phase, index) => (
        <section key={PHASE_TITLES[index]} class="plan-print__phase">
          <h2>
            {PHASE_TITLES[index]}
            {phase.theme.trim() && <>: {phase.theme}</>}
            {plan.startDate && <> ({formatRange(phaseRange(plan.startDate, index))})</>}
          </h2>
          {phase.goals.map((goal) => (
            <div key={goal.id} class="plan-print__goal">
              <h3>{goal.text.trim() || t('plan.goal')}</h3>
              <p>
                {CATEGORY_LABELS[goal.category]}
                {goal.measure.trim() && (
                  <>
                    {' '}
                    · {t('plan.measure')}: {goal.measure}
                  </>
                )}
              </p>
              {goal.actions.length > 0 && (
                <ul>
                  {goal.actions.map((action) => {
                    const date = dueDate(action.due, plan.startDate);
                    return (
                      <li key={action.id}>
                        [{action.status === 'done' ? 'x' : action.status === 'na' ? '~' : ' '}] {action.text} (
                        {OWNER_LABELS[action.owner]}
                        {date && <>, {formatDate(date)}</>}, {STATUS_LABELS[action.status]})
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
          {phase.people.length > 0 && (
            <table>
              <caption>{t('plan.people')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.person')}</th>
                  <th scope="col">{t('plan.why')}</th>
                  <th scope="col">{t('plan.byDay')}</th>
                  <th scope="col">{t('plan.met')}</th>
                </tr>
              </thead>
              <tbody>
                {phase.people.map((person) => (
                  <tr key={person.id}>
                    <td>{person.name}</td>
                    <td>{person.why}</td>
                    <td>{person.byDay ?? ''}</td>
                    <td>{person.met ? '✓' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {(phase.review.happened.trim() || phase.review.why.trim() || phase.review.next.trim()) && (
            <dl>
              <dt>{t('plan.reviewHappened')}</dt>
              <dd>{phase.review.happened}</dd>
              <dt>{t('plan.reviewWhy')}</dt>
              <dd>{phase.review.why}</dd>
              <dt>{t('plan.reviewNext')}</dt>
              <dd>{phase.review.next}</dd>
            </dl>
          )}
        </section>
      ))}
    </article>
  );
}
