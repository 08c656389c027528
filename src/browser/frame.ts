/*
 * The frame guard. Inside another site's frame, a page could be overlaid to steer the reader's clicks into the
 * planners (clickjacking), and a host that cannot send response headers (GitLab Pages) cannot forbid the frame.
 * So before any island comes alive (the islands' client, src/integrations/preact-client.ts, runs the guard) the
 * page marks <html data-framed>, which hides the islands' controls (the styles are in FrameNotice.astro), and
 * shows the notice saying why, with a link that opens the page on its own. The storage layer asks too, and
 * writes nothing from inside such a frame. A frame of the site itself is left alone.
 *
 * Only pages with islands run it: the planners are what it protects. A plain page has no control to steer a
 * click into (its search and theme choice hold nothing of the reader's), and the guard's code would be a
 * tenth of the 3 KB of JavaScript it may ship (docs/deploying.md, "Security headers", and docs/performance.md).
 */

/** The parts of a window the check reads; a plain object stands in for one in tests. */
export interface FrameWindow {
  /** The origin of the window's document ("null" when opaque, e.g. a sandboxed frame). */
  readonly origin: string;
  /** The window it is framed in; itself at the top. Null once the frame is gone. */
  readonly parent: FrameWindow | null;
}

/**
 * True when the page is inside a frame and some window above it, up to the
 * top, belongs to another origin. A window of another origin cannot be read
 * (reading its origin throws), which is the test. The site framing itself
 * is not "another site".
 */
export function isFramedByAnotherSite(win: FrameWindow = window): boolean {
  let frame = win;
  while (frame.parent && frame.parent !== frame) {
    frame = frame.parent;
    try {
      if (frame.origin !== win.origin) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** Turns the planners off when another site frames the page (see above); does nothing otherwise. */
export function guardAgainstFraming(): void {
  if (!isFramedByAnotherSite()) return;
  document.documentElement.dataset.framed = '';
  const notice = document.querySelector<HTMLElement>('[data-frame-notice]');
  const open = notice?.querySelector('a');
  if (notice && open) {
    open.href = location.href;
    open.target = '_top';
    notice.hidden = false;
  }
}
