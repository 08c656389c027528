import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const PROGRAMS_DIR = join(import.meta.dirname, '../../content/programs');
export const ID_MANIFEST = join(PROGRAMS_DIR, 'task-ids.json');

export interface RawProgram {
  id: string;
  data: unknown;
}

/** Every program file, parsed but not validated. */
export function readProgramFiles(): RawProgram[] {
  return readdirSync(PROGRAMS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parse(readFileSync(join(PROGRAMS_DIR, name), 'utf8')) }));
}

interface Manifest {
  tasks: string[];
  retired: Record<string, string>;
}

export function readIdManifest(): Manifest {
  return JSON.parse(readFileSync(ID_MANIFEST, 'utf8')) as Manifest;
}
