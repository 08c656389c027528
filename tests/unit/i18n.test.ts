import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupUi, bt } from '../../src/i18n/backup-ui';
import { celebrateUi } from '../../src/i18n/celebrate-ui';
import { checklistStoreUi } from '../../src/i18n/checklist-store-ui';
import { checklistUi, ct } from '../../src/i18n/checklist-ui';
import { clubCardUi } from '../../src/i18n/club-card-ui';
import { clubElsewhereUi } from '../../src/i18n/club-elsewhere-ui';
import { clubReadingsUi } from '../../src/i18n/club-readings-ui';
import { evidenceFormUi } from '../../src/i18n/evidence-form-ui';
import { exportUi } from '../../src/i18n/export-ui';
import { ladderCardUi } from '../../src/i18n/ladder-card-ui';
import { ladderPageUi } from '../../src/i18n/ladder-page-ui';
import { ladderStoreUi } from '../../src/i18n/ladder-store-ui';
import { ladderUi, lt } from '../../src/i18n/ladder-ui';
import { managerPageUi } from '../../src/i18n/manager-page-ui';
import { managerStoreUi } from '../../src/i18n/manager-store-ui';
import { managerUi } from '../../src/i18n/manager-ui';
import { managerWeekUi } from '../../src/i18n/manager-week-ui';
import { pageUi, searchUi } from '../../src/i18n/page-ui';
import { planElsewhereUi } from '../../src/i18n/plan-elsewhere-ui';
import { planStoreUi } from '../../src/i18n/plan-store-ui';
import { planUi } from '../../src/i18n/plan-ui';
import { planViewsUi } from '../../src/i18n/plan-views-ui';
import { gt, progressUi } from '../../src/i18n/progress-ui';
import { saveStateUi } from '../../src/i18n/save-state-ui';
import { siteToolUi } from '../../src/i18n/site-tool-ui';
import { storageNoticesUi } from '../../src/i18n/storage-notices-ui';
import { clashUi } from '../../src/i18n/text-clash-ui';
import { ui } from '../../src/i18n/ui';
import { undoAllUi } from '../../src/i18n/undo-all-ui';
import { filesUnder } from '../support/source-files';

/*
 * Every reader-facing string lives in a dictionary of src/i18n/ (which one,
 * and why there are several: src/i18n/translator.ts). For each dictionary:
 * every key is used, every key the code looks up with its lookup exists, and
 * no key is in two dictionaries; no string anywhere fakes a plural.
 */

const SRC = join(import.meta.dirname, '../../src');

// Every source file but the dictionaries themselves.
const SOURCES = filesUnder(SRC, /^(?!i18n\/).*\.(ts|tsx|astro|mjs)$/);

const code = SOURCES.map((file) => readFileSync(file, 'utf8')).join('\n');

type Dictionary = Readonly<Record<string, unknown>>;

/**
 * Each dictionary, the name of its lookup, how many lookups the code makes at least (a floor, not a count),
 * and whether it is for build time only (never in a bundle) or loads on demand with the code that uses it.
 */
