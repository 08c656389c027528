/*
 * The site's base path and address, as the build was configured (`BASE_PATH`, `SITE_URL`: astro.config.mjs),
 * read here once for every page part, route and build module. Astro's env plugin runs esbuild over each server
 * module whose code names `import.meta.env` (to hand it the private variables), about 3 ms a module: 21 modules
 * reading the base themselves cost 50 to 90 ms of every build (docs/performance-log.md, December 7). So no other
 * module the server renders names it, except the islands and stores that the browser's bundle must see it in
 * (Vite writes it there as a constant the minifier folds): tests/unit/env-reads.test.ts.
 */

/** Where the site lives: `/`, or `/handbook/` under a base path; always with a slash at each end. */
export const base: string = import.meta.env.BASE_URL;

/** The site's absolute address when `SITE_URL` is set, for links that must carry it. */
export const site: string | undefined = import.meta.env.SITE;
