/*
 * When the reader's calendar day may have changed while the page stays open:
 * at each local midnight (a timer, set again each time), and when the page
 * comes back to the reader (shown again, or its window focused), since a
 * computer that slept ran no timer meanwhile and fires its timers late.
 * Followed for the page's life; browser only (the tools start it once
 * alive, src/stores/today.ts).
 */

/** Calls `check` now, at each local midnight, and whenever the page is shown, hidden or focused. */
export function onDayMayChange(check: () => void): void {
  const atMidnight = () => {
    // Hour 24 of today in local time is the next midnight, so a day of 23 or 25 hours (daylight saving) ends at
    // its real midnight. A timer that fires a moment early finds the same day and is set again for what is left.
    setTimeout(atMidnight, new Date().setHours(24, 0, 0, 0) - Date.now());
    check();
  };
  atMidnight();
  // Hidden as well as shown: a check costs nothing, and telling the two apart would cost bytes on every load.
  document.addEventListener('visibilitychange', check);
  addEventListener('focus', check);
}
