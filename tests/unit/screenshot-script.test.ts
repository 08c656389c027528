import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/screenshot.mjs', ...args], { cwd: root, timeout: 20_000 });

/*
 * `node scripts/screenshot.mjs --help`, as docs/ and the helpers' notes say to run it, opened "--help" as an
 * address and stopped with Chromium's "Cannot navigate to invalid URL" (a review of the production build): it prints how to
 * use it, as it does with no address at all, and opens no browser.
 */
describe('scripts/screenshot.mjs', () => {
  it('prints its usage for --help (and -h), and exits as asked', async () => {
    for (const flag of ['--help', '-h']) {
      const { stdout } = await run(flag);
      expect(stdout).toMatch(/^usage: node scripts\/screenshot\.mjs URL out\.png \[width\] \[light\|dark\]/);
      expect(stdout).toContain('FULL=1');
    }
  }, 30_000);

  it('prints its usage and fails when given no address, or words that are not one', async () => {
    await expect(run()).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^usage: node scripts\/screenshot\.mjs URL/),
    });
    await expect(run('my-progress', 'out.png')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Not an address: my-progress\n\nusage: node scripts\/screenshot\.mjs URL/),
    });
  }, 30_000);
});
