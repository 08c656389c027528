import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import renderer from '../../src/integrations/preact-server';

// Astro calls a renderer's check with the page's render result as `this`.
const check = (Component: unknown, metadata?: Record<string, unknown>) =>
  renderer.check.call({ result: {} } as never, Component, {}, {}, metadata as never);

const island = { displayName: 'Island', hydrate: 'load', componentUrl: '/site/src/islands/ladder/LadderTool.tsx' };

describe('the Preact server check', () => {
  it('claims an island from src/islands without rendering it', async () => {
    const rendersAndThrows = () => {
      throw new Error('rendered during the check');
    };
    await expect(check(rendersAndThrows, island)).resolves.toBe(true);
  });

  it('asks the way Preact asks for anything else: a Preact component outside the islands is claimed', async () => {
    const Badge = () => h('b', null, 'New');
    await expect(check(Badge, { displayName: 'Badge' })).resolves.toBe(true);
  });

  it('leaves a component that renders nothing for Preact (as a component written in MDX) to the next renderer', async () => {
    const FromMdx = () => null;
    await expect(check(FromMdx, { displayName: 'FromMdx' })).resolves.toBe(false);
    await expect(check(FromMdx, { ...island, componentUrl: '/site/src/content/page.mdx' })).resolves.toBe(false);
  });

  it('is not asked to claim what is not a function', async () => {
    await expect(check('div', island)).resolves.toBe(false);
  });

  it('refuses an island given a signal at build time, which the site’s client does not carry', async () => {
    const Counter = ({ start }: { start: number }) => h('b', null, start);
    // A signal as @astrojs/preact recognises one.
    const start = { value: 1, peek: () => 1 };
    const render = (metadata: Record<string, unknown>) =>
      renderer.renderToStaticMarkup.call({ result: {} } as never, Counter, { start }, {}, metadata as never);
    await expect(render(island)).rejects.toThrow(/Island: a signal in its props/);
    // Rendered without a client, its value is all it needs.
    await expect(render({ displayName: 'Counter' })).resolves.toMatchObject({ html: '<b>1</b>' });
  });
});
