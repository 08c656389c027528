import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Slugger from 'github-slugger';
import { mdxToJs } from 'satteri';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ideasInPlan } from '../../src/lib/plan-ideas';
import { readPlan } from '../../src/lib/plan-records';
import { encodePlan, MAX_REVIEW_LINK_CHARS } from '../../src/lib/plan-share';
import { planFromTemplate, templateHasDays, templateOfLink, toTemplateView } from '../../src/lib/plan-templates';
import { handbookMarkdown } from '../../src/markdown/handbook-markdown';
import { planSchema } from '../../src/schemas/plan';
import { planSuggestionSchema } from '../../src/schemas/plan-suggestion';
import { planTemplateSchema } from '../../src/schemas/plan-template';
import { readHandbookFiles } from '../support/content';
import { SEEDS_DIR } from '../support/seed-outline';
import { filesUnder } from '../support/source-files';

const CONTENT = join(import.meta.dirname, '../../content');
const templates = (parse(readFileSync(join(CONTENT, 'plan-templates.yaml'), 'utf8')) as unknown[]).map((entry) =>
  planTemplateSchema.parse(entry),
);
const suggestions = (parse(readFileSync(join(CONTENT, 'plan-suggestions.yaml'), 'utf8')) as unknown[]).map((entry) =>
  planSuggestionSchema.parse(entry),
);

/**
 * A page's sections by the id the site gives each heading (github-slugger on the heading's words): the heading's
 * words, and the section's text up to the next heading of its level or above.
 */
function sectionsOf(markdown: string): Map<string, { words: string; text: string[] }> {
  const slugger = new Slugger();
  const sections = new Map<string, { words: string; text: string[] }>();
  const open: { level: number; text: string[] }[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^(#{2,6})\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 2;
      while ((open.at(-1)?.level ?? 0) >= level) open.pop();
      const words = (heading[2] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
      const section = { words, text: [] };
      sections.set(slugger.slug(words), section);
      open.push({ level, text: section.text });
    } else for (const { text } of open) text.push(line);
  }
  return sections;
}

const handbookFiles = readHandbookFiles();
const pathOf = (frontmatter: unknown) => (frontmatter as { path: string }).path;

/**
 * The ids the site's own Markdown plugin (src/markdown/handbook-markdown.ts, the one every page goes through) gives a
 * page's headings, read by a plugin that runs after it: the ids a source link lands on, not a copy of their making.
 */
async function headingIdsOf(body: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const after = () => ({
    name: 'heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit: (node: { properties?: { id?: unknown } }) => void ids.add(String(node.properties?.id)),
    },
  });
  // MDX parses plain Markdown too, so `.md` and `.mdx` pages are read alike.
  await mdxToJs(body, { hastPlugins: [handbookMarkdown({ ownPaths: () => new Set(), base: '/' }), after] });
  return ids;
}
/** Every handbook page's heading ids, as the site gives them, by the page's path. */
const headingIds = new Map(
  await Promise.all(
    handbookFiles.map(async ({ frontmatter, body }) => [pathOf(frontmatter), await headingIdsOf(body)] as const),
  ),
);
/** The seed fixture a page's items are held to: tests/fixtures/seeds/, named as the page's file, in Markdown. */
const seedFile = (file: string) => join(SEEDS_DIR, file.replace(/\.mdx?$/, '.md'));
/** Each page's file, by its path: what a message names. */
const fileOf = new Map(handbookFiles.map(({ file, frontmatter }) => [pathOf(frontmatter), file]));
/**
 * The sections of each page that has a seed fixture, whose words are the rules (the site's pages put some of them in
 * checklists, out of their Markdown). A page with none is not here: the internship's seed is plain text, without
 * Markdown headings, and a page added after the five has no seed at all (README, "Adding or editing a handbook page").
 */
const seedSections = new Map(
  handbookFiles.flatMap(({ file, frontmatter }) => {
    const seed = seedFile(file);
    return existsSync(seed) ? [[pathOf(frontmatter), sectionsOf(readFileSync(seed, 'utf8'))] as const] : [];
  }),
);

