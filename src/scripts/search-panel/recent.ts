/*
 * The recent list, with the box empty: the reader's recent searches and the results they opened, read from storage
 * (their code loads only when there is a stored list: ./loads.ts), and the button that clears them. What is opened
 * is remembered by ./open.ts.
 */

import { storageKeys } from '../../browser/storage';
import { clockIcon, groupElement, textElement } from './elements';
import { addOption, clearList, showList } from './listbox';
import { loadRecent } from './loads';
import type { Panel } from './panel';

/** Shows recent searches and opened results in the list (the box is empty). */
export async function showRecent(p: Panel): Promise<void> {
  clearList(p);
  p.r = undefined;
  p.x.hidden = true;
  p.s.textContent = '';
  const stored = p.k.read(storageKeys.searchRecent);
  const module = stored.ok && stored.value !== null ? await loadRecent().catch(() => undefined) : undefined;
  if (p.i.value.trim()) return; // the reader typed meanwhile
  const recent = module?.readRecent(p.k);
  clearList(p);
  if (recent && recent.searches.length > 0) {
    const group = groupElement(p.m.recentSearches);
    for (const query of recent.searches) {
      const link = addOption(p, group, `${p.b}search/?q=${encodeURIComponent(query)}`, { kind: 'search', query });
      link.className = 'search-recent';
      link.append(clockIcon(), query);
    }
    p.l.append(group);
  }
  if (recent && recent.pages.length > 0) {
    const group = groupElement(p.m.recentPages);
    for (const page of recent.pages) {
      const link = addOption(p, group, page.url, { kind: 'page', ...page });
      link.className = 'search-recent search-recent--page';
      link.append(textElement('search-result__title', page.title), textElement('search-recent__page', page.page));
    }
    p.l.append(group);
  }
  p.c.hidden = p.o.length === 0;
  showList(p);
}

/** The Clear button: forgets the recent list, and says so. */
export function listenToClear(p: Panel): void {
  p.c.addEventListener('click', () => {
    p.k.remove(storageKeys.searchRecent);
    clearList(p);
    showList(p);
    p.c.hidden = true;
    p.s.textContent = p.m.recentCleared;
    p.i.focus();
  });
}
