import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { withoutBidiControls } from '../../lib/bidi-controls';
import { MAX_PLAN_DAY } from '../../lib/plan-dates';
import { readPlanDay } from '../../lib/plan-day-field';
import { announce } from '../../stores/announcer';
import { focusAfterRender } from '../focus-after-render';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  /** Most characters the plan can store in this field: the field takes no more, and counts near the end. */
  maxLength?: number;
  class?: string;
}

/** A labelled text field; every edit goes straight to the store. */
export function Field({ id, label, value, onInput, multiline = false, maxLength, class: className }: Props) {
  const limited = maxLength !== undefined;
  const describedBy = limited ? counterDescribedBy(id, value.length, maxLength) : undefined;
  const input = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    // The one way the reader's text enters a plan: without the bidi controls that would turn its words around
    // (src/lib/bidi-controls.ts), as the plan schema reads a stored plan, a backup or a review link.
    const text = withoutBidiControls(event.currentTarget.value);
    onInput(limited ? keepWithinLimit(label, value, text, maxLength) : text);
  };
  return (
    <div class={`plan-field${className ? ` ${className}` : ''}`}>
      {limited ? (
        // The counter sits beside the label, not under the field, so fields side by side stay level.
        <div class="plan-field__head">
          <label for={id}>{label}</label>
          <LengthCounter fieldId={id} length={value.length} max={maxLength} />
        </div>
      ) : (
        <label for={id}>{label}</label>
      )}
      {multiline ? (
        <textarea id={id} rows={3} value={value} maxLength={maxLength} aria-describedby={describedBy} onInput={input} />
      ) : (
        <input id={id} value={value} maxLength={maxLength} aria-describedby={describedBy} onInput={input} />
      )}
    </div>
  );
}

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

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ id, label, value, options, onChange }: SelectProps<T>) {
  return (
    <div class="plan-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {(Object.keys(options) as T[]).map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </div>
  );
}

interface MoveProps {
  /** The item's element id: the buttons' ids start with it, so the focus can find them again. */
  itemId: string;
  label: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  removeLabel: string;
  first: boolean;
  last: boolean;
}

/** The element id of an item's tools (`ItemTools`), where the focus goes when the item before it is removed. */
export const toolsOf = (itemId: string) => `${itemId}-tools`;

/** Move up, move down and remove buttons for one item of a list (keyboard reordering). */
export function ItemTools({ itemId, label, onMove, onRemove, removeLabel, first, last }: MoveProps) {
  const up = `${itemId}-up`;
  const down = `${itemId}-down`;
  // The moved item is re-inserted in the page, which drops the focus: put it back on the same
  // button, or on the other one when this one is disabled at the top or bottom.
  const move = (delta: -1 | 1) => {
    focusAfterRender(delta < 0 ? [up, down] : [down, up]);
    onMove(delta);
  };
  return (
    <div class="plan-item-tools" id={toolsOf(itemId)} role="group" aria-label={label}>
      <button
        type="button"
        id={up}
        class="button button--small"
        disabled={first}
        onClick={() => move(-1)}
        aria-label={`${planT('plan.moveUp')}: ${label}`}
      >
        ↑
      </button>
      <button
        type="button"
        id={down}
        class="button button--small"
        disabled={last}
        onClick={() => move(1)}
        aria-label={`${planT('plan.moveDown')}: ${label}`}
      >
        ↓
      </button>
      <button
        type="button"
        class="button button--small button--danger"
        onClick={onRemove}
        aria-label={`${removeLabel}: ${label}`}
      >
        ×
      </button>
    </div>
  );
}

interface AddProps {
  id: string;
  label: string;
  /** Set when the list is full: why nothing can be added, shown under the button. */
  fullMessage?: string | undefined;
  onAdd: () => void;
  small?: boolean;
}

/**
 * "+ Add …" for a list. A full list keeps the button focusable (aria-disabled,
 * not disabled) with the reason beside it, so the reader learns why, and a
 * press says it again.
 */
export function AddButton({ id, label, fullMessage, onAdd, small = false }: AddProps) {
  const messageId = `${id}-full`;
  return (
    <>
      <button
        type="button"
        id={id}
        class={`button${small ? ' button--small' : ''}`}
        aria-disabled={fullMessage ? 'true' : undefined}
        aria-describedby={fullMessage ? messageId : undefined}
        onClick={() => (fullMessage ? announce(fullMessage, 'error') : onAdd())}
      >
        + {label}
      </button>
      {fullMessage && (
        <p id={messageId} class="plan-full">
          {fullMessage}
        </p>
      )}
    </>
  );
}
