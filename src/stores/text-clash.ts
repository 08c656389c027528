import { copyAndSay } from '../browser/clipboard';
import { askBeforeLeaving } from '../browser/leave-guard';
import { clashT } from '../i18n/text-clash-ui';
import { clipText } from '../lib/clip-text';
import { textClashes, withText } from '../lib/text-clashes';
import { $announcement, type Announcement, announce } from './announcer';
import type { BothChanged } from './record-store';
import type { RecordWords } from './record-store/kind';

/*
 * Two tabs wrote the reader's words in one place, each before hearing of the other's save, and the merge kept
 * one text. The tab that knows both tells the reader, quotes the text the record no longer holds, and offers it
 * back: the record store for every kind that names its words (`offerClashes`, with src/lib/text-clashes.ts),
 * and the plan builder from its change stamps (`offerBack`, src/stores/plans.ts). Loaded then: it is rare, and
 * the planner pages' first load is counted byte by byte.
 */

/** How much of a text the message quotes: enough to know it, not a wall of text. */
const QUOTED_LENGTH = 80;

/**
 * Tells the reader that one tab's text was kept where both wrote, and offers the other: `theirsLost` when this
 * tab's was kept (the other tab's texts are offered), else this tab's own. The first of `texts` is quoted;
 * `put` puts them all back, as an edit made in this tab now. `said`, given, is the message instead of the clash's
 * (two tabs' additions refused together: src/stores/refused-merge.ts); with no texts there is nothing to copy.
 */
export function offerBack(theirsLost: boolean, texts: string[], put: () => void, said?: string): void {
  const values = { count: texts.length, text: clipText(texts[0] ?? '', QUOTED_LENGTH) };
  // Whose text is offered decides every word of the message.
  const words = theirsLost
    ? {
        said: clashT('clash.theirsWrittenOver', values),
        put: clashT('clash.useTheirs'),
        putDone: clashT('clash.usedTheirs'),
        copy: clashT('clash.copyTheirs'),
        copied: clashT('clash.copiedTheirs'),
        copyFailed: clashT('clash.copyTheirsFailed'),
      }
    : {
        said: said ?? clashT('clash.mineWrittenOver', values),
        put: clashT('clash.putMineBack'),
        putDone: clashT('clash.putBack'),
        copy: clashT('clash.copyMine'),
        copied: clashT('clash.copiedMine'),
        copyFailed: clashT('clash.copyMineFailed'),
      };
  const actions = [
    {
      label: words.put,
      run: () => {
        put();
        announce(words.putDone);
      },
    },
    {
      label: words.copy,
      run: () => {
        // Not copied: the texts are still only here, so the offer comes again, saying so.
        copyAndSay(texts.join('\n\n'), words.copied).then((copied) => copied || offer(words.copyFailed, 'error'));
      },
    },
  ];
  if (!texts.length) actions.pop();
  offer(words.said, said ? 'error' : 'info');

  // The texts offered are kept nowhere else: the message waits for the reader, and until it is answered or
  // closed, closing or reloading the page asks first.
  function offer(said: string, tone: Announcement['tone']): void {
    announce(said, tone, actions, undefined, true);
    const shown = $announcement.get() as Announcement;
    askBeforeLeaving(shown, true);
    // A later message sets it aside (src/stores/announcer.ts); once it is answered or closed, the page shows an
    // earlier message set aside, or none, before anything its action says.
    const stop = $announcement.listen((now) => {
      if (!now || now.id < shown.id) {
        askBeforeLeaving(shown, false);
        stop();
      }
    });
  }
}

/** A merge of two copies both changed since this tab's base (the record store): the texts one wrote over, offered. */
export function offerClashes<T>(id: string, copies: BothChanged<T>, words: RecordWords<T>): void {
  const clashes = textClashes(copies.base, copies.mine, copies.theirs, copies.merged, words.keys);
  const first = clashes[0];
  if (!first) return;
  // Whose text lost: the other tab's, when this tab's was kept (its save is the one being made), or this tab's.
  const theirsLost = first.kept === 'mine';
  const lost = clashes
    .filter((clash) => clash.kept === first.kept)
    .map((clash) => ({ path: clash.path, text: theirsLost ? clash.theirs : clash.mine }));
  offerBack(
    theirsLost,
    lost.map((place) => place.text),
    () => words.edit(id, (record) => lost.reduce((next, place) => withText(next, place.path, place.text), record)),
  );
}
