import type { ClubCsm } from '../schemas/manager';
import { managerStore } from './manager-records';
import { $club } from './manager-view';

/*
 * The President's Club tally hears another tab remove CSMs shown here (Remove, Clear all), and tells the reader,
 * as the plan builder hears a plan deleted there (plan-elsewhere.ts). Their cards went without a word, with the
 * figure being typed in one and the focus. The toolkit's merge keeps a removal in every tab
 * (src/lib/manager/merge-lists.ts), so this tab does not keep them, as a plan typed in is kept: it offers them
 * back as it had them, what was typed included. What the reader sees and where the focus goes are the island's,
 * which this store hands each removal to (src/islands/manager/PresidentsClub.tsx and club-told.ts there): a store
 * neither moves the focus nor imports from the islands (tests/unit/layers.test.ts).
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

/**
 * Follows the tally's record from now on: CSMs shown here that another tab removed (its `removed` names them; the
 * merge never keeps one it names) are handed to `tell` once, with this tab's copy of them, which Bring them back
 * adds back, and whether their card was being typed in. Called at once, before the render that takes their cards
 * away, so the focus can leave a card that goes. Returns the way to stop following.
 */
export function followClubElsewhere(
  tell: (shown: readonly ClubCsm[], gone: readonly ClubCsm[], typing: boolean) => void,
): () => void {
  let shown = $club.get()?.csms ?? [];
  return $club.listen((club) => {
    const was = shown;
    shown = club?.csms ?? [];
    // A tally gone whole is storage cleared or Reset all in another tab, which the page tells in its own words.
    if (removing || !club) return;
    const gone = was.filter((csm) => Object.hasOwn(club.removed, csm.id));
    // Typing in their card, its edit not saved yet: what was typed is in this tab's copy, and comes back with them.
    if (gone.length) tell(was, gone, managerStore.unsaved('club') && gone.some((csm) => csm.id === typed));
  });
}
