import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseInline, plainText } from '../../src/lib/inline-markdown';

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

export interface ProgramTask {
  id: string;
  /** The task's words as the reader sees them (its checkbox's name). */
  plain: string;
  subtasks?: ProgramTask[];
}

/** A program's tasks in reading order, from its content file (what the page renders). */
export function programTasks(programId: string): ProgramTask[] {
  const file = readProgramFiles().find((program) => program.id === programId);
  if (!file) throw new Error(`no program ${programId}`);
  type Raw = { id: string; text: string; subtasks?: Raw[] };
  const toTask = (raw: Raw): ProgramTask => ({
    id: raw.id,
    plain: plainText(parseInline(raw.text)),
    ...(raw.subtasks ? { subtasks: raw.subtasks.map(toTask) } : {}),
  });
  return (file.data as { sections: { tasks: Raw[] }[] }).sections.flatMap((section) => section.tasks.map(toTask));
}
