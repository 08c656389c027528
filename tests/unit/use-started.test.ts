// @vitest-environment jsdom
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useStarted } from '../../src/islands/use-started';

const microtasks = async () => {
  for (let turn = 0; turn < 3; turn++) await Promise.resolve();
};

describe('useStarted', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

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
