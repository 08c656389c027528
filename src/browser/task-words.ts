import type { ItemView } from '../lib/program-view';

/*
 * How a task's words reach the page, in one place (start here).
 *
 * The words (each task's text and details) are written into the page once,
 * as HTML, by the server. On the server the islands take them from the
 * program data, handed over here by Checklist.astro before the island
 * renders (provideTaskWords / serverTaskItem). In the browser everything that
 * needs them reads them back from the page through this module: the islands
 * when they hydrate (renderedNodes), the panel's "next task" and the progress
 * summary (renderedPlainText), and the Markdown export (pageProgramView, in
 * browser/page-program.ts, loaded with the export code only).
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

const pageNodes = new Map<string, DocumentFragment | null>();

/**
 * Browser side: a copy of the nodes the server rendered inside an element
 * (null when the page has no such element), taken once, before hydration
 * empties it. Nodes are copied as nodes: nothing is turned back into HTML
 * and parsed again, and a list that re-renders or re-mounts shows the same words.
 */
export function renderedNodes(elementId: string): DocumentFragment | null {
  let nodes = pageNodes.get(elementId);
  if (nodes === undefined) {
    const element = document.getElementById(elementId);
    nodes = element ? document.createDocumentFragment() : null;
    for (const child of element?.childNodes ?? []) nodes?.append(child.cloneNode(true));
    pageNodes.set(elementId, nodes);
  }
  return nodes;
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
