import type {
  DetailView,
  ItemShape,
  ItemView,
  ProgramShape,
  ProgramView,
  SectionView,
  ViewSegment,
} from '../lib/program-view';
import { detailsElementId, visibleText, wordsElementId } from './task-words';

/*
 * A program with its words, read back from the page for the Markdown export
 * (see browser/task-words.ts for how the words reach the page). Its own
 * module, loaded with the export code when the reader heads for the export
 * buttons: a page's first load does not carry it.
 */

const SEGMENT_KINDS: Readonly<Record<string, 'strong' | 'em' | 'code'>> = { STRONG: 'strong', EM: 'em', CODE: 'code' };

/** Inline text read back as the segments it was rendered from (islands/InlineText), nested lists left out. */
function renderedSegments(nodes: Iterable<Node>): ViewSegment[] {
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
