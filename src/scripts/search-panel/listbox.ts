/*
 * The list of options and its keyboard: the combobox pattern on the panel's links. Focus stays in the box, the
 * arrows move the active option (aria-activedescendant), the mouse over an option makes it active, and Enter or a
 * click opens it (./open.ts). The links themselves open in a new tab, can be copied, and show their address, like
 * any link.
 */

import { loadRecent } from './loads';
import { openHere, rememberLater } from './open';
import type { OptionTarget, Panel } from './panel';

/** Makes an option the active one; `scroll` brings it into view (arrow keys), not when results arrive. */
export function setActive(p: Panel, index: number, scroll = true): void {
  p.options[p.active]?.element.setAttribute('aria-selected', 'false');
  p.active = index;
  const option = p.options[index];
  if (option) {
    option.element.setAttribute('aria-selected', 'true');
    p.input.setAttribute('aria-activedescendant', option.element.id);
    if (scroll) option.element.scrollIntoView({ block: 'nearest' });
  } else p.input.removeAttribute('aria-activedescendant');
}

/** Empties the list, back at its top, with no option active. */
export function clearList(p: Panel): void {
  p.list.replaceChildren();
  p.list.scrollTop = 0;
  p.options = [];
  p.active = -1;
  p.input.removeAttribute('aria-activedescendant');
}

/** Shows the list if it has options, hides it if not. */
export function showList(p: Panel): void {
  const any = p.options.length > 0;
  p.list.hidden = !any;
  p.input.setAttribute('aria-expanded', String(any));
}

/** Adds a link to `parent` as the list's next option. */
export function addOption(p: Panel, parent: HTMLElement, href: string, target: OptionTarget): HTMLAnchorElement {
  const link = document.createElement('a');
  link.id = `${p.input.id}-option-${p.options.length}`;
  link.href = href;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  // Focus stays in the box (aria-activedescendant): the links are not tab stops of their own.
  link.tabIndex = -1;
  const option = { element: link, target };
  link.addEventListener('click', (event) => {
    if (event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      // This tab: a recent search runs in place; a result waits for the recent list to be saved, then goes.
      event.preventDefault();
      void openHere(p, option);
    } else rememberLater(p, target);
  });
  // The recent list's code is fetched as the press starts, so the click that follows need not wait for it.
  link.addEventListener('pointerdown', () => void loadRecent().catch(() => {}));
  link.addEventListener('auxclick', (event) => {
    if (event.button === 1) rememberLater(p, target);
  });
  link.addEventListener('mousemove', () => {
    const index = p.options.indexOf(option);
    if (index !== p.active) setActive(p, index, false);
  });
  p.options.push(option);
  parent.append(link);
  return link;
}

/** The box's keys: the arrows move the active option, Enter opens it (Ctrl+Enter or Cmd+Enter in a new tab). */
export function listenToKeys(p: Panel): void {
  p.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && p.options.length > 0) {
      event.preventDefault();
      setActive(p, (p.active + 1) % p.options.length);
    } else if (event.key === 'ArrowUp' && p.options.length > 0) {
      event.preventDefault();
      setActive(p, p.active <= 0 ? p.options.length - 1 : p.active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = p.options[p.active];
      if (!option) return;
      if ((event.ctrlKey || event.metaKey) && option.target.kind !== 'search') {
        // A new tab, as Ctrl+click on the link would.
        window.open(option.element.href, '_blank', 'noopener');
        rememberLater(p, option.target);
      } else void openHere(p, option);
    }
  });
}