const DICTIONARIES: {
  module: string;
  dictionary: Dictionary;
  lookup: string;
  atLeast: number;
  buildOnly?: true;
  onDemand?: true;
}[] = [
  { module: 'ui', dictionary: ui, lookup: 't', atLeast: 40 },
  // 37 since December 6, night: the week's and the month's lines each one lookup with the key chosen (its bytes).
  // 35 since December 8: the task controls' label words are written by the build (page-ui, TaskLabelWords.astro).
  { module: 'checklist-ui', dictionary: checklistUi, lookup: 'ct', atLeast: 30 },
  { module: 'plan-ui', dictionary: planUi, lookup: 'planT', atLeast: 50 },
  { module: 'plan-views-ui', dictionary: planViewsUi, lookup: 'pt', atLeast: 20, onDemand: true },
  { module: 'progress-ui', dictionary: progressUi, lookup: 'gt', atLeast: 40 },
  { module: 'backup-ui', dictionary: backupUi, lookup: 'bt', atLeast: 15, onDemand: true },
  { module: 'manager-ui', dictionary: managerUi, lookup: 'mt', atLeast: 50 },
  { module: 'manager-page-ui', dictionary: managerPageUi, lookup: 'mpt', atLeast: 3, buildOnly: true },
  { module: 'export-ui', dictionary: exportUi, lookup: 'xt', atLeast: 20, onDemand: true },
  { module: 'manager-week-ui', dictionary: managerWeekUi, lookup: 'wt', atLeast: 3 },
  { module: 'ladder-ui', dictionary: ladderUi, lookup: 'lt', atLeast: 50 },
  { module: 'ladder-page-ui', dictionary: ladderPageUi, lookup: 'lpt', atLeast: 15, buildOnly: true },
  { module: 'checklist-store-ui', dictionary: checklistStoreUi, lookup: 'cst', atLeast: 5 },
  { module: 'manager-store-ui', dictionary: managerStoreUi, lookup: 'mst', atLeast: 7 },
  { module: 'ladder-store-ui', dictionary: ladderStoreUi, lookup: 'lst', atLeast: 4 },
  { module: 'plan-store-ui', dictionary: planStoreUi, lookup: 'pst', atLeast: 4 },
  { module: 'plan-elsewhere-ui', dictionary: planElsewhereUi, lookup: 'pet', atLeast: 3, onDemand: true },
  { module: 'ladder-card-ui', dictionary: ladderCardUi, lookup: 'lct', atLeast: 6, onDemand: true },
  { module: 'club-card-ui', dictionary: clubCardUi, lookup: 'cct', atLeast: 3, onDemand: true },
  // Rendered at build time in the tally's box of gaps too: the same sentences, one source.
  { module: 'club-readings-ui', dictionary: clubReadingsUi, lookup: 'crt', atLeast: 0, onDemand: true },
  // Its one lookup is built from the state (save.${state}), no literal: TypeScript checks that key against the
  // dictionary (translator's key type), and "uses every key" above sees its prefix.
  { module: 'save-state-ui', dictionary: saveStateUi, lookup: 'sst', atLeast: -1 },
  { module: 'storage-notices-ui', dictionary: storageNoticesUi, lookup: 'snt', atLeast: 4, onDemand: true },
  { module: 'evidence-form-ui', dictionary: evidenceFormUi, lookup: 'eft', atLeast: 5, onDemand: true },
  { module: 'text-clash-ui', dictionary: clashUi, lookup: 'clashT', atLeast: 10, onDemand: true },
  { module: 'page-ui', dictionary: pageUi, lookup: 'pageT', atLeast: 40, buildOnly: true },
  { module: 'site-tool-ui', dictionary: siteToolUi, lookup: 'stt', atLeast: 5, onDemand: true },
  { module: 'celebrate-ui', dictionary: celebrateUi, lookup: 'celebrateT', atLeast: 1, onDemand: true },
  { module: 'club-elsewhere-ui', dictionary: clubElsewhereUi, lookup: 'cet', atLeast: 1, onDemand: true },
  { module: 'undo-all-ui', dictionary: undoAllUi, lookup: 'ut', atLeast: 2, onDemand: true },
];

/** Keys built at run time, such as t(`role.${role}`): their prefixes, per lookup. */
function dynamicPrefixes(lookup: string): string[] {
  const pattern = new RegExp(`\\b${lookup}\\(\\s*\`([a-z]+(?:\\.[a-zA-Z]+)*\\.)\\$\\{`, 'g');
  return [...code.matchAll(pattern)].map((match) => match[1] as string);
}

/** Keys named as literals anywhere (a lookup's argument, or a table of keys such as REVIEW_PARTS). */
const used = (key: string) => code.includes(`'${key}'`);

/*
 * Strings said alike in two or more dictionaries on purpose: the split by bundle (src/i18n/translator.ts,
 * src/islands/use-copy.tsx) keeps a sentence in each dictionary whose code needs it, and nothing but this list keeps
 * them equal. Each group says one thing in one way: a wording changed in one of them fails "says each twin alike"
 * until the others say it too. Each key names its twins in a comment beside it.
 */
