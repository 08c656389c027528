import { atom } from 'nanostores';

/*
 * Where a link into a checklist page lands (#week-3, #task-…, #checklist-…).
 *
 * The browser goes to a link's target as the page opens, with every list open as the server rendered it (at
 * once: smooth scrolling is for jumps within the page, see global.css; it used to glide from the top to a place
 * measured before the lists changed). Then the lists come alive and change around the target: a list finished
 * before this visit folds to one line, another role's list folds away, the panel's next task appears. Each change
 * above the target moved it: a link from My progress to Week 3 left Week 3 748 px above the screen at 1280 px.
 * So, after a link from another page, a ResizeObserver on the page and its lists puts the target back where the
 * browser put it (below the sticky header: the root's scroll-padding-top) after each change, in the frame of the
 * change (after layout, before the browser draws), so the reader sees no jump. This lasts until the reader
 * scrolls, presses a key, touches or clicks (the page is theirs then), or 10 seconds; it does not start when the
 * reader scrolled before the page's code came, nor when the browser restores a place (reload, Back).
 *
 * A target can also be hidden for the reader: in another role's list, in a list folded because it was finished,
 * or a finished task under "Hide finished tasks". The list that holds it reads `$arrival`, shows it (and says
 * why), and calls `arrivalShown`: the target is then scrolled to and focused, whether the link came from another
 * page or from this one.
 */

export interface Arrival {
  /** The id the address's fragment names. */
  id: string;
  /** Counts arrivals: the same link followed again is a new one. */
  seq: number;
}

/** The link the reader arrived by (the page's address at load, then each change of its fragment). */
export const $arrival = atom<Arrival | undefined>(undefined);

/** How long a link's target is kept in place at most, on a page the reader leaves alone. */
const KEEP_MS = 10_000;

let seq = 0;
/** Whether the last arrival came with the page (a link from another page), not by a link within it. */
let withPage = true;
/**
 * True from an arrival until the reader does something (scrolls, touches, clicks, presses a key): only then may
 * the page scroll or move the focus for them.
 */
let fresh = false;

const target = () => {
  const arrival = $arrival.get();
  return arrival ? document.getElementById(arrival.id) : null;
};

/**
 * Scrolls the target where the browser puts a link's target: at the top, below the sticky header (the root's
 * scroll-padding-top), or as near as the page's end allows. Nothing happens while it is hidden.
 */
const toTarget = (behavior: ScrollBehavior) => target()?.scrollIntoView({ block: 'start', behavior });

/** Gives the focus to a link's target (a heading, a list, a task: focusable by script only), where it is. */
const focusTarget = (element: HTMLElement) => {
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus({ preventScroll: true });
};

function arrive(fromPage: boolean, restored = false): void {
  withPage = fromPage;
  fresh = !restored;
  // The page's ids are plain words and hyphens: nothing to decode.
  const id = window.location.hash.slice(1);
  seq += 1;
  $arrival.set(id ? { id, seq } : undefined);
  const element = target();
  // A link within the page ("Go to week 4", the contents) took the focus from the reader to the page's body, where a
  // screen reader reads nothing of the week: its target takes it, so the next Tab goes on from there. Not "Back to
  // top" (the body is its target), which leaves the focus to the browser.
  if (!fromPage && element && element !== document.body) focusTarget(element);
  if (!fromPage || !fresh || !element) return;
  // The reader scrolled before the page's code came: the page is theirs. (Scrolled means the target is neither
  // where the browser put it nor held short of it by the page's end; at the very top, the browser has not gone
  // to it yet.)
  const root = document.documentElement;
  const top = element.getBoundingClientRect().top;
  const wanted = Number.parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
  const atEnd = window.scrollY >= root.scrollHeight - window.innerHeight - 1;
  if (window.scrollY > 0 && Math.abs(top - wanted) > 2 && !(top > wanted && atEnd)) {
    fresh = false;
    return;
  }
  // Told of every change of the page's height, after layout and before the browser draws. `instant`: smooth
  // scrolling is for the reader's own jumps, not for holding a place. Only the arrival with the page is kept.
  const keeper = new ResizeObserver(() => (fresh && withPage ? toTarget('instant') : keeper.disconnect()));
  keeper.observe(document.body);
  setTimeout(() => keeper.disconnect(), KEEP_MS);
}

/**
 * Starts following the page's links, once per page: the first checklist island calls it as it hydrates, before
 * the lists change anything.
 */
export function watchArrivals(): void {
  if (seq > 0) return;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // After a reload or Back the browser puts the reader back where they were: not a link's place to keep.
  arrive(true, navigation !== undefined && navigation.type !== 'navigate');
  window.addEventListener('hashchange', () => arrive(false));
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
    window.addEventListener(type, () => (fresh = false), { capture: true, passive: true });
  }
}

/**
 * The list holding arrival `forSeq`'s target has just shown it (it was hidden for the reader): once the list has
 * drawn it, move the focus to the target and scroll it to the top, unless the reader has moved on. After a link
 * within the page the scroll is smooth, as the browser's own to a link's target (unless the reader asks for less
 * motion).
 */
export function arrivalShown(forSeq: number): void {
  queueMicrotask(() => {
    const element = target();
    if (!fresh || $arrival.get()?.seq !== forSeq || !element) return;
    focusTarget(element);
    toTarget(withPage ? 'instant' : 'auto');
  });
}
