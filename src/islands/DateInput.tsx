import type { InputHTMLAttributes } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/ui';
import { MAX_DATE, MIN_DATE, parseIsoDate } from '../lib/dates';
import { announce } from '../stores/announcer';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'onChange' | 'type'> {
  /** The saved date (`YYYY-MM-DD`), or undefined. */
  value: string | undefined;
  /** A real date, or undefined when the reader empties a field that is not `required` on purpose. */
  onCommit: (value: string | undefined) => void;
}

/**
 * A date field for every planner. While a date is typed with the keyboard,
 * the browser reports it as empty (a part still blank) or as a year such as
 * 0002 (the first digit of 2028): the saved date stays until the field holds
 * a real date, or is emptied on purpose, and what is typed stays on screen
 * meanwhile. A date left unfinished or out of range (or a required one
 * emptied) is not used, the page says so, and the date saved when the reader
 * came into the field comes back: retyping passes through real dates nobody
 * chose (01/05 of the year still there), saved as they come so the page follows
 * the typing, and one of them stayed saved until December 8.
 */
export function DateInput({ value, onCommit, required, ...rest }: Props) {
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const held = useRef(value);
  return (
    <input
      type="date"
      min={MIN_DATE}
      max={MAX_DATE}
      {...rest}
      required={required}
      value={typed ?? value ?? ''}
      onInput={(event) => {
        const field = event.currentTarget;
        const date = parseIsoDate(field.value);
        // Emptied on purpose: a blank with no part typed (a required date is never emptied: it comes back).
        if (date || (!required && !field.value && !field.validity.badInput)) {
          setTyped(undefined);
          onCommit(date);
        } else setTyped(field.value);
      }}
      onFocus={() => {
        held.current = value;
      }}
      onBlur={() => {
        if (typed === undefined) return;
        setTyped(undefined);
        onCommit(held.current);
        announce(t('planner.dateOutOfRange', { min: MIN_DATE, max: MAX_DATE }), 'error');
      }}
    />
  );
}