const TWINS: [module: string, key: string][][] = [
  // The copy that failed, on the plan builder, the manager toolkit and the ladder.
  [
    ['plan-views-ui', 'plan.copyFailed'],
    ['manager-ui', 'manager.copyFailed'],
    ['export-ui', 'ladder.copyFailed'],
  ],
  // A saved item this version cannot read: the checklists and the manager toolkit.
  [
    ['checklist-ui', 'planner.newerTask'],
    ['manager-ui', 'manager.unknownNewer'],
  ],
  // A checklist's counts on the page and in its Markdown export.
  [
    ['ui', 'planner.progressFor'],
    ['export-ui', 'export.progressFor'],
  ],
  [
    ['ui', 'planner.notApplicableCount'],
    ['export-ui', 'export.notApplicable'],
  ],
  [
    ['checklist-store-ui', 'planner.unknownCount'],
    ['export-ui', 'export.unknown'],
  ],
  // A file downloaded, from any tool.
  [
    ['checklist-ui', 'planner.downloaded'],
    ['plan-views-ui', 'plan.downloaded'],
    ['export-ui', 'ladder.downloaded'],
  ],
  // The same export buttons on every tool that has them.
  [
    ['checklist-ui', 'planner.copyMarkdown'],
    ['plan-ui', 'plan.copyMarkdown'],
    ['manager-ui', 'manager.copyMd'],
    ['ladder-ui', 'ladder.copyMarkdown'],
  ],
  [
    ['checklist-ui', 'planner.downloadMarkdown'],
    ['plan-ui', 'plan.downloadMarkdown'],
    ['manager-ui', 'manager.downloadMd'],
    ['ladder-ui', 'ladder.downloadMarkdown'],
  ],
  [
    ['plan-ui', 'plan.print'],
    ['ladder-ui', 'ladder.print'],
  ],
  [
    ['plan-ui', 'plan.downloadIcs'],
    ['manager-ui', 'manager.downloadIcs'],
  ],
  // The home page's card says where a reader is as My progress does.
  [
    ['progress-ui', 'dashboard.nextIn'],
    ['page-ui', 'home.continueSection'],
  ],
  [
    ['progress-ui', 'dashboard.now'],
    ['page-ui', 'home.continueNow'],
  ],
  [
    ['progress-ui', 'dashboard.since'],
    ['page-ui', 'home.continueSince'],
  ],
  // My progress's ladder card counts as the ladder page does.
  [
    ['ladder-ui', 'ladder.progress'],
    ['ladder-card-ui', 'ladderCard.progress'],
  ],
  [
    ['ladder-ui', 'ladder.progressPartly'],
    ['ladder-card-ui', 'ladderCard.partly'],
  ],
  // A tool's name, wherever it is named.
  [
    ['manager-page-ui', 'manager.clubTitle'],
    ['export-ui', 'manager.mdClubTitle'],
    ['club-card-ui', 'clubCard.title'],
  ],
  [
    ['manager-page-ui', 'manager.agendaTitle'],
    ['manager-page-ui', 'manager.agendaPart'],
    ['manager-week-ui', 'manager.weekAgendaTitle'],
  ],
  [
    ['export-ui', 'ladder.md.ladder'],
    ['ladder-page-ui', 'ladder.pageTitle'],
    ['progress-ui', 'progressPage.ladderTitle'],
    ['page-ui', 'nav.careerLadder'],
  ],
];

/**
 * Strings two dictionaries share by coincidence: a word that means one thing here and another there ("Done" a task's
 * state and a plan item's status), which may part without harm. A string two dictionaries share is a twin or is here.
 */
const COINCIDENCES = new Set([
  // A role's name and a plan's audience or owner: labels of different lists.
  'New CSM',
  'Manager',
  'Mentor',
  'Cancel',
  'Done',
  'This week',
  'Note',
  'Note for:',
  'Start date',
  'Delete',
  'Theme',
  'Overdue',
  'For',
  'Kind',
  'Edit',
  'Close',
  'Programs',
  'In progress',
  'Due',
  'None',
  'Team',
  'Site tool',
  'Demonstrated',
]);

/** A dictionary entry as one text (a plural's forms joined), to compare. */
const textOf = (entry: unknown) => (typeof entry === 'string' ? entry : JSON.stringify(entry));
const dictionaryOf = (module: string): Dictionary =>
  module === 'search' ? searchUi : (DICTIONARIES.find((d) => d.module === module)?.dictionary ?? {});

