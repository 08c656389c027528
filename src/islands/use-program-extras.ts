import '../styles/celebrate.css';
import { useEffect } from 'preact/hooks';
import { renderedPlainText } from '../browser/task-words';
import { takeUrlChoice } from '../browser/url-choice';
import type { ProgramShape } from '../lib/program-view';
import type { Role } from '../schemas/program';
import { ROLES } from '../schemas/roles';
import { setProgramSettings } from '../stores/planner';
import { trackSummary } from '../stores/summary';

/**
 * What a program page adds around its panel: keeps the progress summary up to
 * date, celebrates a finished section or program (with what to do next: celebrate.ts), and
 * applies the choices a home page path put in the address.
 */
export function useProgramExtras(program: ProgramShape, ready: boolean, startInputId: string): void {
  useEffect(() => {
    if (!ready) return;
    const choice = takeUrlChoice();
    if (
      choice.role &&
      (ROLES as readonly string[]).includes(choice.role) &&
      program.roles?.includes(choice.role as Role)
    ) {
      setProgramSettings(program.id, { role: choice.role as Role });
    }
    if (choice.askStart) {
      // The focus on arrival, scrolled to: no edit, no render to wait for, so not through focusAfterRender.
      const input = document.getElementById(startInputId);
      input?.scrollIntoView({ block: 'center' });
      input?.focus();
    }
    return trackSummary(
      [{ ...program, taskText: (id) => renderedPlainText(id) ?? id }],
      // Rare, so its code and words load then (celebrate.ts); if they cannot come, the ticks stand, unsung.
      (_id, sections, programDone) =>
        void import('./celebrate').then(
          (code) => code.celebrate(program, sections, programDone),
          () => {},
        ),
    );
  }, [ready]);
}
