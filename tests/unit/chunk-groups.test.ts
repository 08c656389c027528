import { describe, expect, it } from 'vitest';
import { chunkGroupOf } from '../../src/build/chunk-groups';

const root = '/work/site';

describe('chunkGroupOf: which file of the browser bundle claims a module', () => {
  it('keeps what the plain pages run out of the planners’ file', () => {
    for (const path of [
      'src/browser/storage.ts',
      'src/browser/frame.ts',
      'src/lib/summary-read.ts',
      'src/i18n/fill.ts',
    ]) {
      expect(chunkGroupOf(`${root}/${path}`), path).toBe('site');
    }
  });

  it('puts Preact, the islands’ client, nanostores and the shared planner code in one file', () => {
    for (const path of [
      'node_modules/preact/dist/preact.module.js',
      'node_modules/preact/hooks/dist/hooks.module.js',
      'node_modules/preact/jsx-runtime/dist/jsxRuntime.module.js',
      'src/integrations/preact-client.ts',
      'node_modules/nanostores/atom/index.js',
      'src/stores/record-store.ts',
      'src/stores/storage-session.ts',
      'src/i18n/ui.ts',
      'src/islands/use-store.ts',
      'src/islands/StorageNotices.tsx',
      'src/islands/ProgressMeter.tsx',
    ]) {
      expect(chunkGroupOf(`${root}/${path}`), path).toBe('planner-core');
    }
  });

  it('leaves each island kind’s own code, and code loaded on demand, to the bundler', () => {
    for (const path of [
      'src/islands/ChecklistSection.tsx',
      'src/islands/plan/PlanBuilder.tsx',
      'src/islands/ladder/LadderTool.tsx',
      'src/islands/ConfirmDialog.tsx',
      'src/stores/planner.ts',
      'src/lib/export-markdown.ts',
      'src/scripts/search-ui.ts',
      'node_modules/ics/dist/index.js',
      // A module whose name only ends like a grouped one is not claimed.
      'src/islands/plan/use-store-extras.ts',
    ]) {
      expect(chunkGroupOf(`${root}/${path}`), path).toBeUndefined();
    }
  });

  it('keeps Valibot, which search loads too, and Vite’s preload helper in files of their own', () => {
    expect(chunkGroupOf(`${root}/node_modules/valibot/dist/index.mjs`)).toBe('valibot');
    expect(chunkGroupOf('\0vite/preload-helper.js')).toBe('preload-helper');
  });
});
