/*
 * A query's results in the list: Pagefind's pages ranked (lib/search-rank), listed as links grouped by page, with
 * the status line over them (lib/search-status) and "Show more results", which ranks and adds the next batch.
 * Everything is rendered as text, never as HTML.
 */

import type { PagefindResult } from '../../lib/pagefind-types';
import { rankBatch } from '../../lib/search-batch';
import type { RankedPage, RankedResults, RankOptions } from '../../lib/search-rank';
import { resultsStatus } from '../../lib/search-status';
import { siteToolAbout } from '../../lib/site-tools';
import { groupElement, partsElement, textElement } from './elements';
import { addOption, clearList, setActive, showList } from './listbox';
import { openHere } from './open';
import type { Panel } from './panel';

/** Pages ranked and shown at a time ("Show more results" adds as many again). */
export const PAGES_PER_BATCH = 10;

/** Adds the ranked pages to the list, each a group of its sections and tasks; `query` is what found them. */
function addPages(p: Panel, query: string, pages: readonly RankedPage[]): void {
  for (const page of pages) {
    const group = groupElement(page.title);
    for (const entry of page.entries) {
      const title = entry.title.map((part) => part.text).join('');
      // A tool of the site's own (its title is all search indexes of it): said so, with what it does.
      const tool = entry.kind === 'section' ? siteToolAbout(entry.section) : undefined;
      const link = addOption(p, group, entry.url, { kind: 'result', query, url: entry.url, title, page: page.title });
      link.className = `search-result search-result--${tool ? 'tool' : entry.kind}`;
      link.dataset.searchHit = '';
      if (entry.section) link.dataset.section = entry.section;
      const head = document.createElement('span');
      head.className = 'search-result__head';
      const titleElement = partsElement('search-result__title', entry.title);
      // The heading above ("Week 1" for "Async Material Review"), when the title does not already say it, then a
      // "›" kept on its line (no-break space) and not read out, then a space that keeps the heading and the title
      // two words for screen readers. Drawn here rather than by CSS, whose bytes every page loads.
      if (entry.context) {
        const context = textElement('search-result__context', entry.context);
        const separator = document.createElement('span');
        separator.setAttribute('aria-hidden', 'true');
        separator.textContent = '\u00a0›';
        context.append(separator, ' ');
        titleElement.prepend(context);
      }
      head.append(titleElement);
      // A tag is a word of the result's name ("… Task", "… Site tool"): a space keeps it a word of its own.
      const tag = tool ? p.messages.siteTool : entry.kind === 'task' ? p.messages.task : undefined;
      if (tag) head.append(' ', textElement(`search-result__kind${tool ? ' search-result__kind--tool' : ''}`, tag));
      link.append(
        head,
        tool ? textElement('search-result__about', tool) : partsElement('search-result__excerpt', entry.excerpt),
      );
    }
    p.list.append(group);
  }
}

/**
 * Shows the first batch of a query's results (`ranked`, of Pagefind's `results`), in place of what the list had;
 * `searched` is the words searched, the query typed or the nearest handbook words a misspelled one was searched as;
 * `some`: no result had every word, and these are the pages with any of them; `lacking`: the query's words no page
 * has, left out of `searched`.
 */
export function showResults(
  p: Panel,
  searched: string,
  ranked: RankedResults,
  results: PagefindResult[],
  narrowing: RankOptions,
  some: boolean,
  lacking: string[],
): void {
  clearList(p);
  p.clear.hidden = true;
  const loaded = Math.min(results.length, PAGES_PER_BATCH);
  addPages(p, searched, ranked.pages);
  const shown = {
    query: searched,
    results,
    narrowing,
    loaded,
    shownPages: ranked.pages.length,
    shownEntries: p.options.length,
    some,
    lacking,
  };
  p.shown = shown;
  showList(p);
  p.more.hidden = loaded >= results.length;
  p.status.textContent = resultsStatus(p.messages, p.query, shown);
  // The first result opens on Enter: show it as such (without scrolling the search page under the reader).
  if (p.options.length > 0) setActive(p, 0, false);
  // An Enter pressed before the search code came, for this very query: it opens the first result now.
  const entered = p.enterFor === p.query;
  p.enterFor = undefined;
  const [first] = p.options;
  if (entered && first) void openHere(p, first);
}

/** "Show more results": ranks the next batch of the results shown, and adds it to the list. */
export function listenToMore(p: Panel): void {
  p.more.addEventListener('click', async () => {
    const shown = p.shown;
    if (!shown) return;
    const batch = shown.results.slice(shown.loaded, shown.loaded + PAGES_PER_BATCH);
    const ranked = await rankBatch(shown.query, batch, shown.narrowing);
    if (p.shown !== shown) return;
    const firstNew = p.options.length;
    addPages(p, shown.query, ranked.pages);
    shown.loaded += batch.length;
    shown.shownPages += ranked.pages.length;
    shown.shownEntries = p.options.length;
    p.more.hidden = shown.loaded >= shown.results.length;
    p.status.textContent = resultsStatus(p.messages, p.query, shown);
    showList(p);
    // Back to the box, on the first new result, so the arrows carry on from there.
    p.input.focus();
    if (p.options[firstNew]) setActive(p, firstNew);
  });
}
