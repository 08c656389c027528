import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/*
 * Astro imports astro.config.mjs with Node first and, when that fails, starts a Vite server just to load it:
 * about 0.4 s more on every build (and `astro check`, and this test run). Node runs the .ts modules the
 * config imports as they are, so they, and everything they import, must name their files with the extension
 * (`./csp-hash.ts`, not `./csp-hash`). One extensionless import anywhere in that graph fails this test.
 */
it('astro.config.mjs loads in Node as it is, without Vite', async () => {
  const load = promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', "const c = await import('./astro.config.mjs'); console.log(typeof c.default);"],
    { cwd: root },
  );
  await expect(load).resolves.toMatchObject({ stdout: 'object\n' });
}, 30_000);