describe('UI strings kept in several dictionaries', () => {
  it('says each twin alike', () => {
    const apart = TWINS.filter((group) => {
      const texts = group.map(([module, key]) => dictionaryOf(module)[key]);
      return texts.some((text) => text === undefined) || new Set(texts.map(textOf)).size !== 1;
    }).map((group) => group.map(([module, key]) => `${module} ${key}: ${textOf(dictionaryOf(module)[key])}`));
    expect(apart).toEqual([]);
  });

  it('knows every string two dictionaries share: a twin, or a coincidence', () => {
    const listed = new Set(TWINS.flat().map(([module, key]) => `${module} ${key}`));
    const byText = new Map<string, string[]>();
    for (const { module, dictionary } of [...DICTIONARIES, { module: 'search', dictionary: searchUi }]) {
      for (const [key, entry] of Object.entries(dictionary)) {
        byText.set(textOf(entry), [...(byText.get(textOf(entry)) ?? []), `${module} ${key}`]);
      }
    }
    const unknown = [...byText]
      .filter(([text, keys]) => new Set(keys.map((k) => k.split(' ')[0])).size > 1 && !COINCIDENCES.has(text))
      .flatMap(([text, keys]) => keys.filter((key) => !listed.has(key)).map((key) => `${key}: ${text}`));
    expect(unknown).toEqual([]);
  });
});

