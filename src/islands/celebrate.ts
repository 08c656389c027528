import { celebrateT } from '../i18n/celebrate-ui';
import type { ProgramShape } from '../lib/program-view';
import { announce } from '../stores/announcer';

/*
 * What a program page does when a change finishes sections or the whole program (use-program-extras.ts): a glow on
 * each finished section's heading, and a word, with what to do next once the program is done. Loaded the first time
 * it happens, so a page's first load does not carry it (its style, celebrate.css, comes with the page: code loaded
 * on demand brings no CSS, src/build/preload-helper.ts).
 */

/** What to suggest once a program is finished: the next step in a CSM's path. */
const NEXT_STEP: Readonly<Record<string, { label: Parameters<typeof celebrateT>[0]; path: string }>> = {
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

/** Celebrates the sections (their anchors) a change finished, or the program it finished. */
export function celebrate(program: ProgramShape, sections: readonly string[], programDone: boolean): void {
  for (const anchor of sections) glow(anchor);
  if (programDone) {
    const next = NEXT_STEP[program.id];
    announce(
      celebrateT('celebrate.program', { title: program.title }),
      'info',
      [],
      next ? { label: celebrateT(next.label), href: `${import.meta.env.BASE_URL}${next.path}` } : undefined,
    );
  } else if (sections.length > 0) {
    const last = sections[sections.length - 1];
    const title = program.sections.find((section) => section.anchor === last)?.title ?? '';
    announce(celebrateT('celebrate.section', { section: title }));
  }
}
