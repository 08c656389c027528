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

const typo = (find: string, replace: string): Fix => ({ find, replace, reason: 'typo' });
const boldToHeading = (text: string): LineChange => ({
  seed: text,
  page: [`### ${text}`],
  reason: 'a bold line standing for a heading becomes a real heading (outline, contents, links to it)',
});

export const SEED_PAGES: SeedPage[] = [
  {
    name: 'aspiring-leaders',
    path: '/handbook/customer-success/csm/csm-aspiring-leaders/',
    file: 'csm-aspiring-leaders.md',
    correct: corrections(
      [
        { find: 'wait for a queue', replace: 'wait for a cue', reason: 'typo (a cue, not a queue)' },
        typo('training on an topic', 'training on a topic'),
        typo("you're encouraged actively participate", "you're encouraged to actively participate"),
      ],
      [],
    ),
  },
  {
    name: 'onboarding',
    path: '/handbook/customer-success/csm/csm-onboarding/',
    file: 'csm-onboarding.md',
    correct: corrections(
      [
        typo('Gitlab Certified', 'GitLab Certified'),
        typo('channels such #questions', 'channels such as #questions'),
        typo('Dedicated::', 'Dedicated:'),
        typo('Playgound', 'Playground'),
        typo('enviroment', 'environment'),
      ],
      [
        ...[
          'Module 1: CSM Basics and Call Shadowing',
          'Module 1.5: Demo Environment',
          'Module 2: CSM at GitLab',
          'Module 3: Technical Deep Dive',
          'Module 4: CSM Deep Dive',
          'Module 5: Tools and Best Practices',
          'Module 6: EBR and Customer Conversations',
          'Module 7: CSM Onboarding Conclusion',
        ].map(boldToHeading),
        {
          seed: '![CSM Onboarding Journey Roadmap](/handbook/customer-success/csm/csm-onboarding/CSM Onboarding Journey Roadmap.png)',
          page: [],
          reason: 'the roadmap image is not in the seeds: no broken image; a site aside says where to see it',
        },
      ],
    ),
  },
  {
    name: 'internship',
    path: '/handbook/customer-success/csm/csm-internship/',
    file: 'csm-internship.txt',
    correct: corrections(
      [
        typo('compeititive', 'competitive'),
        typo('they will to get to know', 'they will get to know'),
        typo('reseach', 'research'),
      ],
      [
        {
          seed: 'This page describes best practices for an internship for learning with the CSM team.',
          page: [],
          reason: "the page's description, shown under the title",
        },
        {
          seed: '1. Begin working on the GitLab CI Fundamentals Learning Path (modules 1-3)',
          page: ['2. Begin working on the GitLab CI Fundamentals Learning Path (modules 1-3)'],
          reason:
            'week 4: the seed indents "Read through the Product Categories" one level too deep, so its siblings restart at 1; on the page the three are 1 to 3',
        },
        {
          seed: '2. Based on what you read about the categories, be prepared to discuss with your mentor:',
          page: ['3. Based on what you read about the categories, be prepared to discuss with your mentor:'],
          reason: 'week 4: as above',
        },
      ],
    ),
  },
  {
    name: 'manager',
    path: '/handbook/customer-success/csm/csm-manager/',
    file: 'csm-manager.md',
    correct: corrections(
      [
        typo('reveiwed', 'reviewed'),
        typo('critera', 'criteria'),
        typo('infrastrucure', 'infrastructure'),
        typo('one-one-ones', 'one-on-ones'),
      ],
      [
        ...['## On this page', '{:.no_toc .hidden-md .hidden-lg}', '- TOC {:toc .hidden-md .hidden-lg}'].map(
          (seed): LineChange => ({
            seed,
            page: [],
            reason: "the old handbook's table-of-contents markup: the layout has its own contents",
          }),
        ),
        {
          seed: '## Renewal Resources',
          page: ['#### Renewal Resources'],
          reason: 'a stray level-2 heading inside the renewal section; it belongs under it, beside its siblings',
        },
      ],
    ),
  },
  // The Senior Director's grade sentence names the Director ("The Director of Customer Success is a job grade level
  // 11."): not a typo but the seed contradicting itself, so the page keeps it as written and a site note right after
  // it says so (the job family route, src/pages/job-families/sales/customer-success-management/index.astro).
  {
    name: 'job-family',
    path: '/job-families/sales/customer-success-management/',
    file: 'customer-success-management.md',
    correct: corrections(
      [
        { find: 'companyâ€™s', replace: "company's", reason: 'broken characters' },
        typo('turning the customers desired', "turning the customers' desired"),
        typo('Detailed oriented', 'Detail-oriented'),
        typo('and delivery to or exceed', 'and deliver to or exceed'),
        typo("colleague CSM's", 'colleague CSMs'),
        typo('GitLabs more strategic', "GitLab's more strategic"),
        typo('(e,g.,', '(e.g.,'),
        typo('(eg.', '(e.g.,'),
        typo('with customers accounts as well internally', "with customers' accounts as well as internally"),
      ],
      [
        {
          seed: '- 5m ARR book of business maintained',
          page: ['- >5m ARR book of business maintained'],
          reason: 'the seed\'s ">5m" reads as a Markdown quote marker; the page keeps it as text ("more than 5m")',
        },
        {
          seed: '#### Director of Customer Success',
          page: ['#### Director of Customer Success Requirements'],
          reason: 'the Director requirements heading repeats the section title in the seed; named like its siblings',
        },
      ],
    ),
  },
];
