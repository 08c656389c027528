/*
 * The progress marks in the navigation (src/components/ProgressMarks.astro, which says what they are and
 * carries their two words): drawn when the page loads and again whenever the summary changes. Part of the
 * handbook pages' one script (src/scripts/handbook-shell.ts).
 */
import { openStorage, storageKeys } from '../browser/storage';
import { watchKey } from '../browser/storage-watch';
import { readSummary } from '../lib/summary-read';

const storage = openStorage();
const words = JSON.parse(document.querySelector('[data-progress-marks]')?.textContent ?? '[]') as string[];
const mark = (parent: Element | null, className: string, text: string, hidden: string) => {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  const sr = document.createElement('span');
  sr.className = 'sr-only';
  sr.textContent = ` ${hidden}`;
  span.append(sr);
  parent?.append(span);
};
const render = () => {
  for (const old of document.querySelectorAll('.nav-badge, .toc-done')) old.remove();
  const read = storage.read(storageKeys.summary);
  const summary = read.ok ? readSummary(read.value) : undefined;
  for (const p of Object.values(summary?.programs ?? {})) {
    if (p.done === 0) continue;
    const done = p.done >= p.total;
    const link = document.querySelector(`.sidebar a[href="${CSS.escape(p.href)}"]`);
    mark(
      link,
      `nav-badge${done ? ' nav-badge--done' : ''}`,
      done ? '✓' : `${Math.round((p.done / p.total) * 100)}%`,
      words[0] ?? '',
    );
    if (p.href !== location.pathname) continue;
    for (const anchor of p.finished)
      mark(document.querySelector(`.toc a[href="#${CSS.escape(anchor)}"]`), 'toc-done', '✓', words[1] ?? '');
  }
};
render();
// The planner stores rewrite the summary on every tick, here or in another tab: the marks follow.
watchKey(storage, storageKeys.summary, render);
