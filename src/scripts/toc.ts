/*
 * The on-page contents (src/components/TableOfContents.astro): marks the section being read
 * (`aria-current`), and opens the contents beside the text on wide screens. Part of the handbook pages' one
 * script (src/scripts/handbook-shell.ts).
 */
import { currentSectionId } from '../lib/toc-tracking';

const toc = document.querySelector<HTMLElement>('[data-toc]');
if (toc) {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links
    .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((el): el is HTMLElement => el !== null);

  let scheduled = false;
  const update = (): void => {
    scheduled = false;
    const root = document.documentElement;
    const atEnd = window.scrollY > 0 && window.scrollY + window.innerHeight >= root.scrollHeight - 2;
    const id = currentSectionId(
      targets.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top })),
      window.innerHeight,
      atEnd,
    );
    // ARIA reflection (null removes the attribute); a browser older than it (Firefox 119) marks no section.
    for (const link of links) link.ariaCurrent = link.hash === `#${id}` ? 'true' : null;
  };
  const schedule = (): void => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  update();

  // The contents start collapsed, so on a phone the text comes first and nothing
  // moves when scripts run; beside the text, on wide screens, they open.
  const details = toc.firstElementChild as HTMLDetailsElement; // TableOfContents.astro: the nav holds its details first
  details.open = matchMedia('(min-width: 72.01rem)').matches;
}
