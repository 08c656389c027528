import type { ItemView } from '../lib/program-view';

/*
 * A checklist's words (each task's text and details) are in the page once.
 * On the server the islands take them from the program data, handed over
 * here by Checklist.astro before the island renders; in the browser they take
 * them from the page they hydrate. So the islands' props carry ids only, and
 * the words are not written into the page a second time as props.
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
  if (!element) return null;
  const copy = element.cloneNode(true) as HTMLElement;
  for (const forScreenReaders of copy.querySelectorAll('.sr-only')) forScreenReaders.remove();
  return copy.textContent?.trim() || null;
}
