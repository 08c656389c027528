import type {
  DetailView,
  ItemShape,
  ItemView,
  ProgramShape,
  ProgramView,
  SectionView,
  ViewSegment,
} from '../lib/program-view';

/*
 * How a task's words reach the page, in one place (start here).
 *
 * The words (each task's text and details) are written into the page once,
 * as HTML, by the server. On the server the islands take them from the
 * program data, handed over here by Checklist.astro before the island
 * renders (provideTaskWords / serverTaskItem). In the browser everything that
 * needs them reads them back from the page through this module: the islands
 * when they hydrate (renderedNodes), the panel's "next task" and the progress
 * summary (renderedPlainText), and the Markdown export (pageProgramView).
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
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const forScreenReaders of copy.querySelectorAll('.sr-only')) forScreenReaders.remove();
  return copy.textContent ?? '';
}

const SEGMENT_KINDS: Readonly<Record<string, 'strong' | 'em' | 'code'>> = { STRONG: 'strong', EM: 'em', CODE: 'code' };

/** Inline text read back as the segments it was rendered from (islands/InlineText), nested lists left out. */
export function renderedSegments(nodes: Iterable<Node>): ViewSegment[] {
  const segments: ViewSegment[] = [];
  for (const node of nodes) {
    if (node.nodeType === 3) {
      const last = segments[segments.length - 1];
      const text = node.textContent ?? '';
      if (last?.kind === 'text') last.text += text;
      else if (text) segments.push({ kind: 'text', text });
    } else if (node instanceof Element && node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      segments.push({ kind: 'link', text: visibleText(node), href, external: node.classList.contains('external') });
    } else if (node instanceof Element && SEGMENT_KINDS[node.tagName]) {
      segments.push({ kind: SEGMENT_KINDS[node.tagName] as 'strong', text: node.textContent ?? '' });
    }
  }
  return segments;
}

/** A task's points read back from its rendered list (islands/TaskWords: TaskDetails). */
function renderedDetails(list: Element | null): DetailView[] | undefined {
  if (!list) return undefined;
  return [...list.children].map((point) => {
    const inner = point.querySelector(':scope > ul, :scope > ol');
    const text = renderedSegments([...point.childNodes].filter((node) => node !== inner));
    return inner ? { text, details: [...inner.children].map((sub) => renderedSegments(sub.childNodes)) } : { text };
  });
}

function renderedItem(shape: ItemShape): ItemView | undefined {
  const words = document.getElementById(wordsElementId(shape.id));
  if (!words) return undefined;
  const details = renderedDetails(document.getElementById(detailsElementId(shape.id)));
  const subtasks = shape.subtasks?.map(renderedItem);
  if (subtasks?.some((sub) => !sub)) return undefined;
  return {
    id: shape.id,
    text: renderedSegments(words.childNodes),
    plain: visibleText(words).trim(),
    ...(shape.role ? { role: shape.role } : {}),
    ...(details ? { details } : {}),
    ...(subtasks ? { subtasks: subtasks as ItemView[] } : {}),
  };
}

/**
 * Browser side: the whole program with its words, read from the page (for the
 * exports); undefined when a task's words are not in the page.
 */
export function pageProgramView(program: ProgramShape): ProgramView | undefined {
  const sections: SectionView[] = [];
  for (const { tasks, ...section } of program.sections) {
    const items = tasks.map(renderedItem);
    if (items.some((item) => !item)) return undefined;
    sections.push({ ...section, tasks: items as ItemView[] });
  }
  return { ...program, sections };
}
