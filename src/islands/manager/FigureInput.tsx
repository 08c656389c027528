import { useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { type FigureKind, type FigureProblem, readFigure } from '../../lib/manager/club-figures';
import { AUTOSAVE_MS } from '../../stores/record-store';
import { sayFieldError, unsayFieldError } from './parts';

/**
 * A figure of the President's Club tally, shown as typed while it is being typed: a re-render meanwhile
 * (another tab's change) keeps the typing. A figure within its kind's limits
 * is saved as it is typed, after the autosave pause like every text field
 * (so a reload or a closed tab keeps it), and at once when the field is
 * left; one outside them stays as typed, is not saved (the figure the field was
 * last left with is kept, never the keystrokes on the way: changeFigure), is scored
 * as a figure to fix, and the field says why when it is left, as does the page's live region.
 */
export function FigureInput({
  id,
  kind,
  value,
  onCommit,
}: {
  id: string;
  kind: FigureKind;
  value: number | undefined;
  /** The figure read, or false for a text refused (changeFigure). */
  onCommit: (value: number | undefined | false, delayMs?: number) => void;
}) {
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<FigureProblem | undefined>(undefined);
  const errorId = `${id}-error`;
  return (
    <>
      <input
        id={id}
        type="text"
        // Text, read whole by `readFigure`: a number field read "$1.5M" as 1.5 and saved it with no word (review3a M1).
        inputMode="decimal"
        value={typed ?? (value === undefined ? '' : String(value))}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? errorId : undefined}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          const reading = readFigure(e.currentTarget.value, kind);
          onCommit(reading.ok && reading.value, AUTOSAVE_MS);
        }}
        onChange={(e) => {
          const reading = readFigure(e.currentTarget.value, kind);
          onCommit(reading.ok && reading.value);
          if (!reading.ok) {
            setProblem(reading.problem);
            // Said in the page's live region too, as the field is left (as a date not used is).
            sayFieldError(mt(`manager.figure.${reading.problem}`));
            return;
          }
          if (problem) unsayFieldError(mt(`manager.figure.${problem}`));
          setProblem(undefined);
          setTyped(undefined);
        }}
      />
      {problem && (
        <span id={errorId} class="field__error">
          {mt(`manager.figure.${problem}`)}
        </span>
      )}
    </>
  );
}
