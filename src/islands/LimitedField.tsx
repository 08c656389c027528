import type { ComponentChildren, JSX } from 'preact';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from './LengthCounter';

// An input's attributes, and the rows of a textarea (`multiline`).
type Attributes = JSX.InputHTMLAttributes<HTMLInputElement> &
  Pick<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'rows'>;

export interface LimitedFieldProps extends Omit<Attributes, 'label' | 'name' | 'value' | 'onInput' | 'maxLength'> {
  id: string;
  label: ComponentChildren;
  /** The field's name when the page says its limit is reached: the label's words, unless the label says more. */
  name?: string;
  value: string;
  /** Most characters the field keeps: it takes no more, and counts near the end. */
  max: number;
  /** The text as the field keeps it, after each edit. */
  onText: (text: string) => void;
  /** A textarea (its lines kept), not an input. */
  multiline?: boolean;
  /** Ids of what else describes the field (its error), said before the counter. */
  'aria-describedby'?: string | undefined;
  /** Shown under the field (its error). */
  children?: ComponentChildren;
}

/**
 * A labelled text field held to its limit: the counter beside its label (`LengthCounter`), a paste cut to fit said
 * with how much was left out (`keepWithinLimit`). The career ladder's: the evidence form's three fields
 * (`EvidenceForm.tsx`, which adds their errors), its first one standing alone while the form's code comes
 * (`LazyEvidenceForm.tsx`: one component, so the form takes that field over unseen) and an item's note
 * (`ItemNote.tsx`). Any other attribute (`dir`, `type`, `rows`, `inputMode`, handlers…) goes to the field itself.
 */
export function LimitedField({
  id,
  label,
  name,
  value,
  max,
  onText,
  multiline,
  'aria-describedby': describedBy,
  children,
  ...attributes
}: LimitedFieldProps) {
  // Typed as an input: a textarea takes the same attributes here, `rows` besides.
  const Field = (multiline ? 'textarea' : 'input') as 'input';
  return (
    <div class="limited-field">
      <div class="limited-field__head">
        <label for={id}>{label}</label>
        <LengthCounter fieldId={id} length={value.length} max={max} />
      </div>
      <Field
        {...attributes}
        id={id}
        value={value}
        maxLength={max}
        aria-describedby={[describedBy, counterDescribedBy(id, value.length, max)].join(' ').trim() || undefined}
        onInput={(event) => onText(keepWithinLimit(name ?? (label as string), value, event.currentTarget, max))}
      />
      {children}
    </div>
  );
}
