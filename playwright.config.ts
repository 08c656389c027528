import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/*
 * Browser tests run against the production build (CSP, hydration and search
 * only exist there): `dist/` at the root and `dist-base/` built under a base
 * path, both served by scripts/serve.mjs like a static host.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// E2E_PORT (and the port after it) lets two checkouts on one machine test side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const BASE_PORT = PORT + 1;
export const BASE_PATH_UNDER_TEST = '/handbook/';

const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Search loads Pagefind's WebAssembly on first use: allow for a busy machine.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir dist-base --port ${BASE_PORT} --base ${BASE_PATH_UNDER_TEST}`,
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH_UNDER_TEST}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
