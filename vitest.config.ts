/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests import `astro/zod` and project modules as the build does.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Most modules are pure: node by default; files that need a DOM say `// @vitest-environment jsdom`.
    environment: 'node',
    // The pure modules and the stores are where the rules live: keep them tested.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/stores/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
  },
});
