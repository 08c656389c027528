import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { formatDate } from '../../lib/dates';
import { dueDate, isOverdue } from '../../lib/plan-dates';
import { dueFieldKind } from '../../lib/plan-day-field';
import { insertAction, isFull, newId, removeAction } from '../../lib/plan-model';
import { quoted } from '../../lib/quoted';
import {
  ACTION_OWNERS,
  ACTION_STATUSES,
  type Action,
  type Due,
  GOAL_CATEGORIES,
  type Goal,
  MAX_PLAN_ITEMS,
  MAX_PLAN_TEXT,
  type Plan,
} from '../../schemas/plan';
import { appendAction, moveActionBy, setActionFields, setGoalFields } from '../../stores/plan-actions';
import { DateInput } from '../DateInput';
import { focusAfterRender } from '../focus-after-render';
import { AddButton } from './AddButton';
import { DayField } from './DayField';
import { Field, SelectField } from './Field';
import { ItemTools } from './ItemTools';
import { OverdueTag } from './OverdueTag';
import { removeWithUndo } from './removal';
import { SourceLink } from './SourceLink';

interface Props {
  plan: Plan;
  phase: number;
  goal: Goal;
  /** Today's date, which moves on while the page is open: what is overdue. */
  today: string;
  /** Its place in its phase's list, from 1: the first has no "Move up". */
  number: number;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One goal: its text, category and measure, and the actions under it. */
export function GoalEditor({ plan, phase, goal, today, number, last, onMove, onRemove }: Props) {
  const id = `goal-${goal.id}`;
  const addId = `${id}-add-action`;
  const label = goal.text.trim() || planT('plan.goalN', { n: number });
  const add = () => {
    const action: Action = { id: newId(), text: '', owner: 'self', status: 'todo' };
    focusAfterRender(`action-${action.id}-text`);
    appendAction(plan.id, phase, goal.id, action);
  };
  const remove = (action: Action, index: number) => {
    const next = goal.actions[index + 1];
    removeWithUndo({
      planId: plan.id,
      item: quoted(actionLabel(action, index + 1)),
      remove: (p, now) => removeAction(p, phase, goal.id, action.id, now),
      restore: (p, now) => insertAction(p, phase, goal.id, action, index, now),
      next: next && `action-${next.id}`,
      addId,
      focusAfterRestore: `action-${action.id}-text`,
    });
  };
  return (
    <li class="plan-goal" id={id}>
      <div class="plan-goal__head">
        <h4 class="plan-goal__title">{planT('plan.goalN', { n: number })}</h4>
        <ItemTools
          itemId={id}
          label={label}
          first={number === 1}
          last={last}
          onMove={onMove}
          onRemove={onRemove}
          removeLabel={planT('plan.removeGoal')}
        />
      </div>
      {goal.source && <SourceLink source={goal.source} />}
      <Field
        id={`${id}-text`}
        label={planT('plan.goal')}
        value={goal.text}
        maxLength={MAX_PLAN_TEXT}
        multiline
        onInput={(text) => setGoalFields(plan.id, phase, goal.id, { text })}
      />
      <div class="plan-row">
        <SelectField
          id={`${id}-category`}
          label={planT('plan.category')}
          value={goal.category}
          options={GOAL_CATEGORIES}
          words={(category) => planT(`plan.category.${category}`)}
          onChange={(category) => setGoalFields(plan.id, phase, goal.id, { category })}
        />
        <Field
          id={`${id}-measure`}
          class="plan-field--grow"
          label={planT('plan.measure')}
          value={goal.measure}
          maxLength={MAX_PLAN_TEXT}
          multiline
          onInput={(measure) => setGoalFields(plan.id, phase, goal.id, { measure })}
        />
      </div>
      <h5 class="plan-subtitle">{planT('plan.actions')}</h5>
      <ol class="plan-actions" aria-label={planT('plan.actionsFor', { goal: label })}>
        {goal.actions.map((action, index) => (
          <ActionEditor
            key={action.id}
            plan={plan}
            phase={phase}
            goalId={goal.id}
            action={action}
            today={today}
            number={index + 1}
            last={index === goal.actions.length - 1}
            onRemove={() => remove(action, index)}
          />
        ))}
      </ol>
      <AddButton
        id={addId}
        small
        label={planT('plan.addAction')}
        fullMessage={
          isFull(goal.actions) ? planT('plan.actionsFull', { goal: quoted(label), max: MAX_PLAN_ITEMS }) : undefined
        }
        onAdd={add}
      />
    </li>
  );
}

interface ActionProps {
  plan: Plan;
  phase: number;
  goalId: string;
  action: Action;
  today: string;
  /** Its place in its goal's list, from 1: the first has no "Move up". */
  number: number;
  last: boolean;
  onRemove: () => void;
}

/** How messages and buttons name an action: its text, or "Action 2". */
function actionLabel(action: Action, number: number): string {
  return action.text.trim() || planT('plan.actionN', { n: number });
}

function ActionEditor({ plan, phase, goalId, action, today, number, last, onRemove }: ActionProps) {
  const id = `action-${action.id}`;
  const edit = (fields: Partial<Omit<Action, 'id'>>) => setActionFields(plan.id, phase, goalId, action.id, fields);
  const date = dueDate(action.due, plan.startDate);
  const overdue = isOverdue(action.due, action.status, plan.startDate, today);
  const label = actionLabel(action, number);
  // The kind of the due field while the reader is in it: emptied to type another due, it stays as it was, so the
  // focus and the keys typed stay in it; once left, an empty due takes the kind a reload shows (dueFieldKind).
  const [held, setHeld] = useState<Due['kind']>();
  const dueKind = dueFieldKind(action.due, plan.startDate, held);
  return (
    <li class={`plan-action${overdue ? ' plan-action--overdue' : ''}`} id={id}>
      <div class="plan-row">
        <Field
          id={`${id}-text`}
          class="plan-field--grow"
          label={planT('plan.action')}
          value={action.text}
          maxLength={MAX_PLAN_TEXT}
          multiline
          onInput={(text) => edit({ text })}
        />
        <ItemTools
          itemId={id}
          label={label}
          first={number === 1}
          last={last}
          onMove={(delta) => moveActionBy(plan.id, phase, goalId, action.id, delta)}
          onRemove={onRemove}
          removeLabel={planT('plan.removeAction')}
        />
      </div>
      <div
        class="plan-row"
        onFocusIn={(event) => setHeld((event.target as Element).id === `${id}-due` ? dueKind : undefined)}
        onFocusOut={() => setHeld(undefined)}
      >
        <SelectField
          id={`${id}-owner`}
          label={planT('plan.owner')}
          value={action.owner}
          options={ACTION_OWNERS}
          words={(owner) => planT(`plan.owner.${owner}`)}
          onChange={(owner) => edit({ owner })}
        />
        {dueKind === 'day' ? (
          <DayField
            id={`${id}-due`}
            label={planT('plan.dueDay')}
            value={action.due?.kind === 'day' ? action.due.day : undefined}
            onCommit={(day) => edit({ due: day === undefined ? undefined : { kind: 'day', day } })}
          />
        ) : (
          <div class="plan-field">
            <label for={`${id}-due`}>{planT('plan.dueDate')}</label>
            <DateInput
              id={`${id}-due`}
              value={action.due?.kind === 'date' ? action.due.date : undefined}
              onCommit={(date) => edit({ due: date ? { kind: 'date', date } : undefined })}
            />
          </div>
        )}
        <SelectField
          id={`${id}-status`}
          label={planT('plan.status')}
          value={action.status}
          options={ACTION_STATUSES}
          words={(status) => planT(`plan.status.${status}`)}
          onChange={(status) => edit({ status })}
        />
      </div>
      {action.source && <SourceLink source={action.source} />}
      {date && (
        <p class="plan-action__due">
          {planT('plan.dueOn', { date: formatDate(date) })}
          {overdue && <OverdueTag />}
        </p>
      )}
    </li>
  );
}
