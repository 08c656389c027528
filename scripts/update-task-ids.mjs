#!/usr/bin/env node
/*
 * Adds the ids of new checklist tasks to content/programs/task-ids.json.
 * The manifest only grows: an id that leaves the content must be listed under
 * "retired" by hand, with the reason, or the unit tests fail. Readers'
 * progress is keyed by these ids, so this is what keeps it from being orphaned.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = join(import.meta.dirname, '../content/programs');
const manifestPath = join(dir, 'task-ids.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const ids = [];
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()) {
  const program = parse(readFileSync(join(dir, file), 'utf8'));
  for (const section of program.sections) {
    for (const task of section.tasks) {
      ids.push(task.id);
      for (const sub of task.subtasks ?? []) ids.push(sub.id);
    }
  }
}

const known = new Set(manifest.tasks);
const added = ids.filter((id) => !known.has(id));
manifest.tasks.push(...added);
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} id(s): ${added.join(', ')}` : 'No new ids.');
