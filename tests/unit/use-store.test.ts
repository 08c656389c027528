// @vitest-environment jsdom
import { atom } from 'nanostores';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../src/islands/use-store';

const microtasks = async () => {
  for (let turn = 0; turn < 3; turn++) await Promise.resolve();
};

describe('useStore', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

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
