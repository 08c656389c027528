import { cet } from '../i18n/club-elsewhere-ui';
import type { ClubCsm } from '../schemas/manager';
import { announce } from './announcer';

/*
 * What the tally says when another tab removes CSMs shown here (src/stores/club-elsewhere.ts). Loaded then: it is
 * rare, and the manager page's tools are counted (its code written into the tools' file weighed ~80 bytes gzip
 * more than this file's import).
 */

/**
 * Tells of `gone`, removed in another tab from the tally (the first named `name`, as this tab named them), and
 * offers them back as this tab had them, with what was being typed (`typing` says so), by `bringBack`. What this
 * file imports is the tools' file's already: importing the tally's actions here split them into a file of their
 * own, which the manager page then loaded beside its tools (+~970 bytes gzip), and the names' rule (+~140).
 */
export function tellClubElsewhere(
  gone: readonly ClubCsm[],
  name: string,
  typing: boolean,
  bringBack: (csms: readonly ClubCsm[]) => void,
): void {
  announce(
    gone.length > 1
      ? cet('club.removedThereMany', { count: gone.length })
      : cet(typing ? 'club.removedThereTyping' : 'club.removedThere', { name }),
    'info',
    { label: cet('club.bringBack'), run: () => bringBack(gone) },
  );
}
