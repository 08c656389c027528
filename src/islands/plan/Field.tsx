import type { InputHTMLAttributes } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number';
  /** Extra attributes for the input (min, max, describedby). */
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  class?: string;
}

/** A labelled text field; every edit goes straight to the store. */
export function Field({
  id,
  label,
  value,
  onInput,
  multiline = false,
  type = 'text',
  inputProps,
  class: className,
}: Props) {
  return (
    <div class={`plan-field${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          {...inputProps}
        />
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
  label: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  removeLabel: string;
  first: boolean;
  last: boolean;
  moveUp: string;
  moveDown: string;
}

/** Move up, move down and remove buttons for one item of a list (keyboard reordering). */
export function ItemTools({ label, onMove, onRemove, removeLabel, first, last, moveUp, moveDown }: MoveProps) {
  return (
    <div class="plan-item-tools" role="group" aria-label={label}>
      <button
        type="button"
        class="button button--small"
        disabled={first}
        onClick={() => onMove(-1)}
        aria-label={`${moveUp}: ${label}`}
      >
        ↑
      </button>
      <button
        type="button"
        class="button button--small"
        disabled={last}
        onClick={() => onMove(1)}
        aria-label={`${moveDown}: ${label}`}
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
