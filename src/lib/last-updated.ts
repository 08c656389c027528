import { execFileSync } from 'node:child_process';

/**
 * Date of the last commit that touched `filePath`, from git history.
 * Undefined when the file is not committed yet or git is unavailable
 * (for example a source tarball): the page then simply shows no date.
 */
export function lastUpdated(filePath: string): Date | undefined {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', filePath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const date = new Date(iso);
    return iso && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    return undefined;
  }
}
