import { planT } from '../../i18n/plan-ui';
import { formatDate, formatRange } from '../../lib/dates';
import { dayDate, dueDate, phaseRange } from '../../lib/plan-dates';
import { hasSiteDays } from '../../lib/plan-ideas';
import { PHASE_TITLES, titleOf } from '../../lib/plan-labels';
import type { Action, Goal, ItemSource, Person, Phase, Plan } from '../../schemas/plan';
import { SourceLink } from './SourceLink';

/**
 * The end-of-phase review's parts in order, for Edit and print, each labelled `plan.review.<part>` in the plan
 * builder's dictionary. Here, not in plan-labels.ts, which My progress's plan cards load too.
 */
export const REVIEW_PARTS = ['happened', 'why', 'next'] as const;

// A boolean (JSX draws false as nothing): `!!`, a few bytes under `!== ''`, made room for the theme's <bdi>.
const hasText = (text: string) => !!text.trim();
const actionShown = (action: Action) => hasText(action.text);
/** A goal with nothing written in it, nor in its actions, is left out of the printout. */
const goalShown = (goal: Goal) => hasText(goal.text) || hasText(goal.measure) || goal.actions.some(actionShown);
const personShown = (person: Person) => hasText(person.name) || hasText(person.why);
/**
 * What an item drawn from the handbook is based on, after its other facts, as the Markdown has it: a link to its
 * section, as in the page, so a saved PDF and a review link's view lead to it too.
 */
const basis = (source: ItemSource | undefined) =>
  source && (
    <>
      {' · '}
      <SourceLink source={source} />
    </>
  );
const reviewShown = (phase: Phase) => Object.values(phase.review).some(hasText);
const phaseShown = (phase: Phase) =>
  phase.goals.some(goalShown) || phase.people.some(personShown) || reviewShown(phase);

/**
 * The plan as a clean document, shown only when printing: no controls, no
 * checkbox marks (an action's status is a word, and so is Met), empty goals
 * and sections left out, each phase with its dates, the reviewers and the day
 * it was printed on top. It tells what the Markdown tells (plan-markdown.ts):
 * each day of the plan, with its date when the plan has a start date. Its title is the printed page's h1; shown
 * on screen in a review link's view, under that page's own h1 and "A plan shared for review" (h2), it starts at
 * `level` 3, its phases and goals under it.
 */
export function PlanPrint({
  plan,
  today,
  class: className = '',
  level = 1,
}: {
  plan: Plan;
  today: string;
  class?: string;
  level?: 1 | 3;
}) {
  const [Title, Phase, Goal] = [`h${level}`, `h${level + 1}`, `h${level + 2}`] as ['h1', 'h2', 'h3'];
  const facts = [
    plan.role.trim() ? `${planT('plan.role')}: ${plan.role.trim()}` : '',
    plan.startDate ? `${planT('plan.startDate')}: ${formatDate(plan.startDate)}` : '',
    plan.reviewers.trim() ? `${planT('plan.reviewedBy')}: ${plan.reviewers.trim()}` : '',
  ].filter(Boolean);
  return (
    <article class={`plan-print ${className}`}>
      {/* dir="auto" where the reader's words stand alone (the title, the context, a goal): Hebrew reads right to left. */}
      <Title dir="auto">{titleOf(plan)}</Title>
      <p class="plan-print__facts">
        {facts.join(' · ')}
        {/* In print only (plan.css): on screen, a review link's plan has not been printed. */}
        <span class="plan-print__printed">
          {facts[0] && ' · '}
          {planT('plan.printedOn', { date: formatDate(today) })}
        </span>
      </p>
      {hasSiteDays(plan) && (
        <p class="plan-print__facts">
          <em>{planT('plan.siteDays')}</em>
        </p>
      )}
      {hasText(plan.context) && (
        <p class="plan-print__context" dir="auto">
          {plan.context}
        </p>
      )}
      {plan.phases.map((phase, index) =>
        phaseShown(phase) ? (
          <section key={PHASE_TITLES[index]} class="plan-print__phase">
            <Phase>
              {PHASE_TITLES[index]}
              {/* Isolated, in its own direction: a theme in Hebrew took the heading's, its figures on the wrong side. */}
              {hasText(phase.theme) && (
                <>
                  : <bdi>{phase.theme}</bdi>
                </>
              )}
              {plan.startDate && <> ({formatRange(phaseRange(plan.startDate, index))})</>}
            </Phase>
            {phase.goals.filter(goalShown).map((goal) => (
              <div key={goal.id} class="plan-print__goal">
                <Goal dir="auto">{goal.text.trim() || planT('plan.goal')}</Goal>
                <p>
                  {planT(`plan.category.${goal.category}`)}
                  {hasText(goal.measure) && (
                    <>
                      {' · '}
                      {planT('plan.measure')}: {goal.measure}
                    </>
                  )}
                  {basis(goal.source)}
                </p>
                {goal.actions.some(actionShown) && (
                  <ul>
                    {goal.actions.filter(actionShown).map((action) => {
                      const date = dueDate(action.due, plan.startDate);
                      return (
                        <li key={action.id}>
                          {action.text}{' '}
                          <span class="plan-print__meta">
                            ({planT(`plan.owner.${action.owner}`)}
                            {action.due?.kind === 'day' && <>, {planT('plan.printDay', { day: action.due.day })}</>}
                            {date && <>, {formatDate(date)}</>}
                            {') · '}
                            <strong>
                              {action.status === 'done' ? '✓ ' : ''}
                              {planT(`plan.status.${action.status}`)}
                            </strong>
                            {basis(action.source)}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            ))}
            {phase.people.some(personShown) && (
              <table>
                <caption>{planT('plan.people')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{planT('plan.person')}</th>
                    <th scope="col">{planT('plan.why')}</th>
                    <th scope="col">{planT('plan.byDay')}</th>
                    <th scope="col">{planT('plan.met')}</th>
                  </tr>
                </thead>
                <tbody>
                  {phase.people.filter(personShown).map((person) => (
                    <tr key={person.id}>
                      <td>{person.name}</td>
                      <td>
                        {person.why}
                        {basis(person.source)}
                      </td>
                      <td>
                        {person.byDay}
                        {plan.startDate && person.byDay !== undefined && (
                          <> ({formatDate(dayDate(plan.startDate, person.byDay))})</>
                        )}
                      </td>
                      <td>{planT(person.met ? 'plan.yes' : 'plan.no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {reviewShown(phase) && (
              <dl>
                {REVIEW_PARTS.filter((part) => hasText(phase.review[part])).map((part) => (
                  <>
                    <dt>{planT(`plan.review.${part}`)}</dt>
                    <dd>{phase.review[part]}</dd>
                  </>
                ))}
              </dl>
            )}
          </section>
        ) : null,
      )}
    </article>
  );
}
