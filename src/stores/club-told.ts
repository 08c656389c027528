import { cet } from '../i18n/club-elsewhere-ui';
import { mst } from '../i18n/manager-store-ui';
import { mt } from '../i18n/manager-ui';
import { focusAfterRender } from '../islands/focus-after-render';
import { clubNames } from '../islands/manager/tools';
import type { ClubCsm } from '../schemas/manager';
import { announce } from './announcer';
import { club, roomFor, save } from './manager';

/*
 * What the tally says when another tab removes CSMs shown here (src/stores/club-elsewhere.ts), and Bring them
 * back. Loaded then: it is rare, and the manager page's tools are counted (its code written into the tools' file
 * weighed ~80 bytes gzip more than this file's import, and the name, Bring them back and its focus ~110 more).
 */

/**
 * Tells of `gone`, removed in another tab from the tally shown as `shown` (the first named as this tab named them:
 * "CSM 2" for one not named yet), and offers them back as this tab had them, with what was being typed (`typing`
 * says so), the focus to the first one's card. The names' rule comes from the tools' file: imported from its own
 * module, it split into a file of its own (+~140 bytes gzip), as the tally's actions did (+~970), which this file
 * can import since it imports the tools' file, which holds them.
 */
/**
 * Adds back CSMs another tab removed, as this tab had them: new entries, as Undo's are, in their places, said as
 * Undo says it. Returns the id the first came back under (found as Undo finds it, src/stores/manager.ts), or nothing
 * when the tally has no room for them, which is said. Here, not with the tally's other actions, so that the
 * tools' file does not carry it.
 */
export function bringBackCsms(csms: readonly ClubCsm[]): string | undefined {
  const current = club();
  if (!roomFor(current, csms.length)) return undefined;
  // In the order they were added, as a merge puts them (merge-lists.ts): back in their places at once.
  save({ ...current, csms: [...current.csms, ...csms].sort((p, q) => p.added - q.added) });
  announce(mst('manager.undone'));
  return (club().csms as readonly { id: string; calendarId?: string }[]).find(
    (entry) => entry.calendarId === csms[0]?.id,
  )?.id;
}

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
