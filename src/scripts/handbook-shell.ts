/*
 * The script every handbook-layout page runs beside the shell (src/scripts/shell.ts), as one file: the menu
 * button, the contents' current section and the progress marks in the navigation. Each was its component's own
 * script, and Astro wrote the menu's and the contents' into every page's HTML while the marks came as a file of
 * their own: three pieces compressed apart cost the job family page about 250 bytes gzip more than one, and
 * counting the code written into the HTML, that page went over the 3 KB of JavaScript a plain page may ship
 * (docs/performance.md, "Budgets"). Each module leaves the page alone when its markup is absent.
 */
import './menu';
import './toc';
import './progress-marks';
