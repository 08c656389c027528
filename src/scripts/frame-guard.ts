/*
 * Runs first on every page (src/scripts/shell.ts; the notice is src/components/FrameNotice.astro). Inside another
 * site's frame, the page could be overlaid to steer the reader's clicks into
 * the planners (clickjacking), and a host that cannot send response headers
 * (GitLab Pages) cannot forbid the frame. So the page marks <html
 * data-framed>, which hides the planner controls (the styles are in
 * FrameNotice.astro), and shows the notice saying why, with a link that opens
 * the page on its own. A frame of the site itself is left alone.
 */
import { isFramedByAnotherSite } from '../browser/frame';

if (isFramedByAnotherSite()) {
  document.documentElement.dataset.framed = '';
  const notice = document.querySelector<HTMLElement>('[data-frame-notice]');
  const open = notice?.querySelector('a');
  if (notice && open) {
    open.href = location.href;
    notice.hidden = false;
  }
}
