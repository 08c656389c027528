/*
 * @astrojs/preact's server renderer with a check that does not render. Astro asks each renderer's `check`
 * whether a component is its own, and Preact's answers by rendering the component to a string, which Astro
 * throws away before rendering it again: every island was rendered twice in the build (75–87 ms of it in a
 * profile of the five pages' build, most of it the career ladder's tool). Preact is this site's only
 * framework, and MDX's own renderer (`astro:jsx`, added first) claims MDX's components before this one is
 * asked, so any other function component is a Preact island.
 */
import preactServer from '@astrojs/preact/server.js';

export default {
  ...preactServer,
  check: (Component: unknown) => typeof Component === 'function',
};
