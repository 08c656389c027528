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
  p.shown = undefined;
  p.more.hidden = true;
  p.status.textContent = '';
  const stored = p.storage.read(storageKeys.searchRecent);
  const module = stored.ok && stored.value !== null ? await loadRecent().catch(() => undefined) : undefined;
  if (p.input.value.trim()) return; // the reader typed meanwhile
  const recent = module?.readRecent(p.storage);
  clearList(p);
  if (recent && recent.searches.length > 0) {
    const group = groupElement(p.messages.recentSearches);
    for (const query of recent.searches) {
      const link = addOption(p, group, `${p.base}search/?q=${encodeURIComponent(query)}`, { kind: 'search', query });
      link.className = 'search-recent';
      link.append(clockIcon(), query);
    }
    p.list.append(group);
  }
  if (recent && recent.pages.length > 0) {
    const group = groupElement(p.messages.recentPages);
    for (const page of recent.pages) {
      const link = addOption(p, group, page.url, { kind: 'page', ...page });
      link.className = 'search-recent search-recent--page';
      link.append(textElement('search-result__title', page.title), textElement('search-recent__page', page.page));
    }
    p.list.append(group);
  }
  p.clear.hidden = p.options.length === 0;
  showList(p);
}

/** The Clear button: forgets the recent list, and says so. */
export function listenToClear(p: Panel): void {
  p.clear.addEventListener('click', () => {
    p.storage.remove(storageKeys.searchRecent);
    clearList(p);
    showList(p);
    p.clear.hidden = true;
    p.status.textContent = p.messages.recentCleared;
    p.input.focus();
  });
}
