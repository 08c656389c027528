/*
 * The filter chips and their toggle: what the reader chose, as Pagefind's filters (lib/search-chips) and as the
 * parts of pages the audience chips leave out (other readers'). The chips come with the page's markup; this makes
 * them work.
 */

import { fill } from '../../i18n/fill';
import { othersParts } from '../../lib/search-audience';
import type { ChosenChips } from '../../lib/search-chips';
import type { RankOptions } from '../../lib/search-rank';
import { loadAudiences } from './loads';
import type { Panel } from './panel';

/** Shows the chips (in `box`) and their `toggle`, and searches again as one is turned on or off; returns what is chosen. */
export function attachChips(p: Panel, box: HTMLElement, toggle: HTMLButtonElement): ChosenChips {
  const chosen: ChosenChips = {};
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    box.classList.toggle('search-panel__filters--open', open);
  });
  toggle.hidden = false;
  for (const chip of box.querySelectorAll<HTMLButtonElement>('button[data-filter]')) {
    const { filter: name, value } = chip.dataset;
    if (!name || !value) continue;
    chip.addEventListener('click', () => {
      // Turned on or off, and counted, here rather than by functions of lib/search-chips: the calls cost the file
      // opening search fetches 19 bytes gzip (docs/performance-log.md).
      const set = chosen[name] ?? new Set<string>();
      chosen[name] = set;
      if (set.has(value)) set.delete(value);
      else set.add(value);
      const on = set.has(value);
      chip.setAttribute('aria-pressed', String(on));
      // Who the parts of the pages are for, fetched as the chip goes on rather than with the next query.
      if (name === 'audience' && on) void loadAudiences(p.base);
      const count = Object.values(chosen).reduce((sum, values) => sum + values.size, 0);
      toggle.textContent = count > 0 ? fill(p.messages.filtersToggleOn, { count }) : p.messages.filtersToggle;
      p.search(p.input.value);
    });
  }
  box.hidden = false;
  return chosen;
}

/** What the audience chips on leave out of the pages found: the parts of readers not chosen. */
export async function narrowingOf(chosen: ChosenChips, base: string): Promise<RankOptions> {
  const audience = chosen.audience;
  if (!audience || audience.size === 0) return {};
  const audiences = await loadAudiences(base);
  return audiences ? { isOthers: othersParts(audiences, audience) } : {};
}