function sourcesOf(template: (typeof templates)[number]) {
  return template.phases.flatMap((phase) => [
    ...phase.goals.flatMap((goal) => [goal.source, ...goal.actions.map((action) => action.source)]),
    ...phase.people.map((person) => person.source),
  ]);
}

/** Every template item and idea: the words it shows, with the section it cites. */
function wordedItems() {
  return [
    ...templates.flatMap((template) =>
      template.phases.flatMap((phase) => [
        ...phase.goals.flatMap((goal) => [
          { words: [goal.text, goal.measure], source: goal.source },
          ...goal.actions.map((action) => ({ words: [action.text], source: action.source })),
        ]),
        ...phase.people.map((person) => ({ words: [person.name, person.why], source: person.source })),
      ]),
    ),
    ...suggestions.map((idea) => ({ words: [idea.text, idea.measure ?? '', idea.why ?? ''], source: idea.source })),
  ];
}

describe('plan templates', () => {
  it('has Blank and the three templates of the issue', () => {
    expect(templates.map((template) => template.id)).toEqual([
      'tpl-blank',
      'tpl-new-manager',
      'tpl-interview-mock',
      'tpl-new-csm',
    ]);
  });

  it.each(templates.map((template) => [template.id, template] as const))(
    '%s makes a plan that the stored plan schema accepts',
    (_id, template) => {
      const plan = planFromTemplate(toTemplateView(template), 'from-template', 1_700_000_000_000);
      expect(v.safeParse(planSchema, plan).success).toBe(true);
      const read = readPlan(JSON.stringify(plan));
      expect(read.kind === 'ok' && read.value).toEqual(plan);
      if (template.id === 'tpl-blank') return;
      // Every item carries its source.
      const items = plan.phases.flatMap((phase) => [
        ...phase.goals.flatMap((goal) => [goal, ...goal.actions]),
        ...phase.people,
      ]);
      expect(items.length).toBeGreaterThan(8);
      expect(items.filter((item) => !item.source)).toEqual([]);
      expect(ideasInPlan(plan).size).toBeGreaterThan(4);
    },
  );

  // The site's own suggestion keeps saying so in the plan (stored as `site: true` in its source), and a template with
  // days is said to have the site's days when its plan is created.
  it('keeps the site’s own suggestions marked in the plan, and knows which templates give days', () => {
    const mock = templates.find((template) => template.id === 'tpl-interview-mock');
    const plan = mock && planFromTemplate(toTemplateView(mock), 'mock', 1);
    const peers = plan?.phases[0].people.find((person) => person.source?.id === 'tpl-mock-peer-managers');
    expect(peers?.source).toEqual({
      id: 'tpl-mock-peer-managers',
      href: '/handbook/customer-success/csm/csm-manager/#csm-leadership',
      label: 'CSM Leadership',
      site: true,
    });
    const others = plan?.phases.flatMap((phase) => [...phase.goals, ...phase.people]) ?? [];
    expect(others.filter((item) => item.source?.site).length).toBe(1);
    expect(templates.map((template) => templateHasDays(toTemplateView(template)))).toEqual([false, true, true, true]);
  });

  it('finds the template a link names (`?template=interview-mock`), and none for a name no template has', () => {
    expect(templateOfLink(templates, 'interview-mock')?.id).toBe('tpl-interview-mock');
    expect(templateOfLink(templates, 'new-manager')?.name).toBe('New CSM manager: first 90 days');
    for (const name of [undefined, '', 'tpl-interview-mock', 'no-such-template', 'blank ']) {
      expect(templateOfLink(templates, name)).toBeUndefined();
    }
  });

  it('gives a handbook module no day or month the handbook does not give it (its modules have none)', () => {
    // The onboarding page names seven modules (and a 1.5) with no schedule; its months are the manager's and the
    // buddy's. A template may list a module, but not date it, nor measure a month by modules done.
    const dated = templates.flatMap((template) =>
      template.phases.flatMap((phase) => [
        ...phase.goals.filter((goal) => /\bmodules?\b/i.test(goal.measure)).map((goal) => goal.measure),
        ...phase.goals.flatMap((goal) =>
          goal.actions
            .filter((action) => /\bmodules? \d/i.test(action.text) && action.day !== undefined)
            .map((action) => `${action.text} (day ${action.day})`),
        ),
      ]),
    );
    expect(dated).toEqual([]);
  });

  it('names a real template in every `?template=` link of the site, its code and its content', () => {
    // The content too: a page's link answers 200 whatever it names, so the link crawl would not see a wrong one.
    const files = [
      ...filesUnder(join(import.meta.dirname, '../../src'), /\.(ts|tsx|astro)$/),
      ...filesUnder(join(import.meta.dirname, '../../content'), /\.(md|mdx|ya?ml)$/),
    ].map((file) => readFileSync(file, 'utf8'));
    const names = files.flatMap((text) => [...text.matchAll(/\?template=([a-z0-9-]+)/g)].map((match) => match[1]));
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.filter((name) => !templateOfLink(templates, name))).toEqual([]);
  });

  const allSources = [...templates.flatMap(sourcesOf), ...suggestions.map((suggestion) => suggestion.source)];
  /** The sources whose page has a seed to hold them to; the others fail the test below, which says why. */
  const seededSources = allSources.filter((source) => seedSections.has(source.page));

  // An item's label and words are held to its section's words in the page's seed: an item citing a page with no seed
  // fixture could pass none of the tests below, and they would only say "Preparing ≠ undefined"; this one says why.
  it('cites only pages that have a seed fixture to hold the item’s words to', () => {
    const unseeded = [...new Set(allSources.map((source) => source.page))]
      .filter((page) => !seedSections.has(page))
      .map((page) => {
        const file = fileOf.get(page);
        const seed = file ? seedFile(file).slice(SEEDS_DIR.length + 1) : '(no handbook page has this path)';
        return (
          `${page} (content/handbook/${file ?? '?'}) has no seed fixture tests/fixtures/seeds/${seed}, so the ` +
          'label and words of the items citing it cannot be held to the handbook: copy the page’s seed text, in ' +
          'Markdown, to that file (README, “Adding or editing a handbook page”, step 3), or cite a seeded page'
        );
      });
    expect(unseeded).toEqual([]);
  });

  // A source's anchor is held to the id the site gives its heading, so a renamed heading fails here, not as a dead
  // link in a reader's plan or its Markdown (until December 7 it was held to ids this test made the same way).
  it('links every template item and every idea to a heading id the site’s own Markdown gives its page', () => {
    const broken = allSources
      .filter((source) => !headingIds.get(source.page)?.has(source.anchor))
      .map((source) => `${source.page}#${source.anchor}`);
    expect(broken).toEqual([]);
    expect(allSources.length).toBeGreaterThan(60);
  });

  // "Based on the handbook: <label>" names the section the link opens, in the handbook's words: an audit found
  // "Director/CSM Manager 1:1 Cadence" for the heading "Gainsight/Customer Review in Director/CSM Manager 1:1
  // Cadence", and "Aspiring leaders, Module 3: Practice", a heading of no page, for "Module 3: Practice".
  it('names every template item’s and idea’s source by the words of its heading, exactly', () => {
    const misnamed = seededSources
      .filter((source) => seedSections.get(source.page)?.get(source.anchor)?.words !== source.label)
      .map((source) => `${source.label} ≠ ${seedSections.get(source.page)?.get(source.anchor)?.words}`);
    expect([...new Set(misnamed)]).toEqual([]);
  });

  // The handbook's words are the rules: an item may not give a number or a frequency its section does not give.
  // An audit found "Report OKR / Big Rock initiative progress every other week", where the 1:1 cadence puts it in
  // the 2nd and 4th week of the month.
  it('gives no number nor frequency that its handbook section does not give', () => {
    const CLAIM =
      /\d+(?:[-:]\d+)*|\b(?:daily|weekly|monthly|quarterly|yearly|annually|fortnightly|bi-?weekly|bi-?monthly|every other \w+|every \d+ \w+|twice[- ]\w+)\b/gi;
    const items = wordedItems().filter(({ source }) => seedSections.has(source.page));
    const invented = items.flatMap(({ words, source }) => {
      const section = (seedSections.get(source.page)?.get(source.anchor)?.text ?? []).join('\n').toLowerCase();
      return words.flatMap((text) =>
        // "1:1" is a kind of meeting, not a number.
        [...text.replaceAll('1:1', '').matchAll(CLAIM)]
          .filter(([claim]) => !section.includes(claim.toLowerCase()))
          .map(([claim]) => `“${claim}” in “${text}”`),
      );
    });
    expect([...new Set(invented)]).toEqual([]);
  });

  // December 6, late night: a seed-fidelity audit found items labelled as the handbook's that changed its numbers and
  // rules: "Review 1-2 CSM calls per week" for "1-2 calls per week (total) … for their team" (read as 1-2 a CSM), and
  // "Success Plans reviewed for every CSM-assigned customer", where the seed reviews them "on a regular basis". So a
  // number keeps the word it counts, as its section has them side by side ("1-2 calls", "1-hour sync", "2nd week"),
  // and a number word or a word of scope ("every", "each", "total") is one its section says too.
  it('states numbers and scope only as its section does: a number with the word it counts, every number word', () => {
    const NUMBER = /\d+(?:[-:]\d+)*(?:st|nd|rd|th)?(?:[ -]\(?[a-z]+)?/gi;
    const WORD =
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|once|twice|first|second|third|fourth|fifth|half|every|each|all|both|total|none|only)\b/gi;
    const items = wordedItems().filter(({ source }) => seedSections.has(source.page));
    // An item the site suggests on its own cites no section as its basis (it says "Suggested by this site").
    const unlike = items
      .filter(({ source }) => !source.site)
      .flatMap(({ words, source }) => {
        const section = (seedSections.get(source.page)?.get(source.anchor)?.text ?? [])
          .join(' ')
          .replace(/\s+/g, ' ')
          .toLowerCase();
        return words.flatMap((text) =>
          [...text.replaceAll('1:1', '').matchAll(NUMBER), ...text.matchAll(WORD)]
            .filter(([claim]) => !section.includes(claim.toLowerCase().replace('(', '')))
            .map(([claim]) => `“${claim}” in “${text}”`),
        );
      });
    expect([...new Set(unlike)]).toEqual([]);
  });

  it('uses an idea’s id only for that idea’s words, so “Added ✓” never points at something else', () => {
    const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion.text]));
    const mismatched = templates.flatMap((template) =>
      template.phases.flatMap((phase) =>
        [
          ...phase.goals.flatMap((goal) => [goal, ...goal.actions]),
          ...phase.people.map((p) => ({ ...p, text: p.name })),
        ].filter((item) => item.id.startsWith('sug-') && byId.get(item.id) !== item.text),
      ),
    );
    expect(mismatched.map((item) => item.id)).toEqual([]);
  });

  it('makes review links well within what chat tools take', async () => {
    for (const template of templates) {
      const plan = planFromTemplate(toTemplateView(template), 'from-template', 1_700_000_000_000);
      const length = (await encodePlan(plan)).length;
      // Said when it fails, not printed on every run.
      expect(length, `${template.id}: review link fragment characters`).toBeLessThan(MAX_REVIEW_LINK_CHARS / 2);
    }
  });

  it('offers ideas for every audience and kind', () => {
    for (const audience of ['manager', 'aspiring-leader', 'new-csm'] as const) {
      for (const kind of ['goal', 'action', 'person'] as const) {
        expect(
          suggestions.some((s) => s.kind === kind && s.audience.includes(audience)),
          `${audience} ${kind}`,
        ).toBe(true);
      }
    }
  });
});
