import type { ItemView } from '../lib/program-view';

/*
 * How a task's words reach the page, in one place (start here).
 *
 * The words (each task's text and details) are written into the page once,
 * as HTML, by the server. On the server the islands take them from the
 * program data, handed over here by Checklist.astro before the island
 * renders (provideTaskWords / serverTaskItem). In the browser everything that
 * needs them reads them back from the page through this module: the islands
 * when they hydrate (serverElement: they leave the server's nodes in place),
 * the panel's "next task" and the progress summary (renderedPlainText), and
 * the Markdown export (pageProgramView, in browser/page-program.ts, loaded
 * with the export code only).
 * So the islands' props carry ids and structure only, nothing is fetched,
 * and the words are never in the page twice.
 */

const serverItems = new Map<string, ItemView>();

/** Server side: the items a checklist island is about to render. */
export function provideTaskWords(items: Iterable<ItemView>): void {
  for (const item of items) serverItems.set(item.id, item);
}

/** Server side: the item with its words. */
export function serverTaskItem(id: string): ItemView {
  const item = serverItems.get(id);
  if (!item) throw new Error(`Task "${id}" has no words: render checklists through <Checklist>`);
  return item;
}

export const wordsElementId = (taskId: string) => `task-${taskId}-words`;
export const detailsElementId = (taskId: string) => `task-${taskId}-details`;

const serverElements = new Map<string, Element | null>();

/**
 * Browser side: the element the server rendered with this id (null when the page has none), remembered the
 * first time an island asks, as it hydrates. The island leaves that element and its nodes as they are; the
 * reference keeps them at hand for an island that mounts the words anew later, which copies them from it.
 */
export function serverElement(elementId: string): Element | null {
  let element = serverElements.get(elementId);
  if (element === undefined) {
    element = document.getElementById(elementId);
    serverElements.set(elementId, element);
  }
  return element;
}

/** Browser side: a task's words as the reader sees them, in plain text (null when not in the page). */
export function renderedPlainText(taskId: string): string | null {
  const element = document.getElementById(wordsElementId(taskId));
  return (element && visibleText(element).trim()) || null;
}

/** The reader's words of an element: its text without what is there for screen readers only. */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const forScreenReaders of copy.querySelectorAll('.sr-only')) forScreenReaders.remove();
  return copy.textContent ?? '';
}
