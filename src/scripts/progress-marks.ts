/*
 * The progress marks in the navigation (src/components/ProgressMarks.astro, which says what they are and
 * writes the two marks this copies): drawn when the page loads and again whenever the summary changes. Part of the
 * handbook pages' one script (src/scripts/handbook-shell.ts).
 */
import { openStorage, storageKeys } from '../browser/storage';
import { watchKey } from '../browser/storage-watch';
import { readSummary } from '../lib/summary-read';

const storage = openStorage();
// The marks, written by the component with their words: a started program's badge (its share is put before its
// percent sign), a finished one's, and a finished section's check.
const [badge, doneBadge, check] =
  document.querySelector<HTMLTemplateElement>('template[data-progress-marks]')?.content.children ?? [];
const render = () => {
  for (const old of document.querySelectorAll('.nav-badge, .toc-done')) old.remove();
  const read = storage.read(storageKeys.summary);
  const summary = read.ok ? readSummary(read.value) : undefined;
  for (const p of Object.values(summary?.programs ?? {})) {
    if (p.done === 0 || !badge || !doneBadge || !check) continue;
    // Not finished while a task is not known here (saved by a newer version, or not read): it may be open.
    const done = p.done >= p.total && !p.unknown;
    const copy = (done ? doneBadge : badge).cloneNode(true) as Element;
    if (!done) copy.prepend(`${Math.round((p.done / p.total) * 100)}`);
    document.querySelector(`.sidebar a[href="${CSS.escape(p.href)}"]`)?.append(copy);
    if (p.href !== location.pathname) continue;
    for (const anchor of p.finished)
      document.querySelector(`.toc a[href="#${CSS.escape(anchor)}"]`)?.append(check.cloneNode(true));
  }
};
render();
// The planner stores rewrite the summary on every tick, here or in another tab: the marks follow.
watchKey(storage, storageKeys.summary, render);
