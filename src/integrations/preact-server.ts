/*
 * @astrojs/preact's server renderer, with a check that does not render an island. Astro asks each
 * renderer's `check` whether a component is its own, and Preact's answers by rendering the component to a
 * string, which Astro throws away before rendering it again: every island was rendered twice in the build
 * (75–87 ms of the five pages' build in profiles, most of it the career ladder's tool).
 *
 * A component with a client: directive from src/islands/ is Preact's: that folder holds the Preact islands
 * (the README's layout table, and docs/code-map.md). Anything else is asked the way Preact asks, because Preact is asked before
 * MDX's own renderer (Astro adds that one last): a function component written inside an .mdx file is MDX's,
 * and only rendering it tells. In the five pages' build every island takes the short way; the content
 * components that MDX maps (Heading) are asked Preact's way, as before.
 *
 * An island given a Preact signal as a prop fails the build: @astrojs/preact's client revives signals with a lazy
 * chunk of @preact/signals, which the site's client (preact-client.ts) leaves out, so it would hydrate without
 * them. Refused here, where the author sees it, rather than in a reader's browser.
 */
import preactServer from '@astrojs/preact/server.js';
import type { AstroComponentMetadata, NamedSSRLoadedRendererValue } from 'astro';

const ISLANDS_FOLDER = /\/src\/islands\//;

const renderer: NamedSSRLoadedRendererValue = {
  ...preactServer,
  check(Component, props, children, metadata?: AstroComponentMetadata) {
    const island = metadata?.hydrate !== undefined && ISLANDS_FOLDER.test(metadata.componentUrl ?? '');
    if (typeof Component === 'function' && island) return Promise.resolve(true);
    return preactServer.check.call(this, Component, props, children, metadata);
  },
  async renderToStaticMarkup(Component, props, slots, metadata?: AstroComponentMetadata) {
    const rendered = await preactServer.renderToStaticMarkup.call(this, Component, props, slots, metadata);
    if (metadata?.hydrate !== undefined && rendered.attrs?.['data-preact-signals'] !== undefined) {
      throw new Error(
        `${metadata.displayName}: a signal in its props, which this site's Preact client does not carry (src/integrations/preact-server.ts): pass plain data`,
      );
    }
    return rendered;
  },
};

export default renderer;
