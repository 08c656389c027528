import { cet } from '../../i18n/club-elsewhere-ui';
import { mt } from '../../i18n/manager-ui';
import type { ClubCsm } from '../../schemas/manager';
import { announce } from '../../stores/announcer';
import { bringBackCsms } from '../../stores/club-bring-back';
import { focusAfterRender } from '../focus-after-render';
import { clubNames } from './tools';

/*
 * What the tally says when another tab removes CSMs shown here (the store hears it, src/stores/club-elsewhere.ts;
 * the island hands it here, PresidentsClub.tsx), and Bring them back (src/stores/club-bring-back.ts). Loaded then:
 * it is rare, and the manager page's tools are counted (its code written into the tools' file weighed ~80 bytes
 * gzip more than this file's import, and the name, Bring them back and its focus ~110 more). The names' rule comes
 * from the tools' file: imported from its own module, it split into a file of its own (+~140 bytes gzip).
 */

/**
 * Tells of `gone`, removed in another tab from the tally shown as `shown` (the first named as this tab named them:
 * "CSM 2" for one not named yet), and offers them back as this tab had them, with what was being typed (`typing`
 * says so), the focus to the first one's card.
 */
export function tellClubElsewhere(shown: readonly ClubCsm[], gone: readonly ClubCsm[], typing: boolean): void {
  const name = clubNames(shown, mt('manager.colCsm'))[shown.indexOf(gone[0] as ClubCsm)] ?? '';
  announce(
    gone.length > 1
      ? cet('club.removedThereMany', { count: gone.length })
      : cet(typing ? 'club.removedThereTyping' : 'club.removedThere', { name }),
    'info',
    {
      label: cet('club.bringBack'),
      run: () => {
        // Brought back, to their card, where the reader was (left to the message, which gives the focus back
        // where it came from, it fell to the page).
        const back = bringBackCsms(gone);
        if (back) focusAfterRender(`club-${back}`);
      },
    },
  );
}
