import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The files in a folder and its subfolders whose path there matches `pattern`, as full paths, sorted. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => pattern.test(path))
    .sort()
    .map((path) => join(dir, path));
}
