import type { ClubCsm } from '../schemas/manager';
import { managerStore } from './manager-records';

/*
 * The President's Club tally hears another tab remove CSMs shown here (Remove, Clear all), and tells the reader,
 * as the plan builder hears a plan deleted there (plan-elsewhere.ts). Their cards went without a word, with the
 * figure being typed in one and the focus. The toolkit's merge keeps a removal in every tab
 * (src/lib/manager/merge-lists.ts), so this tab does not keep them, as a plan typed in is kept: it offers them
 * back as it had them, what was typed included (src/stores/club-told.ts, loaded then: it is rare).
 */

let removing = false;
let typed: string | undefined;

/** Runs `remove`, a removal from the tally made in this tab (Remove, Clear all): nothing to tell. */
export function removeHere(remove: () => void): void {
  removing = true;
  remove();
  removing = false;
}

/** Notes the CSM whose card the reader is typing in (an edit that waits for the autosave pause), or none. */
export function typingIn(id: string | undefined): void {
  typed = id;
}

const clubOf = (records = managerStore.$records.get()) => (records.club?.kind === 'club' ? records.club : undefined);

/**
 * Follows the tally's record from now on: CSMs shown here that another tab removed (its `removed` names them; the
 * merge never keeps one it names) are told once, with this tab's copy of them, which Bring them back adds back.
 * `leave(shown, gone)` is called at once, before the render that takes their cards away, so the focus can leave a
 * card that goes. Returns the way to stop following.
 */
export function followClubElsewhere(leave: (shown: readonly ClubCsm[], gone: readonly ClubCsm[]) => void): () => void {
  let shown = clubOf()?.csms ?? [];
  return managerStore.$records.listen((records) => {
    const was = shown;
    const club = clubOf(records);
    shown = club?.csms ?? [];
    // A tally gone whole is storage cleared or Reset all in another tab, which the page tells in its own words.
    if (removing || !club) return;
    const gone = was.filter((csm) => Object.hasOwn(club.removed, csm.id));
    if (gone.length === 0) return;
    // Typing in their card, its edit not saved yet: what was typed is in this tab's copy, and comes back with them.
    const typing = managerStore.unsaved('club') && gone.some((csm) => csm.id === typed);
    leave(was, gone);
    import('./club-told').then(
      (told) => told.tellClubElsewhere(was, gone, typing),
      () => {},
    );
  });
}
