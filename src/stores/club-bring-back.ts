import { mst } from '../i18n/manager-store-ui';
import type { ClubCsm } from '../schemas/manager';
import { announce } from './announcer';
import { club, roomFor, save } from './manager';

/*
 * Bring them back: the tally's action for CSMs another tab removed (src/stores/club-elsewhere.ts hears it,
 * src/islands/manager/club-told.ts says it). Loaded with that message: it is rare, and the manager page's tools
 * are counted (here, not with the tally's other actions, so that the tools' file does not carry it).
 */

/**
 * Adds back CSMs another tab removed, as this tab had them: new entries, as Undo's are, in their places, said as
 * Undo says it. Returns the id the first came back under (found as Undo finds it, src/stores/manager.ts), or nothing
 * when the tally has no room for them, which is said.
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
