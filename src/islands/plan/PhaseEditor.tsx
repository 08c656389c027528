import { planT } from '../../i18n/plan-ui';
import { formatDate, formatRange } from '../../lib/dates';
import { dayDate, isPersonOverdue, phaseRange } from '../../lib/plan-dates';
import { PHASE_TITLES } from '../../lib/plan-labels';
import { insertGoal, insertPerson, isFull, newId, removeGoal, removePerson } from '../../lib/plan-model';
import { quoted } from '../../lib/quoted';
import {
  type Goal,
  MAX_PLAN_ITEMS,
  MAX_PLAN_SHORT_TEXT,
  MAX_PLAN_TEXT,
  type Person,
  type Phase,
  type Plan,
} from '../../schemas/plan';
import {
  appendGoal,
  appendPerson,
  moveGoalBy,
  movePersonBy,
  setPersonFields,
  setPhaseFields,
  setReviewField,
} from '../../stores/plan-actions';
import { focusAfterRender } from '../focus-after-render';
import { AddButton } from './AddButton';
import { DayField } from './DayField';
import { Field } from './Field';
import { GoalEditor } from './GoalEditor';
import { ItemTools } from './ItemTools';
import { OverdueTag } from './OverdueTag';
import { REVIEW_PARTS } from './PlanPrint';
import { removeWithUndo } from './removal';
import { SourceLink } from './SourceLink';

interface Props {
  plan: Plan;
  index: number;
  phase: Phase;
  /** Today's date (`YYYY-MM-DD`), which moves on while the page is open ($today): what is overdue. */
  today: string;
  /** Opens the ideas as a sheet for this phase (phones; wide screens have the panel beside). */
  onOpenIdeas: () => void;
}

