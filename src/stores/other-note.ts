import { copyText } from '../browser/clipboard';
import { noteOfferT } from '../i18n/note-offer-ui';
import { clipText } from '../lib/clip-text';
import { announce } from './announcer';
import { setTaskNote } from './planner';

/*
 * Two tabs wrote a note on one task, each before hearing of the other's: this tab saved second and kept its own
 * (src/lib/merge-since.ts). Only this tab knows both notes, so it tells the reader, quotes the start of the
 * other, and offers it. Loaded when that happens (stores/planner.ts): it is rare, and the program pages' first
 * load is counted byte by byte.
 */

/** How much of the other tab's note the message quotes: enough to know it, not a wall of text. */
const QUOTED_NOTE_LENGTH = 80;

export function offerOtherNote(id: string, theirs: string): void {
  announce(noteOfferT('planner.otherNote', { note: clipText(theirs, QUOTED_NOTE_LENGTH) }), 'info', [
    {
      label: noteOfferT('planner.useOtherNote'),
      run: () => {
        setTaskNote(id, theirs);
        announce(noteOfferT('planner.otherNoteUsed'));
      },
    },
    {
      label: noteOfferT('planner.copyOtherNote'),
      run: () => {
        copyText(theirs).then((copied) =>
          announce(
            noteOfferT(copied ? 'planner.copiedOtherNote' : 'planner.copyOtherNoteFailed'),
            copied ? 'info' : 'error',
          ),
        );
      },
    },
  ]);
}
