// @vitest-environment jsdom
import { h, hydrate, render } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import { pageProgramView } from '../../src/browser/page-program';
import {
  provideTaskWords,
  renderedPlainText,
  serverElement,
  serverTaskItem,
  wordsElementId,
} from '../../src/browser/task-words';
import { TaskDetails, TaskText } from '../../src/islands/TaskWords';
import { type ItemView, toProgramShape, toProgramView, toSectionShape } from '../../src/lib/program-view';
import { programSchema } from '../../src/schemas/program';
import { readProgramFiles } from '../support/programs';

const files = readProgramFiles();
const internship = files.find((file) => file.id === 'internship');
if (!internship) throw new Error('no internship program');
const view = toProgramView('internship', programSchema.parse(internship.data), new Set(), '/');

describe('checklist island shapes', () => {
  it('carry ids and structure, never a task’s words', () => {
    const words = view.sections.flatMap((section) =>
      section.tasks.flatMap((task) => [task.plain, ...(task.subtasks ?? []).map((sub) => sub.plain)]),
    );
    const shapes = JSON.stringify([toProgramShape(view), ...view.sections.map(toSectionShape)]);
    expect(words.length).toBeGreaterThan(50);
    expect(words.filter((text) => shapes.includes(text))).toEqual([]);
    expect(shapes).toContain('"id":"int-pre-find-mentor"');
  });
});

describe('task words', () => {
  it('are handed to the server render by id, and a missing one is a clear error', () => {
    const [task] = view.sections[0]?.tasks ?? [];
    if (!task) throw new Error('no task');
    provideTaskWords([task]);
    expect(serverTaskItem(task.id).plain).toBe(task.plain);
    expect(() => serverTaskItem('no-such-task')).toThrow(/no-such-task/);
  });

  it('are found in the page once, kept after their element leaves it, and named in plain text without screen-reader extras', () => {
    document.body.innerHTML = `<span id="${wordsElementId('t1')}">Read the <a href="https://example.com">guide<span class="sr-only"> (external link)</span></a></span>`;
    const element = serverElement(wordsElementId('t1'));
    expect(element?.querySelector('a')?.getAttribute('href')).toBe('https://example.com');
    expect(element?.textContent).toBe('Read the guide (external link)');
    expect(renderedPlainText('t1')).toBe('Read the guide');
    document.body.innerHTML = '';
    // Remembered: a list that mounts the task anew copies the same words.
    expect(serverElement(wordsElementId('t1'))).toBe(element);
    expect(element?.textContent).toBe('Read the guide (external link)');
    expect(serverElement(wordsElementId('t2'))).toBeNull();
    expect(renderedPlainText('t1')).toBeNull();
  });
});

describe('a task’s words as its island hydrates', () => {
  /** A task of the internship under another id, with one point under it. */
  const item = (id: string): ItemView => {
    const [task] = view.sections[0]?.tasks ?? [];
    if (!task) throw new Error('no task');
    return { ...task, id, details: [{ text: [{ kind: 'text', text: 'A point' }] }] };
  };
  const Words = ({ id }: { id: string }) => h('div', null, h(TaskText, { id }), h(TaskDetails, { id, numbered: true }));
  /** The server's markup of a task's words, in a container of its own in the page. */
  const serverMarkup = (task: ItemView): HTMLElement => {
    provideTaskWords([task]);
    vi.stubEnv('SSR', true);
    const container = document.createElement('div');
    container.innerHTML = renderToString(h(Words, { id: task.id }));
    vi.unstubAllEnvs();
    document.body.append(container);
    return container;
  };

  it('stay the server’s own nodes: hydrating removes, adds and changes none of them', async () => {
    const task = item('hydrate-1');
    const container = serverMarkup(task);
    const server = container.innerHTML;
    const words = [...(container.querySelector(`#${wordsElementId(task.id)}`)?.childNodes ?? [])];
    expect(words.length).toBeGreaterThan(0);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    hydrate(h(Words, { id: task.id }), container);
    await Promise.resolve();
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(
      changes.map((change) => `${change.type} in ${(change.target as Element).id || change.target.nodeName}`),
    ).toEqual([]);
    expect(container.innerHTML).toBe(server);
    expect([...(container.querySelector(`#${wordsElementId(task.id)}`)?.childNodes ?? [])]).toEqual(words);
    render(null, container);
    container.remove();
  });

  it('say where a task in another’s words is, to screen readers only, and read back without it', () => {
    const task = { ...item('placed-1'), place: '(Week 3)' };
    const container = serverMarkup(task);
    const words = container.querySelector(`#${wordsElementId(task.id)}`);
    expect(words?.textContent).toBe(`${task.plain} (Week 3)`);
    expect(words?.querySelector('.sr-only[data-pagefind-ignore]')?.textContent).toBe(' (Week 3)');
    expect(renderedPlainText(task.id)).toBe(task.plain);
    container.remove();
  });

  it('are copied from the server’s nodes when an island mounts anew after hydrating', () => {
    const task = item('remount-1');
    const container = serverMarkup(task);
    const server = container.innerHTML;
    hydrate(h(Words, { id: task.id }), container);
    // The list lets the task go (its element leaves the page), then shows it again: a new element.
    render(null, container);
    expect(container.innerHTML).toBe('');
    render(h(Words, { id: task.id }), container);
    expect(container.innerHTML).toBe(server);
    render(null, container);
    container.remove();
  });
});

describe('the export reads the words back from the page', () => {
  // Every program, rendered as the server renders its tasks, reads back as the very data it came from:
  // links (resolved, external marked), emphasis, code, numbered and nested points, sub-steps.
  for (const file of files) {
    it(`${file.id}: the page gives back the program's data`, () => {
      const program = toProgramView(file.id, programSchema.parse(file.data), new Set(['/handbook/x/']), '/handbook/');
      const items = program.sections.flatMap((section) =>
        section.tasks.flatMap((task) => [task, ...(task.subtasks ?? [])]),
      );
      provideTaskWords(items);
      const render = (item: ItemView, numbered: boolean): string =>
        renderToString(h(TaskText, { id: item.id })) +
        renderToString(h(TaskDetails, { id: item.id, numbered })) +
        (item.subtasks ?? []).map((sub) => render(sub, numbered)).join('');
      // The islands render the words on the server only (in the browser they keep the page's nodes).
      vi.stubEnv('SSR', true);
      document.body.innerHTML = program.sections
        .flatMap((section) => section.tasks.map((task) => render(task, Boolean(section.numbering))))
        .join('');
      vi.unstubAllEnvs();
      expect(document.querySelectorAll('[id$="-words"]')).toHaveLength(items.length);
      expect(pageProgramView(toProgramShape(program))).toEqual(program);
    });
  }

  it('is undefined when a task is not in the page, rather than an export with a hole', () => {
    document.body.innerHTML = '';
    expect(pageProgramView(toProgramShape(view))).toBeUndefined();
  });
});
