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
  /** Increases with each announcement, so the same text is announced again. */
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** Actions offered with the message, such as Undo (at most a few). */
  actions: AnnouncementAction[];
  link?: AnnouncementLink | undefined;
  /** Stays until the reader acts on it or closes it (or another message takes its place): see `announce`. */
  stays: boolean;
}

export const $announcement = atom<Announcement | null>(null);

let announcementId = 0;

/**
 * Says `text` in the page's live region, with `actions` (at most a few) or a `link`. A message goes after a few
 * seconds, or after 15 with an action; one that `stays` waits for the reader, for a message that is the only place
 * what it offers is kept (text another tab wrote over: src/stores/text-clash.ts).
 */
export function announce(
  text: string,
  tone: Announcement['tone'] = 'info',
  actions: AnnouncementAction | AnnouncementAction[] = [],
  link?: AnnouncementLink,
  stays = false,
): void {
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

/** Only for tests. */
export function clearAnnouncementForTests(): void {
  $announcement.set(null);
}
