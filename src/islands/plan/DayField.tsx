import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { MAX_PLAN_DAY } from '../../lib/plan-dates';
import { readPlanDay } from '../../lib/plan-day-field';

interface DayProps {
  id: string;
  label: string;
  /** The saved day of the plan, or undefined. */
  value: number | undefined;
  onCommit: (day: number | undefined) => void;
}

/**
 * A day of the plan (an action's due day, a person's "by day"). A usable day is saved as it is typed, as text is,
 * and an emptied field saves no day; one that cannot be used (0, 400, 2.5) is not saved, and when the field is left
 * the day saved before this edit comes back, with a field error that says why. Before the edit, not the last one
 * saved: typed key by key, 400 passes through 4 and 40, and those must not stay in its place.
 */
export function DayField({ id, label, value, onCommit }: DayProps) {
  // What is typed while the field is being edited (shown as typed), the day saved when the edit began, and the
  // last day this edit saved (null: none yet).
  const [edit, setEdit] = useState<{
    text: string;
    usable: boolean;
    before: number | undefined;
    mine: number | undefined | null;
  }>();
  // The last edit could not be used: the field says why, and shows the day kept (or none).
  const [refused, setRefused] = useState(false);
  const errorId = `${id}-error`;
  return (
    <div class="plan-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_PLAN_DAY}
        inputMode="numeric"
        class="plan-input--short"
        value={edit ? edit.text : value === undefined ? '' : String(value)}
        aria-invalid={refused ? 'true' : undefined}
        aria-describedby={refused ? errorId : undefined}
        onInput={(event) => {
          const field = event.currentTarget;
          const day = readPlanDay(field.value, field.validity.badInput);
          setEdit({
            text: field.value,
            usable: day !== false,
            before: edit ? edit.before : value,
            mine: day === false ? (edit?.mine ?? null) : day,
          });
          if (day === false) return;
          setRefused(false);
          onCommit(day);
        }}
        onBlur={() => {
          if (!edit) return;
          setEdit(undefined);
          if (edit.usable) return;
          setRefused(true);
          // Only over this edit's own save (4 and 40 on the way to 400): a day another tab saved meanwhile stays.
          if (edit.mine !== null && value === edit.mine && edit.before !== value) onCommit(edit.before);
        }}
      />
      {refused && (
        <p id={errorId} class="field__error">
          {planT('plan.dayRefused', { max: MAX_PLAN_DAY })}
        </p>
      )}
    </div>
  );
}
