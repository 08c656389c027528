import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkGroupOf, shortFileName, withShortFileNames } from '../../src/build/chunk-groups';
import { filesUnder } from '../support/source-files';

const root = '/work/site';

// Which file of the browser bundle claims each module by its own id (undefined: left to the bundler).
const CLAIMS: Record<string, string | undefined> = {
  // What the plain pages run stays out of the planners' file.
  'src/browser/storage.ts': 'site',
  'src/lib/summary-read.ts': 'site',
  'src/i18n/fill.ts': 'site',
  // Every page runs the shell: it and the shared code above are one file, named after the layout's script.
  'src/layouts/BaseLayout.astro?astro&type=script&index=0&lang.ts': 'site',
  'src/scripts/shell.ts': 'site',
  'src/scripts/search-open.ts': 'site',
  'src/lib/search-shortcut.ts': 'site',
  // The handbook layout's menu, contents and marks: its own file, which the home page does not load.
  'src/layouts/HandbookLayout.astro?astro&type=script&index=0&lang.ts': undefined,
  'src/scripts/progress-marks.ts': undefined,
  // Preact, the islands' client, nanostores and the shared planner code: one file.
  'node_modules/preact/dist/preact.module.js': 'planner-core',
  'node_modules/preact/hooks/dist/hooks.module.js': 'planner-core',
  'node_modules/preact/jsx-runtime/dist/jsxRuntime.module.js': 'planner-core',
  'src/integrations/preact-client.ts': 'planner-core',
  'node_modules/nanostores/atom/index.js': 'planner-core',
  'src/stores/record-store.ts': 'planner-core',
  // A module of the record store's folder: left to the bundler, the page's family of stores was a file of its own.
  'src/stores/record-store/store-group.ts': 'planner-core',
  'src/stores/storage-session.ts': 'planner-core',
  'src/stores/record-keys.ts': 'planner-core',
  // The reader's day, which the plan builder, My progress and the manager toolkit follow: a file of its own (254
  // bytes gzip) on each of those pages until December 7, late night.
  'src/stores/today.ts': 'planner-core',
  // The frame guard protects the islands, and runs with their client.
  'src/browser/frame.ts': 'planner-core',
  'src/i18n/ui.ts': 'planner-core',
  'src/islands/use-store.ts': 'planner-core',
  'src/islands/focus-after-render.ts': 'planner-core',
  'src/islands/StorageNotices.tsx': 'planner-core',
  'src/islands/ProgressMeter.tsx': 'planner-core',
  // Search loads Valibot too; Vite's preload helper must stay findable to be dropped.
  'node_modules/valibot/dist/index.mjs': 'valibot',
  // The checklists' data, which My progress reads too: a file of its own. The two checklist island kinds are one
  // entry (src/islands/checklists.ts), whose file the bundler gives what only they use.
  'src/stores/planner.ts': 'checklist-data',
  'src/stores/summary.ts': 'checklist-data',
  'src/browser/persistent-storage.ts': 'checklist-data',
  'src/lib/task-progress.ts': 'checklist-data',
  'src/lib/progress.ts': 'planner-core',
  'src/islands/use-planner-ready.ts': 'checklist-data',
  // The ladder's records, which the ladder, My progress and the backup code (on demand) load: one file, not two.
  'src/schemas/ladder-records.ts': 'ladder-records',
  'src/lib/ladder-records.ts': 'ladder-records',
  'src/stores/ladder-records.ts': 'ladder-records',
  'src/lib/ladder.ts': undefined,
  'src/islands/checklist/ChecklistSection.tsx': undefined,
  'src/islands/checklist/TaskItem.tsx': undefined,
  'src/islands/checklist/ProgramPanel.tsx': undefined,
  'src/browser/link-arrival.ts': undefined,
  'src/islands/InlineText.tsx': undefined,
  // Each other island kind's own code, and code loaded on demand, is the bundler's.
  'src/islands/plan/PlanBuilder.tsx': undefined,
  'src/islands/ladder/LadderTool.tsx': undefined,
  'src/islands/ConfirmDialog.tsx': undefined,
  'src/lib/export-markdown.ts': undefined,
  'src/scripts/search-ui.ts': undefined,
  'src/lib/ics-writer.ts': undefined,
  // A module whose name only ends like a grouped one is not claimed.
  'src/islands/plan/use-store-extras.ts': undefined,
};

describe('chunkGroupOf: which file of the browser bundle claims a module', () => {
  it.each(Object.entries(CLAIMS))('%s → %s', (path, group) => {
    expect(chunkGroupOf(`${root}/${path}`)).toBe(group);
  });

  it('keeps Vite’s preload helper in a file of its own', () => {
    expect(chunkGroupOf('\0vite/preload-helper.js')).toBe('preload-helper');
  });
});

describe('file names', () => {
  it('drop the tail Vite gives a component script, so the files that import it write a short name', () => {
    expect(shortFileName('_astro/BaseLayout.astro_astro_type_script_index_0_lang.Z-PN035A.js')).toBe(
      '_astro/BaseLayout.Z-PN035A.js',
    );
    expect(shortFileName('_astro/Search.astro_astro_type_script_index_1_lang.Ab12Cd34.js')).toBe(
      '_astro/Search-1.Ab12Cd34.js',
    );
    expect(shortFileName('_astro/preact-client.DH_Uqq7J.js')).toBe('_astro/preact-client.DH_Uqq7J.js');
  });

  it('pass Astro’s naming functions through it and leave the rest of the output as it was', () => {
    const output = withShortFileNames({
      codeSplitting: true,
      entryFileNames: (chunk: { name: string }) => `_astro/${chunk.name}.[hash].js`,
      chunkFileNames: '_astro/[name].[hash].js',
    });
    expect(output.entryFileNames({ name: 'BaseLayout.astro_astro_type_script_index_0_lang' })).toBe(
      '_astro/BaseLayout.[hash].js',
    );
    expect(output.chunkFileNames).toBe('_astro/[name].[hash].js');
    expect(output.codeSplitting).toBe(true);
  });
});

describe('the checklists’ entry', () => {
  // A page that imported a checklist island from its own module would make it a second entry, with a file of
  // its own again on every program page.
  it('is the one module the pages import the checklist islands from', () => {
    const importers = filesUnder(join(import.meta.dirname, '../../src'), /\.(astro|mdx|tsx?)$/).filter(
      (file) => !file.endsWith('/islands/checklists.ts'),
    );
    const direct = importers.filter((file) =>
      /from\s+'[./]*\/?islands\/(checklist\/)?(ChecklistSection|ProgramPanel)'/.test(readFileSync(file, 'utf8')),
    );
    expect(direct).toEqual([]);
    const through = importers.filter((file) => /from\s+'[./]*\/?islands\/checklists'/.test(readFileSync(file, 'utf8')));
    expect(through.map((file) => file.replace(/.*\/src\//, 'src/'))).toEqual([
      'src/components/content/Checklist.astro',
      'src/components/content/ProgramPanel.astro',
    ]);
  });
});
