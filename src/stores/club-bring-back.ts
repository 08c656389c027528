import { mst } from '../i18n/manager-store-ui';
import type { ClubCsm } from '../schemas/manager';
import { announce } from './announcer';
import { club, roomFor, save } from './manager';
import { managerStore } from './manager-records';

/*
 * Bring them back: the tally's action for CSMs another tab removed (src/stores/club-elsewhere.ts hears it,
 * src/islands/manager/club-told.ts says it). Loaded with that message: it is rare, and the manager page's tools
 * are counted (here, not with the tally's other actions, so that the tools' file does not carry it).
 */

/**
 * Adds back CSMs another tab removed, as this tab had them: new entries, as Undo's are, in their places, said as
 * Undo says it. One already back (the tab that removed them pressed Undo) is not added a second time: when all
 * are, that is said instead. Returns the id the first is back under (found as Undo finds it, by the id they first
 * had, src/stores/manager.ts), or nothing when the tally has no room for them, which is said.
 */
export function bringBackCsms(csms: readonly ClubCsm[]): string | undefined {
  // Read afresh, as Undo does: the tab that removed them may have pressed Undo, and its event not come yet.
  managerStore.load();
  const current = club();
  const missing = csms.filter((csm) => !backAs(csm, current.csms));
  if (!roomFor(current, missing.length)) return undefined;
  if (missing.length === 0) announce(mst('manager.alreadyBack'));
  else {
    // In the order they were added, as a merge puts them (merge-lists.ts): back in their places at once.
    save({ ...current, csms: [...current.csms, ...missing].sort((p, q) => p.added - q.added) });
    announce(mst('manager.undone'));
  }
  return backAs(csms[0], club().csms);
}

/** The id `csm` is back under in `csms`: the entry that keeps the id they first had (merge-lists.ts). */
function backAs(csm: ClubCsm | undefined, csms: readonly ClubCsm[]): string | undefined {
  return csm && csms.find((entry) => entry.calendarId === (csm.calendarId ?? csm.id))?.id;
}