describe('UI strings', () => {
  // A dictionary left out of the list above is never checked: two were, until December 7.
  it('checks every dictionary in src/i18n/', () => {
    const files = readdirSync(join(SRC, 'i18n')).filter((name) => /^(ui|.+-ui)\.ts$/.test(name));
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(DICTIONARIES.map((d) => d.module).sort());
  });

  for (const { module, dictionary, lookup, atLeast } of DICTIONARIES) {
    describe(`${module} (${lookup})`, () => {
      it('uses every key', () => {
        const prefixes = dynamicPrefixes(lookup);
        const unused = Object.keys(dictionary).filter(
          (key) => !used(key) && !prefixes.some((prefix) => key.startsWith(prefix)),
        );
        expect(unused).toEqual([]);
      });

      it('has every key the code looks up with it', () => {
        const pattern = new RegExp(`(?<![\\w.])${lookup}\\(\\s*'([a-zA-Z]+(?:\\.[a-zA-Z-]+)+)'`, 'g');
        const named = [...code.matchAll(pattern)].map((match) => match[1] as string);
        expect(named.length).toBeGreaterThan(atLeast);
        expect(named.filter((key) => !(key in dictionary))).toEqual([]);
      });
    });
  }

  // A bundle keeps a dictionary whole, so a string that only build-time code looks up (an .astro file's
  // template, src/build/) still ships as JavaScript when it sits in a dictionary the islands import: such
  // strings belong in a build-time dictionary. The check reads an .astro file's <script> elements as
  // browser code and the rest as build time.
  it('ships no string in a bundle that only build-time code looks up', () => {
    const browserCode = SOURCES.filter((file) => !file.includes('/src/build/'))
      .map((file) => {
        const text = readFileSync(file, 'utf8');
        if (!file.endsWith('.astro')) return text;
        return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
      })
      .join('\n');
    const buildOnly = DICTIONARIES.filter((d) => !d.buildOnly).flatMap(({ module, dictionary, lookup }) => {
      const pattern = new RegExp(`\\b${lookup}\\(\\s*\`([a-z]+(?:\\.[a-zA-Z]+)*\\.)\\$\\{`, 'g');
      const prefixes = [...browserCode.matchAll(pattern)].map((match) => match[1] as string);
      return Object.keys(dictionary)
        .filter((key) => !browserCode.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)))
        .map((key) => `${key} (${module})`);
    });
    expect(buildOnly).toEqual([]);
  });

  // The same for code loaded on demand: a string that only such code looks up belongs in a dictionary that
  // loads with it (export-ui.ts, plan-views-ui.ts), not in one every page of its kind loads at once. "Loaded
  // on demand" is read from the sources: a module that something imports with import() and nothing imports
  // statically (type-only imports aside).
  it('loads no string at once that only code loaded on demand looks up', () => {
    const files = SOURCES;
    const resolve = (from: string, specifier: string) =>
      ['', '.ts', '.tsx', '/index.ts']
        .map((ext) => join(dirname(from), specifier) + ext)
        .find((p) => files.includes(p));
    const imported = (pattern: RegExp) =>
      new Set(
        files.flatMap((file) =>
          [...readFileSync(file, 'utf8').matchAll(pattern)].flatMap((match) => resolve(file, match[1] as string) ?? []),
        ),
      );
    const statically = imported(/^import\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+)'/gm);
    const onDemandCode = [...imported(/\bimport\(\s*'(\.[^']+)'\s*\)/g)].filter((file) => !statically.has(file));
    expect(onDemandCode.length).toBeGreaterThan(10);
    const sources = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    const atOnce = DICTIONARIES.filter((d) => !d.buildOnly && !d.onDemand).flatMap(({ module, dictionary }) =>
      Object.keys(dictionary)
        .filter((key) => {
          const users = [...sources].filter(([, text]) => text.includes(`'${key}'`)).map(([file]) => file);
          return users.length > 0 && users.every((file) => onDemandCode.includes(file));
        })
        .map((key) => `${key} (${module})`),
    );
    expect(atOnce).toEqual([]);
  });

  it('keeps the search panel’s strings, which reach its script through one data attribute by their keys', () => {
    expect(Object.keys(searchUi).filter((key) => !used(key) && !code.includes(`${key.split('.')[1]}`))).toEqual([]);
  });

  it('has no key in two dictionaries', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { module, dictionary } of [...DICTIONARIES, { module: 'search', dictionary: searchUi }]) {
      for (const key of Object.keys(dictionary)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${module})`);
        seen.set(key, module);
      }
    }
    expect(twice).toEqual([]);
  });

  it('never fakes a plural with "(s)"', () => {
    const entries = [...DICTIONARIES.map((d) => d.dictionary), searchUi].flatMap((d) => Object.entries(d));
    const faked = entries.filter(([, entry]) => {
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>);
      return texts.some((text) => /\w\(s\)/.test(text.replace('http(s)', '')));
    });
    expect(faked.map(([key]) => key)).toEqual([]);
  });

  // December 7: "Export everyone's tasks" among the site's "manager’s" and "CSM’s". A handbook quote keeps the
  // handbook's own characters, and lives in content/, never in a dictionary (content-apostrophes.test.ts).
  it('writes an apostrophe as ’, never a straight one', () => {
    const entries = [...DICTIONARIES.map((d) => d.dictionary), searchUi].flatMap((d) => Object.entries(d));
    const straight = entries.filter(([, entry]) => {
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>);
      return texts.some((text) => /\p{L}'\p{L}/u.test(text));
    });
    expect(straight.map(([key]) => key)).toEqual([]);
  });

  it('picks the plural form by count', () => {
    expect(bt('backup.change.ticked', { count: 1 })).toBe('1 task becomes ticked');
    expect(bt('backup.change.ticked', { count: 3 })).toBe('3 tasks become ticked');
    expect(bt('backup.change.ticked', { count: 0 })).toBe('0 tasks become ticked');
    // A plan card's phase follows its total: "0 of 1 actions done" was reported on My progress.
    expect(gt('dashboard.phaseProgress', { phase: 'Days 61–90', done: 0, count: 1 })).toBe(
      'Days 61–90: 0 of 1 action done',
    );
    expect(gt('dashboard.phaseProgress', { phase: 'Days 1–30', done: 1, count: 3 })).toBe(
      'Days 1–30: 1 of 3 actions done',
    );
    expect(lt('ladder.count.responsibilities', { count: 1 })).toBe('1 new responsibility');
    expect(lt('ladder.count.responsibilities', { count: 14 })).toBe('14 new responsibilities');
    expect(ct('planner.notStarted', { date: '5 Dec 2026', count: 1 })).toBe('Starts on 5 Dec 2026 (1 day from today).');
    expect(ct('planner.notStarted', { date: '6 Dec 2026', count: 2 })).toBe(
      'Starts on 6 Dec 2026 (2 days from today).',
    );
    expect(ct('planner.finished', { date: '5 Dec 2026', count: 1 })).toBe('The week ended on 5 Dec 2026.');
    expect(ct('planner.finished', { date: '5 Dec 2026', count: 12 })).toBe('The 12 weeks ended on 5 Dec 2026.');
  });
});
