/*
 * What the pages change on purpose in their seed's text, page by page, each
 * with its reason. Everything else must match the seed (see
 * tests/e2e/seed-shape.spec.ts). Keep this list short and true: a fix that
 * is not here fails the test.
 */

/** A word-level fix applied to every seed line that contains it. */
interface Fix {
  find: string;
  replace: string;
  reason: string;
}

/** A line-level change: the seed line (exact) becomes these page lines (none: left out). */
interface LineChange {
  seed: string;
  page: string[];
  reason: string;
}

export interface SeedPage {
  name: string;
  path: string;
  file: string;
  correct: (lines: string[]) => string[];
}

function corrections(fixes: Fix[], changes: LineChange[]): (lines: string[]) => string[] {
  return (lines) => {
    const out: string[] = [];
    for (const line of lines) {
      const fixed = fixes.reduce((text, fix) => text.split(fix.find).join(fix.replace), line);
      const change = changes.find((c) => c.seed === fixed.trim());
      if (change) {
        const indent = /^ */.exec(fixed)?.[0] ?? '';
        out.push(...change.page.map((text) => indent + text));
      } else out.push(fixed);
    }
    return out;
  };
}

export const SEED_PAGES: SeedPage[] = [
  {
    name: 'aspiring-leaders',
    path: '/handbook/customer-success/csm/csm-aspiring-leaders/',
    file: 'csm-aspiring-leaders.md',
    correct: corrections([], []),
  },
  {
    name: 'onboarding',
    path: '/handbook/customer-success/csm/csm-onboarding/',
    file: 'csm-onboarding.md',
    correct: corrections([], []),
  },
  {
    name: 'internship',
    path: '/handbook/customer-success/csm/csm-internship/',
    file: 'csm-internship.txt',
    correct: corrections([], []),
  },
  {
    name: 'manager',
    path: '/handbook/customer-success/csm/csm-manager/',
    file: 'csm-manager.md',
    correct: corrections([], []),
  },
  {
    name: 'job-family',
    path: '/job-families/sales/customer-success-management/',
    file: 'customer-success-management.md',
    correct: corrections([], []),
  },
];
