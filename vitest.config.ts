/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests import `astro/zod` and project modules as the build does.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Most modules are pure: node by default; files that need a DOM say `// @vitest-environment jsdom`.
    environment: 'node',
    // Each file gets fresh modules (Vitest's default, `isolate: true`), though turning that off would be faster: the
    // stores keep their state from one file to the next, so in some orders a file sees another's (what it would save
    // and the order that fails: docs/performance.md, "The unit tests' own time").
    // The pure modules and the stores are where the rules live: keep them tested.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/stores/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
  },
});
