import { atom } from 'nanostores';
import { onDayMayChange } from '../browser/day-change';
import { localToday } from '../lib/dates';

/*
 * Today's date in the reader's calendar (`YYYY-MM-DD`), for the manager's
 * tools, which show what is due "today" and "this week". Read once at
 * render, a page left open overnight kept yesterday: Sunday's week on Monday
 * morning, and a 1:1 ticked after midnight logged on the day before. So the
 * date is a store that moves on at midnight and when the page comes back
 * after a sleep (followToday), and its readers render again then.
 */
export const $today = atom(localToday());

/**
 * Today from the clock at this moment (the store moves on with it if the day changed): what an action dates
 * its record with, so a tick at 00:02 is the new day's even before the midnight timer has run.
 */
export function readToday(): string {
  const today = localToday();
  $today.set(today);
  return today;
}

let following = false;

/** Starts moving $today on with the day, once per page (every tool starts it; the first one does). */
export function followToday(): void {
  if (following) return;
  following = true;
  onDayMayChange(readToday);
}
