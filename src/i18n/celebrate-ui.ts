import { translator } from './translator';

/**
 * What a program page says when the reader finishes a section or the whole program (src/islands/celebrate.ts):
 * loaded with that code, the first time it happens, not in the page's first load.
 */
export const celebrateUi = {
  'celebrate.section': 'Finished: {section}. Well done!',
  'celebrate.program': 'You finished {title}. Well done!',
  'celebrate.next.internship': 'Next: CSM Onboarding',
  'celebrate.next.onboarding': 'Next: the aspiring leaders program',
  'celebrate.next.aspiringLeaders': 'Next: draft a mock 30-60-90 plan',
} as const;

/** Looks up a string of `celebrateUi` (see `translator`). */
export const celebrateT = translator(celebrateUi);
