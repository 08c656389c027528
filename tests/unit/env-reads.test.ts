import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/source-files';

/*
 * Astro's env plugin runs esbuild over every server module whose code names `import.meta.env`, comments
 * included (its filter is a plain text match): about 3 ms a module on every build. The code only the server
 * runs reads the base path and address from one module, src/build/site-address.ts; the islands, stores and
 * dictionaries the browser also runs keep `import.meta.env`, which Vite writes into their bundle as constants
 * the minifier folds (`SSR`, `MODE`, the base), so they are not checked here.
 */

const ROOT = join(import.meta.dirname, '../..');
const SERVER_ONLY = ['components', 'layouts', 'pages', 'build', 'markdown', 'lib', 'schemas'];
const THE_ONE_READER = 'src/build/site-address.ts';

/** The module's code as the server compiles it: an Astro component's `<script>`s are the browser's, not its. */
function serverCode(file: string): string {
  const source = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? source.replace(/<script\b[\s\S]*?<\/script>/g, '') : source;
}

describe('the server reads the build’s environment in one module', () => {
  it('leaves a component’s browser script out of what it checks (the check itself)', () => {
    const page = join(ROOT, 'src/pages/search.astro');
    expect(readFileSync(page, 'utf8')).toContain('import.meta.env');
    expect(serverCode(page)).not.toContain('import.meta.env');
  });

  it('names `import.meta.env` in src/build/site-address.ts and in no other module only the server runs', () => {
    const readers = SERVER_ONLY.flatMap((folder) => filesUnder(join(ROOT, 'src', folder), /\.(ts|tsx|astro)$/))
      .filter((file) => serverCode(file).includes('import.meta.env'))
      .map((file) => relative(ROOT, file));
    expect(readers).toEqual([THE_ONE_READER]);
  });
});
