import '../styles/celebrate.css';
import { useEffect } from 'preact/hooks';
import { renderedPlainText } from '../browser/task-words';
import { takeUrlChoice } from '../browser/url-choice';
import { ct } from '../i18n/checklist-ui';
import type { ProgramShape } from '../lib/program-view';
import type { Role } from '../schemas/program';
import { ROLES } from '../schemas/roles';
import { announce } from '../stores/announcer';
import { setProgramSettings } from '../stores/planner';
import { trackSummary } from '../stores/summary';

/** What to suggest once a program is finished: the next step in a CSM's path. */
const NEXT_STEP: Readonly<Record<string, { label: Parameters<typeof ct>[0]; path: string }>> = {
  internship: { label: 'celebrate.next.internship', path: 'handbook/customer-success/csm/csm-onboarding/' },
  onboarding: { label: 'celebrate.next.onboarding', path: 'handbook/customer-success/csm/csm-aspiring-leaders/' },
  'aspiring-leaders': { label: 'celebrate.next.aspiringLeaders', path: 'plan-builder/?template=interview-mock' },
};

const CELEBRATE_MS = 1200;

/** A short glow on a finished section's heading (none under reduced motion: see celebrate.css). */
function glow(anchor: string): void {
  const target = document.getElementById(anchor)?.closest('.heading-wrapper') ?? document.getElementById(anchor);
  if (!target) return;
  target.classList.add('celebrate');
  setTimeout(() => target.classList.remove('celebrate'), CELEBRATE_MS);
}

/**
 * What a program page adds around its panel: keeps the progress summary up to
 * date, celebrates a finished section or program (with what to do next), and
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
      const input = document.getElementById(startInputId);
      input?.scrollIntoView({ block: 'center' });
      input?.focus();
    }
    const titles = new Map(program.sections.map((section) => [section.anchor, section.title]));
    return trackSummary(
      [{ ...program, taskText: (id) => renderedPlainText(id) ?? id }],
      (_id, sections, programDone) => {
        for (const anchor of sections) glow(anchor);
        if (programDone) {
          const next = NEXT_STEP[program.id];
          announce(
            ct('celebrate.program', { title: program.title }),
            'info',
            [],
            next ? { label: ct(next.label), href: `${import.meta.env.BASE_URL}${next.path}` } : undefined,
          );
        } else if (sections.length > 0) {
          announce(ct('celebrate.section', { section: titles.get(sections[sections.length - 1] ?? '') ?? '' }));
        }
      },
    );
  }, [ready]);
}
