import { execFileSync } from 'node:child_process';

let datesByFile: Map<string, Date> | undefined;
/** Whether git answered: without it every page lacks a date, said once, not per page. */
let gitRead = false;

/**
 * Says something about the dates in the build's log, on a line of its own: pages are rendered while Astro writes
 * their route's line ("├─ /path/index.html", then its time), so the warning would otherwise follow the path.
 */
function warn(text: string): void {
  console.warn(`\n[csm-handbook] ${text}`);
}

function git(args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Date of the last commit of every file under content/, from one `git log`
 * (one call per page would cost seconds on a large handbook).
 */
function commitDates(): Map<string, Date> {
  if (datesByFile) return datesByFile;
  datesByFile = new Map();
  try {
    const log = git([
      '-c',
      'core.quotepath=off',
      'log',
      '--format=%x00%cI',
      '--name-only',
      '--relative',
      '--',
      'content',
    ]);
    for (const commit of log.split('\0')) {
      const [date, ...files] = commit.trim().split('\n');
      const when = new Date(date ?? '');
      if (Number.isNaN(when.getTime())) continue;
      for (const file of files) {
        // The log runs newest first: the first date seen for a file is its last change.
        if (file && !datesByFile.has(file)) datesByFile.set(file, when);
      }
    }
    gitRead = true;
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      warn(
        'This is a shallow clone: "last updated" dates are those of the oldest commit fetched. Build from a full clone (GitLab CI: GIT_DEPTH: 0).',
      );
    }
  } catch {
    // No git, or not a repository (a source tarball): pages show no date, and the log says why.
    warn('git history is not available: pages show no "last updated" date. Build from a git clone with git installed.');
  }
  return datesByFile;
}

/** Date of the last commit that touched `filePath` (relative to the project), if it is committed. */
export function lastUpdated(filePath: string): Date | undefined {
  const file = filePath.replace(/^\.\//, '');
  const date = commitDates().get(file);
  // A page added and built before its first commit has no date: the README's "add a page" steps meet this, and
  // pages.spec.ts fails on the missing date, so the log says why.
  if (!date && gitRead) warn(`${file} has no commit yet: its page shows no "last updated" date until it is committed.`);
  return date;
}
