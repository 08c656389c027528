/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests import `astro/zod` and project modules as the build does.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Most modules are pure: node by default; files that need a DOM say `// @vitest-environment jsdom`.
    environment: 'node',
    // Each file gets fresh modules (Vitest's default, `isolate: true`), though Vitest's summary says turning that
    // off would save about 18 s: the stores keep their state from one file to the next, so in some orders a file
    // sees another's (tried December 3: `--no-isolate --sequence.shuffle.files --sequence.shuffle.tests
    // --sequence.seed=5` fails manager-store.test.ts, which passes in that order with isolation).
    // The pure modules and the stores are where the rules live: keep them tested.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/stores/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
  },
});
