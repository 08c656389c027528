import { translator } from './translator';

/**
 * What a checklist page says when two tabs saved a note on one task at once (src/stores/other-note.ts), looked
 * up with `noteOfferT`. A module of its own, loaded with that message only: it is rare, and every string in the
 * checklists' store weighs on each program page's first load.
 */
export const noteOfferUi = {
  'planner.otherNote':
    'Another tab saved a different note at the same moment: “{note}”. Yours is kept here, and that one is not lost:',
  'planner.useOtherNote': 'Use that note',
  'planner.otherNoteUsed': 'The other tab’s note is in place of yours.',
  'planner.copyOtherNote': 'Copy that note',
  'planner.copiedOtherNote': 'Copied the other tab’s note.',
  'planner.copyOtherNoteFailed': 'Could not copy that note: choose Use that note to keep it instead.',
} as const;

/** Looks up a string of `noteOfferUi` (see `translator`). */
export const noteOfferT = translator(noteOfferUi);
