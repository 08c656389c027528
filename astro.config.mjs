// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { CLIENT_CHUNK_GROUPS, withShortFileNames } from './src/build/chunk-groups.ts';
import { cspSha256 } from './src/build/csp-hash.ts';
import { withoutEmptyCssMarks } from './src/build/empty-css.ts';
import { withoutIdleWrappers } from './src/build/idle-wrappers.ts';
import { readOwnPaths } from './src/build/own-paths.ts';
import { chunksWithSharedLoader, lazyChunksHaveNoCss, withLocalLoaders } from './src/build/preload-helper.ts';
import { CLIENT_MODULE_SIDE_EFFECTS } from './src/build/tree-shaking.ts';
import cspPerPage from './src/integrations/csp-per-page.ts';
import preactIslands from './src/integrations/preact-islands.ts';
import { normalizeBase } from './src/lib/base-path.ts';
import { THEME_BOOT_SCRIPT } from './src/lib/theme.ts';
import { handbookMarkdown } from './src/markdown/handbook-markdown.ts';

// Astro loads this file with Node when it can, and otherwise starts a Vite server to load it (about 0.4 s
// more per build). So the modules above, and all they import, name their files with the extension:
// tests/unit/config-loads.test.ts checks it.

/*
 * Deploy anywhere static: BASE_PATH puts the site under a sub-path (for
 * example GitLab Pages project sites), SITE_URL enables absolute URLs and
 * the sitemap. Both are optional.
 */
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || undefined;
// The sitemap's integration is loaded only when there is a site to map: it cost about 15 ms of CPU in every
// other build (the config's load, medians of 20 in turns; docs/performance-log.md).
const sitemap = site ? (await import('@astrojs/sitemap')).default : undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  output: 'static',
  markdown: {
    // Shiki's inline styles break the CSP; the handbook has no code blocks to highlight.
    // (Plain .md pages render through src/markdown/render-markdown.ts, with the same choice.)
    syntaxHighlight: false,
    // Headings, links and tables of every page, MDX included (MDX inherits this processor):
    // one plugin, src/markdown/handbook-markdown.ts. Own paths are read when the first page renders.
    processor: satteri({
      hastPlugins: [handbookMarkdown({ ownPaths: () => readOwnPaths('content/handbook'), base, site })],
    }),
  },
  // cspPerPage: each page's policy lists only its own inline code and comes first in <head>.
  // The design system page (/design/) is for people working on the site: not in the sitemap.
  integrations: [
    mdx(),
    preactIslands(),
    ...(sitemap ? [sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/design/') })] : []),
    cspPerPage(),
  ],
  build: { format: 'directory' },
  // Components' scoped <style> marks its elements with a class (`astro-<hash>`) instead of a
  // `data-astro-cid-<hash>` attribute: the same specificity, fewer bytes in every selector and tag
  // (the handbook pages' CSS is close to its 10 KB budget).
  scopedStyleStrategy: 'class',
  vite: {
    build: {
      // Astro builds for "esnext"; CSS is lowered for Vite's "baseline widely available" browsers instead, so
      // the colour tokens written once with light-dark() (src/styles/global.css) get Lightning CSS's fallback
      // (custom-property toggles) in browsers from before light-dark() (Chrome 123, Safari 17.5, Firefox 120).
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
      // `npm run bundle:report` builds with source maps (not referenced from the code, so the bytes
      // measured are the deployed ones) to say which sources fill each chunk: scripts/bundle-report.mjs.
      sourcemap: process.env.BUNDLE_REPORT === '1' ? 'hidden' : false,
    },
    plugins: [
      {
        // No preload lists for code loaded on demand: every lazy import would carry the names of all its
        // chunks (about 0.5 KB gzip on the plan builder) and pages the preload helper (0.9 KB), to save a
        // round trip on a click that fetches a few KB from the same host. Astro sets its own value, so this
        // is set on the client environment once configs are merged.
        name: 'csm-handbook:no-module-preload',
        configEnvironment(name, config) {
          if (name === 'client') config.build = { ...config.build, modulePreload: false };
        },
      },
      {
        // Fewer, larger files for the browser (each file compresses on its own): which modules share one, and
        // why, in src/build/chunk-groups.ts. Set on the client environment, as Astro sets its own output there.
        name: 'csm-handbook:chunk-groups',
        configEnvironment(name, config) {
          if (name !== 'client') return;
          const rolldownOptions = config.build?.rolldownOptions ?? {};
          const output = Array.isArray(rolldownOptions.output) ? undefined : rolldownOptions.output;
          config.build = {
            ...config.build,
            rolldownOptions: {
              ...rolldownOptions,
              // The checklists' data group takes only the modules it names (see chunk-groups.ts), which Rolldown
              // allows when an entry may export more than its own exports.
              preserveEntrySignatures: 'allow-extension',
              // An island module none of whose code a file uses is not imported by it (src/build/tree-shaking.ts).
              treeshake: {
                ...(typeof rolldownOptions.treeshake === 'object' ? rolldownOptions.treeshake : {}),
                moduleSideEffects: [...CLIENT_MODULE_SIDE_EFFECTS],
              },
              output: withShortFileNames({ ...output, codeSplitting: { groups: [...CLIENT_CHUNK_GROUPS] } }),
            },
          };
        },
      },
      {
        // Vite's preload helper rides on every page with a lazy import even with module preloading off; when
        // no lazy chunk has CSS it does nothing, and each chunk that imports it gets one line instead, and the
        // helper's chunk goes; each lazy import becomes one that a failure does not block for the page's life:
        // src/build/preload-helper.ts.
        name: 'csm-handbook:no-idle-preload-helper',
        generateBundle: {
          order: 'post',
          handler(_options, bundle) {
            if (this.environment?.name !== 'client') return;
            const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
            const helper = chunks.find((chunk) => chunk.name === 'preload-helper');
            if (!helper) return;
            const links = new Map(
              chunks.map((chunk) => [
                chunk.fileName,
                {
                  imports: chunk.imports,
                  dynamicImports: chunk.dynamicImports,
                  importedCss: chunk.viteMetadata?.importedCss.size ?? 0,
                },
              ]),
            );
            if (!lazyChunksHaveNoCss(links)) {
              this.info('a lazy chunk has CSS: Vite’s preload helper is kept as it is');
              return;
            }
            const loading = chunks.filter((chunk) => chunk.imports.includes(helper.fileName));
            // A shared loader reads addresses against its own chunk's folder: shared only when that is every chunk's.
            const oneFolder = new Set(loading.map((chunk) => chunk.fileName.replace(/[^/]*$/, ''))).size === 1;
            const shared = oneFolder
              ? chunksWithSharedLoader(links, new Set(loading.map((chunk) => chunk.fileName)))
              : new Set();
            const importers = loading.map((chunk) => ({
              chunk,
              code: withLocalLoaders(chunk.code, helper.fileName, shared.has(chunk.fileName)),
            }));
            const unreadable = importers.find(({ code }) => code === null);
            if (unreadable) {
              this.info(`${unreadable.chunk.fileName} imports Vite’s preload helper in an unknown form: it is kept`);
              return;
            }
            for (const { chunk, code } of importers) {
              // Each call of the local helper written out as what it runs (src/build/idle-wrappers.ts).
              chunk.code = [...(code ?? '').matchAll(/const ([\w$]+)=l=>l\(\);/g)].reduce(
                (written, [, local]) => withoutIdleWrappers(written, local ?? '', (text) => this.parse(text)),
                code ?? chunk.code,
              );
              chunk.imports = chunk.imports.filter((file) => file !== helper.fileName);
            }
            delete bundle[helper.fileName];
          },
        },
      },
      {
        // Vite's placeholder comment for each CSS import it took out of a chunk: src/build/empty-css.ts.
        name: 'csm-handbook:no-empty-css-marks',
        generateBundle: {
          order: 'post',
          handler(_options, bundle) {
            if (this.environment?.name !== 'client') return;
            for (const file of Object.values(bundle))
              if (file.type === 'chunk') file.code = withoutEmptyCssMarks(file.code);
          },
        },
      },
      {
        // Astro's MDX pages carry a "use astro:head-inject" directive that the bundler warns about in every
        // build; it is harmless and upstream's to fix (withastro/astro#18087). Every other log is shown.
        name: 'csm-handbook:quiet-head-inject-directive',
        onLog(_level, log) {
          return !(log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'));
        },
      },
    ],
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; the hash
      // allows the theme script inlined before first paint. Astro adds the
      // hashes of its own inline code; cspPerPage then keeps on each page only
      // those of the code that page has.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspSha256(THEME_BOOT_SCRIPT)] },
    },
  },
});
