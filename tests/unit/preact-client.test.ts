// @vitest-environment jsdom
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import client from '../../src/integrations/preact-client';

function Counter({ start }: { start: number }) {
  const [count, setCount] = useState(start);
  return h('button', { type: 'button', onClick: () => setCount(count + 1) }, `Clicked ${count}`);
}

/** An island as Astro writes it: the server's HTML inside an element marked `ssr`. */
function island(html: string): HTMLElement {
  const element = document.createElement('astro-island');
  element.setAttribute('ssr', '');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe('the islands’ Preact client', () => {
  it('hydrates the server’s HTML in place: the same button, now live', async () => {
    const element = island(renderToString(h(Counter, { start: 2 })));
    const button = element.querySelector('button');
    await client(element)(Counter as never, { start: 2 }, {}, { client: 'load' });
    expect(element.querySelector('button')).toBe(button);
    button?.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(button?.textContent).toBe('Clicked 3');
  });

  it('leaves an island Astro already hydrated as it is', async () => {
    const element = island('<p>kept</p>');
    element.removeAttribute('ssr');
    await client(element)(Counter as never, { start: 0 }, {}, { client: 'load' });
    expect(element.innerHTML).toBe('<p>kept</p>');
  });

  it('keeps the server’s HTML of the slots, the default one as children and a named one as a prop', async () => {
    const Aside = ({ children, promotion }: { children?: unknown; promotion?: unknown }) =>
      h('div', null, children as never, promotion as never);
    const element = island(
      '<div><astro-slot><b>Before</b></astro-slot><astro-slot name="promotion"><i>Promotion</i></astro-slot></div>',
    );
    const before = element.querySelector('b');
    await client(element)(
      Aside as never,
      {},
      { default: '<b>Before</b>', promotion: '<i>Promotion</i>' },
      {
        client: 'load',
      },
    );
    expect(element.innerHTML).toBe(
      '<div><astro-slot><b>Before</b></astro-slot><astro-slot name="promotion"><i>Promotion</i></astro-slot></div>',
    );
    expect(element.querySelector('b')).toBe(before);
  });
});
