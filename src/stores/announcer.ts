import { atom } from 'nanostores';

/*
 * The page's one announcer: every store and island says what happened
 * (saved, not saved, reset, restored, errors) through `announce`, and the
 * Announcer island shows it in a live region. Its own module so an island
 * that only announces does not bundle a planner store.
 */

export interface AnnouncementAction {
  label: string;
  run: () => void;
}

/** A page to go to from the message (what is next after a finished program): a link, so it opens like one. */
export interface AnnouncementLink {
  label: string;
  href: string;
}

export interface Announcement {
  /** Increases with each announcement, so the same text is announced again; one set aside comes back with its own. */
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** Actions offered with the message, such as Undo (at most a few). */
  actions: AnnouncementAction[];
  link?: AnnouncementLink | undefined;
  /** Stays until the reader acts on it or closes it; another message only sets it aside: see `announce`. */
  stays: boolean;
}

export const $announcement = atom<Announcement | null>(null);

let announcementId = 0;

/** Messages that stay, set aside while a later one is shown: the last comes back when the one shown goes. */
const setAside: Announcement[] = [];

/**
 * Says `text` in the page's live region, with `actions` (at most a few) or a `link`. A message goes after a few
 * seconds, or after 15 with an action (the Announcer island calls `settle`); one that `stays` waits for the reader,
 * for a message that is the only place what it offers is kept (text another tab wrote over:
 * src/stores/text-clash.ts). The page shows one message at a time, so a later one sets it aside until it goes.
 */
export function announce(
  text: string,
  tone: Announcement['tone'] = 'info',
  actions: AnnouncementAction | AnnouncementAction[] = [],
  link?: AnnouncementLink,
  stays = false,
): void {
  const shown = $announcement.get();
  if (shown?.stays) setAside.push(shown);
  announcementId += 1;
  $announcement.set({
    id: announcementId,
    text,
    tone,
    actions: Array.isArray(actions) ? actions : [actions],
    link,
    stays,
  });
}

/**
 * The message `id` went: its time was up, the reader closed it, or chose one of its actions (before running it, so
 * a message the action says is shown after any set aside). The message set aside last comes back; as a new value
 * of the store, the live region says it again.
 */
export function settle(id: number): void {
  if ($announcement.get()?.id === id) $announcement.set(setAside.pop() ?? null);
}

/** Only for tests. */
export function clearAnnouncementForTests(): void {
  setAside.length = 0;
  $announcement.set(null);
}
