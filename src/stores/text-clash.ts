import { copyText } from '../browser/clipboard';
import { clashT } from '../i18n/text-clash-ui';
import { clipText } from '../lib/clip-text';
import { textClashes, withText } from '../lib/text-clashes';
import { announce } from './announcer';
import type { BothChanged, RecordWords } from './record-store';

/*
 * Two tabs wrote the reader's words in one place of a record, each before hearing of the other's save, and the
 * merge kept one text (src/lib/text-clashes.ts). Only the tab that merged knows both, so it tells the reader,
 * quotes the text the record no longer holds, and offers it back. The record store loads this module then
 * (src/stores/record-store.ts, for every kind that names its words): it is rare, and the planner pages' first
 * load is counted byte by byte.
 */

/** How much of a text the message quotes: enough to know it, not a wall of text. */
const QUOTED_LENGTH = 80;

export function offerClashes<T>(id: string, copies: BothChanged<T>, words: RecordWords<T>): void {
  const clashes = textClashes(copies.base, copies.mine, copies.theirs, copies.merged, words.keys);
  const first = clashes[0];
  if (!first) return;
  // Whose text lost: the other tab's, when this tab's was kept (its save is the one being made), or this tab's.
  const theirsLost = first.kept === 'mine';
  const lost = clashes
    .filter((clash) => clash.kept === first.kept)
    .map((clash) => ({
      path: clash.path,
      text: theirsLost ? clash.theirs : clash.mine,
    }));
  const count = lost.length;
  const quote = clipText(lost[0]?.text ?? '', QUOTED_LENGTH);
  announce(clashT(theirsLost ? 'clash.theirsWrittenOver' : 'clash.mineWrittenOver', { count, text: quote }), 'info', [
    {
      label: clashT(theirsLost ? 'clash.useTheirs' : 'clash.putMineBack'),
      run: () => {
        words.edit(id, (record) => lost.reduce((next, place) => withText(next, place.path, place.text), record));
        announce(clashT(theirsLost ? 'clash.usedTheirs' : 'clash.putBack'));
      },
    },
    {
      label: clashT(theirsLost ? 'clash.copyTheirs' : 'clash.copyMine'),
      run: () => {
        copyText(lost.map((place) => place.text).join('\n\n')).then((copied) =>
          announce(
            copied
              ? clashT(theirsLost ? 'clash.copiedTheirs' : 'clash.copiedMine')
              : clashT(theirsLost ? 'clash.copyTheirsFailed' : 'clash.copyMineFailed'),
            copied ? 'info' : 'error',
          ),
        );
      },
    },
  ]);
}