/** One phase (days 1-30, 31-60, 61-90): theme, goals, people to meet, review. */
export function PhaseEditor({ plan, index, phase, today, onOpenIdeas }: Props) {
  const id = `phase-${index + 1}`;
  const range = plan.startDate ? phaseRange(plan.startDate, index) : undefined;
  const phaseTitle = PHASE_TITLES[index] ?? '';
  const addGoalId = `${id}-add-goal`;
  const addPersonId = `${id}-add-person`;

  const newGoal = () => {
    const goal: Goal = { id: newId(), text: '', category: 'learning', measure: '', actions: [] };
    focusAfterRender(`goal-${goal.id}-text`);
    appendGoal(plan.id, index, goal);
  };
  const dropGoal = (goal: Goal, position: number) => {
    const next = phase.goals[position + 1];
    removeWithUndo({
      planId: plan.id,
      item: quoted(goal.text.trim() || planT('plan.goalN', { n: position + 1 })),
      remove: (p, now) => removeGoal(p, index, goal.id, now),
      restore: (p, now) => insertGoal(p, index, goal, position, now),
      next: next && `goal-${next.id}`,
      addId: addGoalId,
      focusAfterRestore: `goal-${goal.id}-text`,
    });
  };
  const newPerson = () => {
    const person: Person = { id: newId(), name: '', why: '', met: false };
    focusAfterRender(`person-${person.id}-name`);
    appendPerson(plan.id, index, person);
  };
  const dropPerson = (person: Person, position: number) => {
    const next = phase.people[position + 1];
    removeWithUndo({
      planId: plan.id,
      item: quoted(person.name.trim() || planT('plan.personN', { n: position + 1 })),
      remove: (p, now) => removePerson(p, index, person.id, now),
      restore: (p, now) => insertPerson(p, index, person, position, now),
      next: next && `person-${next.id}`,
      addId: addPersonId,
      focusAfterRestore: `person-${person.id}-name`,
    });
  };

  return (
    <section class="plan-phase" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`} class="plan-phase__title">
        {phaseTitle}
        {phase.theme.trim() && <>: {phase.theme}</>}
        {range && <span class="plan-phase__dates">{formatRange(range)}</span>}
      </h2>
      <button type="button" class="button button--small plan-phase__ideas" onClick={onOpenIdeas}>
        {planT('plan.suggestions')}
      </button>
      <Field
        id={`${id}-theme`}
        label={planT('plan.theme')}
        value={phase.theme}
        maxLength={MAX_PLAN_SHORT_TEXT}
        onInput={(theme) => setPhaseFields(plan.id, index, { theme })}
      />

      <h3 class="plan-subtitle">{planT('plan.goals')}</h3>
      <ol class="plan-goals">
        {phase.goals.map((goal, goalIndex) => (
          <GoalEditor
            key={goal.id}
            plan={plan}
            phase={index}
            goal={goal}
            today={today}
            number={goalIndex + 1}
            last={goalIndex === phase.goals.length - 1}
            onMove={(delta) => moveGoalBy(plan.id, index, goal.id, delta)}
            onRemove={() => dropGoal(goal, goalIndex)}
          />
        ))}
      </ol>
      <AddButton
        id={addGoalId}
        label={planT('plan.addGoal')}
        fullMessage={
          isFull(phase.goals) ? planT('plan.goalsFull', { phase: phaseTitle, max: MAX_PLAN_ITEMS }) : undefined
        }
        onAdd={newGoal}
      />

      <h3 class="plan-subtitle">{planT('plan.people')}</h3>
      <ul class="plan-people">
        {phase.people.map((person, personIndex) => {
          const pid = `person-${person.id}`;
          const label = person.name.trim() || planT('plan.personN', { n: personIndex + 1 });
          const overdue = isPersonOverdue(person, plan.startDate, today);
          return (
            <li key={person.id} class={`plan-person${overdue ? ' plan-action--overdue' : ''}`} id={pid}>
              <div class="plan-row">
                <Field
                  id={`${pid}-name`}
                  label={planT('plan.person')}
                  value={person.name}
                  maxLength={MAX_PLAN_SHORT_TEXT}
                  onInput={(name) => setPersonFields(plan.id, index, person.id, { name })}
                />
                <Field
                  id={`${pid}-why`}
                  class="plan-field--grow"
                  label={planT('plan.why')}
                  value={person.why}
                  maxLength={MAX_PLAN_TEXT}
                  onInput={(why) => setPersonFields(plan.id, index, person.id, { why })}
                />
                <DayField
                  id={`${pid}-by`}
                  label={planT('plan.byDay')}
                  value={person.byDay}
                  onCommit={(byDay) => setPersonFields(plan.id, index, person.id, { byDay })}
                />
                <div class="plan-field plan-field--check">
                  <input
                    id={`${pid}-met`}
                    type="checkbox"
                    checked={person.met}
                    onChange={(event) => {
                      const met = event.currentTarget.checked;
                      setPersonFields(plan.id, index, person.id, { met });
                    }}
                  />
                  <label for={`${pid}-met`}>{planT('plan.met')}</label>
                </div>
                <ItemTools
                  itemId={pid}
                  label={label}
                  first={personIndex === 0}
                  last={personIndex === phase.people.length - 1}
                  onMove={(delta) => movePersonBy(plan.id, index, person.id, delta)}
                  onRemove={() => dropPerson(person, personIndex)}
                  removeLabel={planT('plan.removePerson')}
                />
              </div>
              {person.source && <SourceLink source={person.source} />}
              {plan.startDate && person.byDay !== undefined && (
                <p class="plan-action__due">
                  {planT('plan.dueOn', { date: formatDate(dayDate(plan.startDate, person.byDay)) })}
                  {overdue && <OverdueTag />}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <AddButton
        id={addPersonId}
        label={planT('plan.addPerson')}
        fullMessage={
          isFull(phase.people) ? planT('plan.peopleFull', { phase: phaseTitle, max: MAX_PLAN_ITEMS }) : undefined
        }
        onAdd={newPerson}
      />

      <h3 class="plan-subtitle">{planT('plan.review')}</h3>
      <div class="plan-review">
        {REVIEW_PARTS.map((part) => (
          <Field
            key={part}
            id={`${id}-review-${part}`}
            label={planT(`plan.review.${part}`)}
            value={phase.review[part]}
            maxLength={MAX_PLAN_TEXT}
            multiline
            onInput={(value) => setReviewField(plan.id, index, part, value)}
          />
        ))}
      </div>
    </section>
  );
}
