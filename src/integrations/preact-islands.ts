/*
 * Preact islands: @astrojs/preact's renderer, added without the Vite plugins its integration brings, with a
 * server check that does not render (preact-server.ts) and a client without the code for Preact signals
 * (preact-client.ts).
 *
 * Why not `preact()` from @astrojs/preact: it always hands @preact/preset-vite a `babel` option, so the
 * preset loads Babel and runs every .ts and .tsx file through it to compile JSX, which Vite's own transform
 * (Oxc) does as well; and loading the preset (Babel, Prefresh, its prerender plugin) costs about 0.37 s of
 * every build and unit run before any work starts (Node 24, measured on top of Astro, Vite and MDX). What
 * this leaves out: Prefresh, so in `npm run dev` an edited island reloads the page instead of keeping its
 * state. Preact's warnings (`preact/debug`) still come in dev: preact-client-dev.ts imports them.
 */
import { fileURLToPath } from 'node:url';
import { getRenderer } from '@astrojs/preact/container-renderer';
import type { AstroIntegration } from 'astro';

// The renderer's server entry reads its include/exclude filter from this module; none is set here.
const OPTIONS_MODULE = 'astro:preact:opts';
/** JSX's runtime in the build: Preact's createElement (jsx-runtime.ts). */
const JSX_RUNTIME = fileURLToPath(new URL('./jsx-runtime.ts', import.meta.url));
/** A hook filter matching one module id (which holds no character a pattern reads specially). */
const exactly = (id: string) => new RegExp(`^${id}$`);

export default function preactIslands(): AstroIntegration {
  return {
    name: 'csm-handbook:preact-islands',
    hooks: {
      'astro:config:setup': ({ addRenderer, updateConfig, command }) => {
        addRenderer({
          // @astrojs/preact's name (`client:only="preact"` names a renderer by it), and this site's two sides.
          name: getRenderer(false).name,
          // A path, not a URL: Astro lists only string entry points in the client build.
          clientEntrypoint: fileURLToPath(
            new URL(command === 'dev' ? './preact-client-dev.ts' : './preact-client.ts', import.meta.url),
          ),
          serverEntrypoint: new URL('./preact-server.ts', import.meta.url),
        });
        updateConfig({
          vite: {
            oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
            // The built islands' elements made by Preact's createElement: why, in jsx-runtime.ts.
            ...(command === 'build'
              ? { resolve: { alias: [{ find: /^preact\/jsx-runtime$/, replacement: JSX_RUNTIME }] } }
              : {}),
            optimizeDeps: { include: ['@astrojs/preact/server.js'] },
            plugins: [
              {
                // Filtered, so the bundler asks this plugin about its one module only: a hook without a filter is
                // called from Rust for every module of every build (about 1,050 loads a build).
                name: 'csm-handbook:preact-options',
                resolveId: { filter: { id: exactly(OPTIONS_MODULE) }, handler: () => `\0${OPTIONS_MODULE}` },
                load: { filter: { id: exactly(`\0${OPTIONS_MODULE}`) }, handler: () => 'export default {};' },
              },
              {
                // What dev pre-bundles for the browser, as @astrojs/preact sets it.
                name: 'csm-handbook:preact-client-deps',
                configEnvironment: (name) =>
                  name === 'client'
                    ? {
                        optimizeDeps: {
                          include: ['preact', 'preact/debug', 'preact/jsx-runtime', 'preact/hooks'],
                        },
                      }
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
