// @vitest-environment jsdom
import { atom } from 'nanostores';
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useStarted } from '../../src/islands/use-started';
import { useStore } from '../../src/islands/use-store';

const microtasks = async () => {
  for (let turn = 0; turn < 3; turn++) await Promise.resolve();
};

/* The two hooks every island reads and starts its stores with. */
const root = document.createElement('div');
afterEach(() => render(null, root));

describe('useStore', () => {
  it('renders a change before the task ends (no timer), once for several changes', async () => {
    const $count = atom(0);
    let renders = 0;
    const Count = () => {
      renders++;
      return h('p', null, String(useStore($count)));
    };
    render(h(Count, null), root);
    expect(root.textContent).toBe('0');
    $count.set(1);
    $count.set(2);
    await microtasks();
    expect(root.textContent).toBe('2');
    expect(renders).toBe(2);
  });

  it('shows a change made between the first render and the subscription', async () => {
    const $word = atom('old');
    const Word = () => {
      const word = useStore($word);
      // As another island's start could, while this one renders for the first time.
      if ($word.get() === 'old') $word.set('new');
      return h('p', null, word);
    };
    render(h(Word, null), root);
    await microtasks();
    expect(root.textContent).toBe('new');
  });

  it('stops listening when the island goes', () => {
    const $count = atom(0);
    const Count = () => h('p', null, String(useStore($count)));
    render(h(Count, null), root);
    expect($count.lc).toBe(1);
    render(null, root);
    expect($count.lc).toBe(0);
  });
});

describe('useStarted', () => {
  it('renders as not started first, then started before the task ends (no timer, no paint between)', async () => {
    let starts = 0;
    const Island = () => h('p', null, useStarted(() => starts++) ? 'live' : 'waiting');
    render(h(Island, null), root);
    expect(root.textContent).toBe('waiting');
    expect(starts).toBe(1);
    await microtasks();
    expect(root.textContent).toBe('live');
  });

  it('starts once, however often the island renders', async () => {
    let starts = 0;
    let bump = () => {};
    const Island = () => {
      const [count, setCount] = useState(0);
      bump = () => setCount(count + 1);
      useStarted(() => starts++);
      return h('p', null, String(count));
    };
    render(h(Island, null), root);
    await microtasks();
    bump();
    await microtasks();
    expect(root.textContent).toBe('1');
    expect(starts).toBe(1);
  });
});
