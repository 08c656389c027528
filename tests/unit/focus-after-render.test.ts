// @vitest-environment jsdom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusAfterRender, useFocusAfterRender } from '../../src/islands/focus-after-render';

/*
 * Two islands that serve focus requests, as two manager tools do: each renders the controls it is given.
 * jsdom lays nothing out, so every element counts as shown unless it is inside `hidden`.
 */
const islands = [document.createElement('div'), document.createElement('div')] as const;
document.body.append(...islands);

type Control = { id: string; kind?: 'button' | 'group' | 'heading'; disabled?: boolean; hidden?: boolean };

const Island = ({ controls }: { controls: Control[] }) => {
  useFocusAfterRender();
  return h(
    'div',
    null,
    controls.map(({ id, kind = 'button', disabled, hidden }) =>
      kind === 'group'
        ? // Its heading takes the focus by script only: not the group's first control.
          h('div', { id, key: id, hidden }, h('h5', { tabIndex: -1 }, 'label'), h('input', { 'aria-label': id }))
        : kind === 'heading'
          ? // A heading to land on, as a review session's: focusable by script, not a Tab stop.
            h('h5', { id, key: id, hidden, tabIndex: -1 }, id)
          : h('button', { id, key: id, disabled, hidden }, id),
    ),
  );
};
const show = (island: 0 | 1, ...controls: Control[]) => render(h(Island, { controls }), islands[island]);
/** The focused control's id (an input's label), or undefined when the focus is on the page. */
const focused = () => {
  const element = document.activeElement;
  return element === document.body ? undefined : element?.id || element?.getAttribute('aria-label');
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.closest('[hidden]') ? [] : [new DOMRect()]) as unknown as DOMRectList;
  });
});

afterEach(() => {
  // A request a test left waiting expires, and the next render drops it.
  vi.advanceTimersByTime(5_000);
  show(0);
  show(1);
  (document.activeElement as HTMLElement | null)?.blur();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('focusAfterRender', () => {
  it('focuses the first id that can take the focus after the next render', () => {
    show(0, { id: 'up', disabled: true }, { id: 'down' });
    focusAfterRender(['gone', 'up', 'down']);
    expect(focused()).toBeUndefined();
    show(0, { id: 'up', disabled: true }, { id: 'down' });
    expect(focused()).toBe('down');
  });

  it('focuses an element’s first control when the element itself cannot take the focus', () => {
    focusAfterRender(['hidden-goal', 'goal']);
    show(0, { id: 'hidden-goal', kind: 'group', hidden: true }, { id: 'goal', kind: 'group' });
    expect(focused()).toBe('goal');
  });

  it('focuses an element asked for that takes the focus by script only (tabindex −1), as a heading to land on', () => {
    focusAfterRender(['hidden-session', 'session']);
    show(0, { id: 'hidden-session', kind: 'heading', hidden: true }, { id: 'session', kind: 'heading' });
    expect(focused()).toBe('session');
  });

  it('waits, through other islands’ renders, for the render that puts its target in place', () => {
    show(0, { id: 'tool-a' });
    focusAfterRender('new-row');
    show(0, { id: 'tool-a' });
    expect(focused()).toBeUndefined();
    show(1, { id: 'new-row' });
    expect(focused()).toBe('new-row');
  });

  it('waits for its condition though the target is already there', () => {
    show(0, { id: 'removed' }, { id: 'next' });
    focusAfterRender('next', () => !document.getElementById('removed'));
    show(1);
    expect(focused()).toBeUndefined();
    show(0, { id: 'next' });
    expect(focused()).toBe('next');
  });

  it('is served once: a later render leaves the focus where the reader put it', () => {
    focusAfterRender('first');
    show(0, { id: 'first' }, { id: 'second' });
    document.getElementById('second')?.focus();
    show(0, { id: 'first' }, { id: 'second' });
    expect(focused()).toBe('second');
  });

  it('gives way to a later request', () => {
    focusAfterRender('older');
    focusAfterRender('newer');
    show(0, { id: 'older' }, { id: 'newer' });
    expect(focused()).toBe('newer');
  });

  it('expires after 2 s, so a refused edit does not move the focus at a later keystroke', () => {
    focusAfterRender('late');
    vi.advanceTimersByTime(2_001);
    show(0, { id: 'late' });
    expect(focused()).toBeUndefined();
  });

  it('is still served just before it expires', () => {
    focusAfterRender('slow');
    vi.advanceTimersByTime(1_999);
    show(0, { id: 'slow' });
    expect(focused()).toBe('slow');
  });
});
