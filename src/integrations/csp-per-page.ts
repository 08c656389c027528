/*
 * Gives every built page its own CSP, first in <head> (see
 * src/build/csp-per-page.ts for why Astro's own is not enough). It runs on the
 * written files once the build is done: the hashes must be of the inline code
 * exactly as it ends up in each page.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPagePolicy } from '../build/csp-per-page.ts';

export default function cspPerPage(): AstroIntegration {
  return {
    name: 'csm-handbook:csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((file) =>
          file.endsWith('.html'),
        );
        let rewritten = 0;
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const next = withPagePolicy(html);
          if (next === html) continue;
          await writeFile(file, next);
          rewritten += 1;
        }
        logger.info(`${rewritten} of ${pages.length} pages given their own CSP, first in <head>`);
      },
    },
  };
}
