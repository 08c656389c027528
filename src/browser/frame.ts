/*
 * Browser-facing checks about how the page is shown. The frame guard
 * (src/scripts/frame-guard.ts) uses this; the storage layer can too, to refuse
 * to write planner data from inside another site's frame.
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
