import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  /** Most characters the plan can store in this field: the field takes no more, and counts near the end. */
  maxLength: number;
  class?: string;
}

/** A labelled text field; every edit goes straight to the store. */
export function Field({ id, label, value, onInput, multiline = false, maxLength, class: className }: Props) {
  const describedBy = counterDescribedBy(id, value.length, maxLength);
  // The one way the reader's text enters a plan (keepWithinLimit: without the bidi controls that would turn its
  // words around, as the plan schema reads a stored plan, a backup or a review link).
  const input = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    onInput(keepWithinLimit(label, value, event.currentTarget, maxLength));
  return (
    <div class={`plan-field${className ? ` ${className}` : ''}`}>
      {/* The counter sits beside the label, not under the field, so fields side by side stay level. */}
      <div class="plan-field__head">
        <label for={id}>{label}</label>
        <LengthCounter fieldId={id} length={value.length} max={maxLength} />
      </div>
      {/* dir="auto": the reader's words take their own direction (a Hebrew title is laid out right to left). */}
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          dir="auto"
          value={value}
          maxLength={maxLength}
          aria-describedby={describedBy}
          onInput={input}
        />
      ) : (
        <input id={id} dir="auto" value={value} maxLength={maxLength} aria-describedby={describedBy} onInput={input} />
      )}
    </div>
  );
}

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  /** An option's words, from the dictionary. */
  words: (option: T) => string;
  onChange: (value: T) => void;
}

/** A labelled select of a fixed set of choices (a goal's category, an action's owner, the ideas' filters). */
export function SelectField<T extends string>({ id, label, value, options, words, onChange }: SelectProps<T>) {
  return (
    <div class="plan-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {words(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
