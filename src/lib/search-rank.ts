/*
 * Orders search results the way a reader looks for them: by the part of a
 * page that answers the query. Pagefind finds the pages and where each query
 * word is on them, weighted by the element it is in (titles and headings count
 * more). Its own sections come back in page order and are cut at headings
 * only; here each page is split into its sections and checklist tasks, each
 * is scored from its own matches, and each result's excerpt is cut from its
 * own words, so a page and its sections never show the same text.
 */
import type { PagefindAnchor, PagefindResultData } from './pagefind-types';
import { buildExcerpt, EXCERPT_WORDS, type ExcerptPart, wordsToParts } from './search-excerpt';
import { type Ordinal, ordinalsOf, saysOrdinal } from './search-ordinals';
import { placeRepeats } from './search-repeats';
import { wordKey } from './search-words';

/** A word of the query, as typed and as compared. */
export interface QueryTerm {
  /** Lower case, without the punctuation around it: `1:1`, `president's`. */
  text: string;
  /** Letters and digits only: `11`, `presidents`. */
  key: string;
  /**
   * Numbers joined by punctuation (`1:1`, `30-60-90`, `1.5`) match only as
   * written: Pagefind drops the punctuation, so `1:1` would also find `11`.
   */
  strict: boolean;
  /**
   * An ordinal before its unit ("first" of "first month"): it matches where a page says it, "Month 1" or "first
   * month" (lib/search-ordinals), never alone ("first" in running text), and Pagefind is not asked for it.
   */
  ordinal?: Ordinal | undefined;
}

type ResultKind = 'page' | 'section' | 'task';

/** One link in the results: the page itself, a section of it, or a checklist task in a section. */
interface RankedEntry {
  kind: ResultKind;
  /** The page's address, with `#id` for a section or task. */
  url: string;
  /** The id of the section the entry is in (a task's heading); none for the page itself. */
  section?: string | undefined;
  /** The page title or section heading, with the matching words marked. */
  title: ExcerptPart[];
  /** The heading the section sits under, when its own title does not say it ("Week 1" above "Async Material Review"). */
  context?: string | undefined;
  excerpt: ExcerptPart[];
  score: number;
}

export interface RankedPage {
  url: string;
  title: string;
  score: number;
  entries: RankedEntry[];
}

export interface RankedResults {
  pages: RankedPage[];
  /** Query words found on none of the pages (a misspelling, or a word the handbook does not use). */
  unmatched: QueryTerm[];
  /**
   * Whether a result has every word of the query (its common words aside), in its own words or the headings above
   * it: Pagefind lists the pages with every word, which may be far apart ("career" and "path" in two sections).
   */
  whole: boolean;
}

/** What the reader narrowed the search to, beyond the pages Pagefind was asked for. */
export interface RankOptions {
  /**
   * Whether a part of a page (by its anchor and those of the sections it is
   * in) is another reader's than the ones the audience chips chose
   * (lib/search-audience): it is left out of the results.
   */
  isOthers?: ((pageUrl: string, anchors: readonly string[]) => boolean) | undefined;
  /**
   * Whether the pages are those with any of the query's words, none having all (lib/search-some): a heading then
   * counts as a title when it names every word of the query its part has (`scoreOf`).
   */
  some?: boolean | undefined;
}

/** A page Pagefind found, with its score. */
export interface FoundPage {
  score: number;
  data: PagefindResultData;
}

/** Sections and tasks listed under one page at most. */
const MAX_ENTRIES_PER_PAGE = 3;
/** Results from one section at most (its heading and tasks). */
const MAX_ENTRIES_PER_SECTION = 2;
/** A section is listed when it scores at least this share of its page's best one. */
const ENTRY_SCORE_SHARE = 0.2;
/**
 * Match weight at which a word's contribution to a section is half spent: a
 * word in an h3 (weight 5, squared 25) nearly fills it, a single mention in
 * body text (1) gives a fifth. Further mentions add less and less, so a
 * section that names the query in its heading beats one that repeats it.
 */
const SATURATION = 4;
/** How much a page's second-best section adds to its score, beside its best. */
const SECOND_SECTION_SHARE = 0.2;
/**
 * What a word in a title above a section (or above a task) is worth to it at
 * most: as much as the word once in its own text. The title says where the
 * section is; what the section itself says counts more. So is a word of the
 * section's own title when that title names only part of the query.
 */
const CONTEXT_VALUE = 1;
/**
 * How much a section's length matters (0: not at all, 1: fully, as in BM25):
 * a short task that is about the query beats a long section that mentions it.
 */
const LENGTH_NORMALIZATION = 0.5;
/** How much more a section scores when all the query's words stand together in it, as typed. */
const PHRASE_BONUS = 1;
/**
 * How much more a result scores, for a question that asks how many, how long or how often, when its own text gives
 * such a figure ("Shadowed at least 4 calls per week", "typically lasts 3 months"): a section that only names the
 * subject does not answer the question.
 */
const ANSWER_BONUS = 1;
/** What a very common word ("to", "a") is worth to ranking, against its rarity. */
const STOP_WORD_SHARE = 0.2;
/** Checklist tasks are list items with ids that start with this. */
export const TASK_ID_PREFIX = 'task-';
/** A checklist's list of tasks is in an element whose id starts with this (src/islands/checklist/ChecklistSection.tsx). */
const GROUP_ID_PREFIX = 'checklist-';
/** Words a label over a list has at most ("Month 1", "Beyond 3 months"); a longer sentence introduces the list. */
const MAX_LABEL_WORDS = 4;

const WORD_SEPARATOR = /[\r\n\s]+/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Endings of an English word's other forms ("call" → "calls", "plan" → "planning", "mentor" → "mentorship"). */
const INFLECTION = /^(?:s|es|ed|d|ing|er|ers|ly|ion|ions|ation|ations|ment|ments|al|ship|ships)$/;
/** Letters a shorter form of a query word keeps at least ("call" for "calls"; not "ca"). */
const MIN_SHORTER_FORM = 3;

/**
 * Words too common to show as matches ("to" in "time to value", "there" in "is there a buddy"); they still count for
 * ranking, a little.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have how i in into is it its of on or our that the their there this to was what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Whether a word (a `wordKey`) is one of the very common words ("the", "there"…), which a query may hold anywhere. */
export const isCommonWord = (key: string): boolean => STOP_WORDS.has(key);

/** Words that open a question ("how do I…", "can I…", "what does…"). */
const QUESTION_OPENERS = new Set(
  'are can could did do does how is should what when where which who why will would'.split(' '),
);
/**
 * What a question says beside its stop words that no answer says: the words it is asked with ("do", "should", "my"),
 * and "how many", "how often", "how long", "how do I prepare for", "do I need", "how do I get". The section on QBRs
 * never says "prepare", so "how do I prepare for a QBR" is asked for "QBR". Only in a question: "US" or "my progress"
 * typed as they are are searched, and shown as matches, as any word.
 */
const QUESTION_FILLER = new Set(
  'am can could did do does get going happen know long many me mean much my need often prepare should us we would'.split(
    ' ',
  ),
);

/** What a question asks for beside its subject: a number ("how many", "how much"), a time ("how long"), how often. */
type Asked = 'number' | 'duration' | 'frequency';
const ASKED: Readonly<Record<string, Asked>> = { many: 'number', much: 'number', long: 'duration', often: 'frequency' };

/** What a query asks for, when it is a question of "how many", "how much", "how long" or "how often". */
export function askedFor(query: string): Asked | undefined {
  const [first, second = ''] = query.split(WORD_SEPARATOR).filter(Boolean).map(wordKey);
  return first === 'how' ? ASKED[second] : undefined;
}

const TIME_UNIT = /(?:minute|hour|day|week|month|year)s?$/;
const FREQUENCY = /^(?:once|twice)|(?:daily|weekly|monthly|quarterly|annually|yearly)$/;

/**
 * Whether the word at `i` gives what a question asks for: a number; a number of a unit of time ("3 months",
 * "30-minute"); a frequency ("weekly", "twice-monthly", "4 calls per week", "every quarter" is not one: "every" needs
 * a unit of time after it).
 */
export function answersAt(words: readonly string[], i: number, asked: Asked): boolean {
  const key = wordKey(words[i] ?? '');
  const next = wordKey(words[i + 1] ?? '');
  const isNumber = /\d/.test(key);
  if (asked === 'number') return isNumber;
  if (asked === 'duration') return isNumber && (TIME_UNIT.test(key) || TIME_UNIT.test(next));
  return FREQUENCY.test(key) || ((key === 'per' || key === 'every') && TIME_UNIT.test(next));
}

/**
 * The words of a query that say what it is about, each with the ordinal it is before its unit. A question ("how do I prepare for a QBR") is asked for its own
 * words less those it is asked with, which Pagefind would otherwise require of every page and the ranking would weigh
 * ("Do this…" would lead); a question of those words only ("what can I do") is searched as typed, and so is any
 * query that is not a question: "can" or "do" typed among other words count, as the common words they are.
 */
function contentWords(query: string): { word: string; ordinal: Ordinal | undefined }[] {
  const words = query.split(WORD_SEPARATOR).filter((word) => wordKey(word));
  // Read on the words as typed: "first of the month" is not "first month".
  const ordinals = ordinalsOf(words);
  const all = words.map((word, i) => ({ word, ordinal: ordinals[i] }));
  if (!QUESTION_OPENERS.has(wordKey(words[0] ?? ''))) return all;
  const content = all.filter(({ word }) => !STOP_WORDS.has(wordKey(word)) && !QUESTION_FILLER.has(wordKey(word)));
  return content.length > 0 ? content : all;
}

/**
 * The words Pagefind is asked for (`contentWords`), less an ordinal before its unit: "the first month" is asked for
 * "month", and the ranking finds where a page says "Month 1" or "first month" (`QueryTerm.ordinal`). Asked for
 * "first", Pagefind would list only the pages that say it, which "Month 1" does not.
 */
export const searchedWords = (query: string): string[] =>
  contentWords(query).flatMap(({ word, ordinal }) => (ordinal ? [] : [word]));

/** What Pagefind is asked for: the query's words that say what it is about (`searchedWords`). */
export const searchedText = (query: string): string => searchedWords(query).join(' ');

/** The distinct words of a query, less the words a question is asked with (`contentWords`). */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const { word, ordinal } of contentWords(query.toLowerCase())) {
    const text = word.replace(EDGE_PUNCTUATION, '');
    const key = wordKey(text);
    if (!key || terms.some((term) => term.key === key)) continue;
    terms.push({ text, key, strict: /\d/.test(text) && /[^\p{L}\p{N}]/u.test(text), ordinal });
  }
  return terms;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Whether `rest` turns `stem` into another form of it ("ing" after "shadow", "ning" after "plan"). */
function isInflection(stem: string, rest: string): boolean {
  if (INFLECTION.test(rest)) return true;
  return rest.length > 1 && rest[0] === stem.at(-1) && INFLECTION.test(rest.slice(1));
}

/** Whether `key` is `termKey` less an ending: "call" of "calls", "mentor" of "mentorship". */
function isShorterForm(key: string, termKey: string): boolean {
  return (
    key.length >= MIN_SHORTER_FORM &&
    key.length < termKey.length &&
    termKey.startsWith(key) &&
    isInflection(key, termKey.slice(key.length))
  );
}

/**
 * How close a word of the page is to a query word, from 0 (not a match) to 1
 * (the same word). Pagefind matches stems and, for the last word typed,
 * prefixes; when a word is not in the index at all it falls back to a
 * shortened form of it ("on" for "onbaording", "gain" for "gainsite"), which
 * is not a match to a reader and scores 0 here.
 */
export function closeness(word: string, term: QueryTerm): number {
  // An ordinal is a match only where a page says it, next to its unit (`ordinalMatches`).
  if (term.ordinal) return 0;
  if (term.strict && !word.toLowerCase().includes(term.text)) return 0;
  const key = wordKey(word);
  if (!key) return 0;
  if (key === term.key) return 1;
  // Still typing, or a longer form: "onboa" in "onboarding", "plan" in "plans"; but 1 is not 10 or 1:1.
  if (key.startsWith(term.key)) {
    const numberGoesOn = /\d$/.test(term.key) && /^\d/.test(key.slice(term.key.length));
    return numberGoesOn ? 0 : term.key.length / key.length;
  }
  // A shorter form: "call" for "calls", "shadow" for "shadowing".
  if (isShorterForm(key, term.key)) {
    return key.length / term.key.length;
  }
  // Two forms of one stem: "certificates" for "certification", "escalate" for "escalation".
  const shared = sharedPrefix(key, term.key);
  if (shared >= 4 && shared >= 0.7 * term.key.length) return shared / Math.max(key.length, term.key.length);
  return 0;
}

/** A query word found at a word of the page. */
interface Match {
  location: number;
  term: number;
  /** Element weight squared (as Pagefind ranks), times closeness. */
  value: number;
}

/** A part of a page that can be a result: its words, and where its own text starts after its title. */
interface Target {
  kind: ResultKind;
  id?: string | undefined;
  start: number;
  end: number;
  /** First word after the title (the heading's or the page's own words). */
  bodyStart: number;
  matches: Match[];
  /** A task's place in its section when a short label stands over its list ("Month 1"), not its heading. */
  place?: string | undefined;
}

/** A page's introduction or one of its sections, with the tasks in it. */
interface Region {
  kind: 'page' | 'section';
  id?: string | undefined;
  title: string;
  /** 1 for the page itself, 2 to 6 for its sections (their heading level). */
  level: number;
  heading: Target;
  tasks: Target[];
  matches: Match[];
  /** Matches in the titles of the sections this one is part of (and the page title), at a reduced value. */
  inherited: Match[];
  /** The section this one is part of (none for the page and its top sections). */
  parent?: Region | undefined;
  /** Where the sections under it end: the next heading at its level or above (or the page's end). */
  under: number;
}

interface RegionStart {
  kind: Region['kind'];
  id: string | undefined;
  title: string;
  level: number;
  start: number;
  bodyStart: number;
}

const isHeading = (anchor: PagefindAnchor) => /^h[1-6]$/i.test(anchor.element) && Boolean(anchor.text?.trim());
const isTask = (anchor: PagefindAnchor) =>
  anchor.element.toLowerCase() === 'li' && anchor.id.startsWith(TASK_ID_PREFIX);
const wordCount = (text: string) => text.split(WORD_SEPARATOR).filter(Boolean).length;

/** Where the page's own title ends at the start of its text (0 when the text does not start with it). */
function titleEnd(words: readonly string[], title: string): number {
  const titleWords = title.split(WORD_SEPARATOR).filter(Boolean);
  const starts = titleWords.every((word, i) => wordKey(word) === wordKey(words[i] ?? ''));
  return starts ? titleWords.length : 0;
}

/** Splits a page into its introduction and sections (at headings), and those into tasks. */
function splitPage(page: PagefindResultData, words: readonly string[]): Region[] {
  const byLocation = (a: PagefindAnchor, b: PagefindAnchor) => a.location - b.location;
  // The h1 is the page's own title: what follows it, up to the first section, is the page itself.
  const headings = page.anchors.filter((a) => isHeading(a) && a.element.toLowerCase() !== 'h1').sort(byLocation);
  const tasks = page.anchors.filter(isTask).sort(byLocation);
  const labels = groupLabels(page, words, headings, tasks);
  // A task ends where the next list's label starts: "Month 2" is not the words of Month 1's last task.
  const boundaries = [...headings, ...tasks, ...labels].map((a) => a.location).sort((a, b) => a - b);
  const nextBoundary = (after: number) => boundaries.find((at) => at > after) ?? words.length;

  const title = page.meta.title ?? page.url;
  const starts: RegionStart[] = [
    { kind: 'page', id: undefined, title, level: 1, start: 0, bodyStart: titleEnd(words, title) },
    ...headings.map((heading) => {
      const text = heading.text?.trim() ?? '';
      return {
        kind: 'section' as const,
        id: heading.id,
        title: text,
        level: Number(heading.element.slice(1)),
        start: heading.location,
        bodyStart: heading.location + wordCount(text),
      };
    }),
  ];
  return starts.map((region, i) => {
    const end = starts[i + 1]?.start ?? words.length;
    const under = starts.slice(i + 1).find((next) => next.level <= region.level)?.start ?? words.length;
    const regionTasks: Target[] = tasks
      .filter((task) => task.location >= region.start && task.location < end)
      .map((task) => {
        const taskEnd = Math.min(nextBoundary(task.location), end);
        const label = labels.findLast((at) => at.group <= task.location);
        return {
          kind: 'task',
          id: task.id,
          start: task.location,
          end: taskEnd,
          bodyStart: task.location,
          matches: [],
          place: label && label.location >= region.start ? label.text : undefined,
        };
      });
    return {
      kind: region.kind,
      id: region.id,
      title: region.title,
      level: region.level,
      heading: {
        kind: region.kind,
        id: region.id,
        start: region.start,
        end,
        bodyStart: Math.min(region.bodyStart, end),
        matches: [],
      },
      tasks: regionTasks,
      matches: [],
      inherited: [],
      under,
    };
  });
}

/** Where a checklist's list starts (`group`), and its label when a short one stands alone over it ("Month 1"). */
interface GroupLabel {
  /** Where the label's words start (the list's start when it has none). */
  location: number;
  group: number;
  text?: string | undefined;
}

/**
 * The page's checklists, each with its label: the sentence just before its list (Pagefind ends each block with a full
 * stop), when it is short, its own (no heading's title and no task's words) and does not introduce the list with a
 * colon.
 * The onboarding's "**Month 1**" over the manager's tasks is one; a list right under its heading has none.
 */
function groupLabels(
  page: PagefindResultData,
  words: readonly string[],
  headings: readonly PagefindAnchor[],
  tasks: readonly PagefindAnchor[],
): GroupLabel[] {
  const labels: GroupLabel[] = [];
  for (const group of [...page.anchors].sort((a, b) => a.location - b.location)) {
    const end = group.location;
    if (group.element.toLowerCase() !== 'div' || !group.id.startsWith(GROUP_ID_PREFIX) || end === 0) continue;
    let start = end - 1;
    while (start > 0 && !/[.:;!?]$/.test(words[start - 1] ?? '')) start -= 1;
    const heading = headings.findLast((at) => at.location < end);
    const headingEnd = heading ? heading.location + wordCount(heading.text ?? '') : 0;
    const text = words.slice(start, end).join(' ');
    const own = start >= headingEnd && !tasks.some((task) => task.location >= start && task.location < end);
    const labelled = own && end - start <= MAX_LABEL_WORDS && text.endsWith('.');
    labels.push(labelled ? { location: start, group: end, text: text.slice(0, -1) } : { location: end, group: end });
  }
  return labels;
}

/** The page's matches that a reader would call matches, each with the query word it is. */
function pageMatches(page: PagefindResultData, words: readonly string[], terms: readonly QueryTerm[]): Match[] {
  const seen = new Set<number>();
  const matches: Match[] = [];
  for (const { location, weight } of page.weighted_locations) {
    if (seen.has(location)) continue;
    seen.add(location);
    const word = words[location] ?? '';
    let best = -1;
    let bestCloseness = 0;
    terms.forEach((term, i) => {
      const value = closeness(word, term);
      if (value > bestCloseness) {
        best = i;
        bestCloseness = value;
      }
    });
    if (best >= 0) matches.push({ location, term: best, value: weight * weight * bestCloseness });
  }
  return [...matches, ...shorterForms(words, terms, seen), ...ordinalMatches(words, terms, matches)];
}

/**
 * Where the page says an ordinal of the query ("Month 1", "first month", "1st week"), each worth as much as its
 * unit's match beside it (a heading's "Week 2" weighs as the heading does), or as a word of the text.
 */
function ordinalMatches(words: readonly string[], terms: readonly QueryTerm[], found: readonly Match[]): Match[] {
  const valueAt = new Map(found.map((match) => [match.location, match.value]));
  const matches: Match[] = [];
  terms.forEach(({ ordinal }, term) => {
    if (!ordinal) return;
    const { number } = ordinal;
    words.forEach((word, location) => {
      // Most words are neither the number nor an ordinal, which is cheap to tell.
      if (!/\d/.test(word) && !/^\W*[a-z]+th|first|second|third/i.test(word)) return;
      if (!saysOrdinal(words, location, ordinal)) return;
      const unitAt = wordKey(word) === String(number) ? [location - 1] : [location + 1, location + 2];
      const value = Math.max(1, ...unitAt.map((at) => valueAt.get(at) ?? 0));
      matches.push({ location, term, value });
    });
  });
  return matches;
}

/**
 * The query words' shorter forms that Pagefind does not report. It matches a
 * word's stem and the words that start with it, and its stemmer keeps some
 * endings ("mentorship", "internship" and "leadership" are their own stems),
 * so "mentor" is never among its matches for "mentorship", though it is
 * another form of the word: what the aspiring leaders' "Find a mentor" task
 * is about, beside a task that names mentorship once among other means. Found
 * here in the page's text, each counted as a word of the text, whatever
 * element it is in (an element's weight is Pagefind's to know).
 */
function shorterForms(words: readonly string[], terms: readonly QueryTerm[], seen: ReadonlySet<number>): Match[] {
  const forms = terms.flatMap((term, index) =>
    Array.from({ length: term.key.length }, (_, length) => term.key.slice(0, length))
      .filter((form) => isShorterForm(form, term.key))
      .map((form) => ({ form, index, term })),
  );
  if (forms.length === 0) return [];
  const matches: Match[] = [];
  words.forEach((word, location) => {
    // Most words hold none of the forms, which is cheap to tell; a form must then be the whole word.
    const lower = word.toLowerCase();
    if (seen.has(location) || !forms.some(({ form }) => lower.includes(form))) return;
    const key = wordKey(word);
    const found = forms.find(({ form }) => form === key);
    const value = found ? closeness(word, found.term) : 0;
    if (found && value > 0) matches.push({ location, term: found.index, value });
  });
  return matches;
}

/** A match in a title above, as context for what is below it. */
const asContext = (match: Match): Match => ({ ...match, value: Math.min(match.value, CONTEXT_VALUE) });

/** Gives each section the matches in the titles above it: "Scoring Process" sits under "President's Club". */
function inheritTitles(regions: Region[]): void {
  const titleMatches = (region: Region) =>
    region.heading.matches.filter((match) => match.location < region.heading.bodyStart);
  const parents: Region[] = [];
  for (const region of regions) {
    while (parents.length > 0 && (parents.at(-1)?.level ?? 0) >= region.level) parents.pop();
    region.inherited = parents.flatMap(titleMatches).map(asContext);
    region.parent = parents.at(-1);
    parents.push(region);
  }
}

/** What a score needs to know about the query. */
interface Scoring {
  /** The query's words. */
  terms: readonly QueryTerm[];
  /** Per query word: how much it tells sections apart (rare words more, common words such as "to" little). */
  rarity: readonly number[];
  /**
   * Per query word: whether a title must name it to be a title for the query (a word found on the pages, and not
   * a very common word such as "to", unless the query is only such words).
   */
  named: readonly boolean[];
  /** Whether no result has every word: the search for some of them (`RankOptions.some`). */
  some: boolean;
  /** The average length of the results' titles (headings), in words. */
  averageTitleLength: number;
  /** The average length of the results' texts (sections less their tasks, and tasks), in words. */
  averageBodyLength: number;
}

/** The longest run of query words, in the query's order, next to each other in the text. */
function longestPhrase(matches: readonly Match[]): number {
  const termAt = new Map(matches.map((match) => [match.location, match.term]));
  let longest = 1;
  for (const match of matches) {
    let length = 1;
    while (termAt.get(match.location + length) === match.term + length) length += 1;
    longest = Math.max(longest, length);
  }
  return longest;
}

/** The matches of a result's title and of its text, with their lengths in words. */
interface Fields {
  title: readonly Match[];
  titleLength: number;
  body: readonly Match[];
  bodyLength: number;
  /** Matches in the titles above it: they count only for query words the result lacks. */
  context: readonly Match[];
}

/** How far `sum` fills a word's share (0 to 1), for a field `length` words long against the average. */
function saturate(sum: number, length: number, averageLength: number): number {
  if (sum <= 0) return 0;
  const relative = averageLength > 0 ? length / averageLength : 1;
  const halfway = SATURATION * (1 - LENGTH_NORMALIZATION + LENGTH_NORMALIZATION * relative);
  return sum / (sum + halfway);
}

/**
 * A result's score, in the manner of BM25F: for each query word, its matches
 * in the title and in the text each saturate, the longer the field the
 * slower (a heading that is the query beats one that contains it among other
 * words; a short task about the query beats a long section that mentions
 * it); the two combine, weighted by the word's rarity. Then times the share
 * of the query's words found, squared (a result with every word beats one
 * with many of one), and more when the words stand together as typed.
 *
 * A title counts as one only when it names the whole query. One that names
 * part of it names something else ("Triage and Health Review" is a review,
 * not a call review; "Senior Director of Customer Success" is not about
 * success plans): its words count as a title above counts, as much as the
 * word once in the text, and the result is scored on what its text says.
 * When no result has every word (the search for some of them), a title that
 * names every word its result has counts as one.
 */
function scoreOf(fields: Fields, scoring: Scoring): number {
  const { rarity } = scoring;
  const sums = (matches: readonly Match[]) => {
    const perTerm = new Array<number>(rarity.length).fill(0);
    for (const match of matches) perTerm[match.term] = (perTerm[match.term] ?? 0) + match.value;
    return perTerm;
  };
  const titled = sums(fields.title);
  const inText = sums(fields.body);
  const named = (term: number) => (titled[term] ?? 0) > 0;
  // In the search for some of the words no title names them all: one that names all its part has is the best there
  // is ("SLACK Channels" for "which slack channels should i join", its text saying "participate", not "join").
  const namesQuery =
    scoring.named.every((needed, term) => !needed || named(term)) ||
    (scoring.some &&
      scoring.named.some((needed, term) => needed && named(term)) &&
      scoring.named.every((needed, term) => !needed || named(term) || !(inText[term] ?? 0)));
  const title = namesQuery ? titled : sums([]);
  const body = namesQuery ? inText : sums([...fields.body, ...fields.title.map(asContext)]);
  const context = sums(fields.context);
  let score = 0;
  let found = 0;
  rarity.forEach((weight, term) => {
    const inTitle = title[term] ?? 0;
    const inBody = (body[term] ?? 0) || (inTitle > 0 ? 0 : (context[term] ?? 0));
    if (inTitle + inBody <= 0) return;
    found += 1;
    const fromTitle = saturate(inTitle, fields.titleLength, scoring.averageTitleLength);
    const fromBody = saturate(inBody, fields.bodyLength, scoring.averageBodyLength);
    score += weight * (1 - (1 - fromTitle) * (1 - fromBody));
  });
  const coverage = found / rarity.length;
  const own = [...fields.title, ...fields.body];
  const phrase = rarity.length > 1 ? (longestPhrase(own) - 1) / (rarity.length - 1) : 0;
  return score * coverage * coverage * (1 + PHRASE_BONUS * phrase);
}

function entryUrl(pageUrl: string, id: string | undefined): string {
  return id ? `${pageUrl.split('#')[0]}#${id}` : pageUrl;
}

/** Whether a word of a title or excerpt should be marked as a match. */
function isShownMatch(word: string, terms: readonly QueryTerm[]): boolean {
  return terms.some((term) => !STOP_WORDS.has(term.key) && closeness(word, term) > 0);
}

/** Whether the word at `i` says an ordinal of the query, next to its unit ("1" in "Month 1"). */
const isShownOrdinal = (words: readonly string[], i: number, terms: readonly QueryTerm[]): boolean =>
  terms.some(({ ordinal }) => ordinal && saysOrdinal(words, i, ordinal));

/** The text with the words that match the query marked. */
export function highlight(text: string, terms: readonly QueryTerm[]): ExcerptPart[] {
  const words = text.split(WORD_SEPARATOR).filter(Boolean);
  const piece = (part: string) => isShownMatch(part, terms);
  return wordsToParts(words, (i) => isShownMatch(words[i] ?? '', terms) || isShownOrdinal(words, i, terms), piece);
}

/** A section heading (or the page itself) or a task, scored on its own. */
interface Candidate {
  region: Region;
  target: Target;
  score: number;
  /** Whether it has every word the query names (`Scoring.named`), in its own words or the headings above it. */
  whole: boolean;
}

/**
 * Whether a result's fields have every word a title must name for the query (`Scoring.named`), less the words a
 * question is asked with ("my" in "1:1 with my director"), which say nothing of what is asked about.
 */
function hasEveryWord(fields: Fields, scoring: Scoring): boolean {
  const has = new Set([...fields.title, ...fields.body, ...fields.context].map((match) => match.term));
  return scoring.named.every(
    (needed, term) => !needed || has.has(term) || QUESTION_FILLER.has(scoring.terms[term]?.key ?? ''),
  );
}

/**
 * What a region offers as results: its heading (or the page), scored on the
 * title and the text outside its tasks, and each of its tasks, scored on the
 * task's words with the heading as context.
 */
function candidatesOf(region: Region, scoring: Scoring, answers?: (from: number, to: number) => boolean): Candidate[] {
  const { heading } = region;
  const isTitle = (match: Match) => match.location < heading.bodyStart;
  const titleMatches = heading.matches.filter(isTitle);
  const taskContext = [...region.inherited, ...titleMatches.map(asContext)];
  // A question that asks how many, how long or how often is answered by a result whose own text gives a figure.
  const answered = (from: number, to: number) => (answers?.(from, to) ? 1 + ANSWER_BONUS : 1);
  /** The section's own text, less its title and its tasks, as [from, to) ranges. */
  const ownRanges = () => {
    const ranges: [number, number][] = [];
    let at = heading.bodyStart;
    for (const task of region.tasks) {
      ranges.push([at, task.start]);
      at = task.end;
    }
    ranges.push([at, heading.end]);
    return ranges;
  };
  const candidates: Candidate[] = [];
  if (heading.matches.length > 0) {
    const fields: Fields = {
      title: titleMatches,
      titleLength: titleLength(region),
      body: heading.matches.filter((match) => !isTitle(match)),
      bodyLength: bodyLength(region),
      context: region.inherited,
    };
    const bonus = Math.max(...ownRanges().map(([from, to]) => answered(from, to)));
    candidates.push({
      region,
      target: heading,
      score: scoreOf(fields, scoring) * bonus,
      whole: hasEveryWord(fields, scoring),
    });
  }
  for (const task of region.tasks) {
    if (task.matches.length === 0) continue;
    const fields: Fields = {
      title: [],
      titleLength: 0,
      body: task.matches,
      bodyLength: task.end - task.start,
      context: taskContext,
    };
    candidates.push({
      region,
      target: task,
      score: scoreOf(fields, scoring) * answered(task.start, task.end),
      whole: hasEveryWord(fields, scoring),
    });
  }
  return candidates;
}

/** A task that names again what an earlier task asks for trades places with it when it scores higher (lib/search-repeats). */
function placeTaskRepeats(candidates: readonly Candidate[], words: readonly string[]): void {
  const tasks = candidates.filter((candidate) => candidate.target.kind === 'task');
  const scores = placeRepeats(
    tasks.map(({ target, score }) => ({
      start: target.start,
      keys: words.slice(target.start, target.end).map(wordKey).filter(Boolean),
      score,
    })),
  );
  tasks.forEach((task, i) => {
    task.score = scores[i] ?? task.score;
  });
}

/** A result's anchor and those of the sections it is in, innermost first (none for the page itself). */
function anchorsOf({ region, target }: Candidate): string[] {
  const anchors = target.kind === 'task' && target.id ? [target.id] : [];
  for (let at: Region | undefined = region; at; at = at.parent) if (at.id) anchors.push(at.id);
  return anchors;
}

const titleLength = (region: Region) => region.heading.bodyStart - region.heading.start;

/** The words of a section's own text: the section's, less its title and its tasks. */
function bodyLength(region: Region): number {
  const tasks = region.tasks.reduce((sum, task) => sum + (task.end - task.start), 0);
  return region.heading.end - region.heading.bodyStart - tasks;
}

function entryOf(
  candidate: Candidate,
  page: PagefindResultData,
  words: readonly string[],
  terms: readonly QueryTerm[],
  matches: readonly Match[],
): RankedEntry {
  const { region, target, score } = candidate;
  const { heading } = region;
  // A heading with only sections under it ("Week 1" over "Kick-off call") shows their words: it has none of its own.
  const range =
    target.kind === 'task'
      ? { start: target.start, end: target.end }
      : heading.bodyStart < heading.end
        ? { start: heading.bodyStart, end: heading.end }
        : { start: heading.end, end: region.under };
  const shown = matches.filter(
    (match) => terms[match.term]?.ordinal || isShownMatch(words[match.location] ?? '', terms),
  );
  const parent = region.parent?.kind === 'section' ? region.parent.title : undefined;
  // A task under a label ("Month 1") says it: "Expectations for Manager support during onboarding › Month 1".
  const { place } = target;
  return {
    kind: target.kind,
    url: entryUrl(page.url, target.id),
    section: region.id,
    context: place
      ? region.title
      : parent && !region.title.toLowerCase().includes(parent.toLowerCase())
        ? parent
        : undefined,
    title: highlight(place ?? region.title, terms),
    excerpt: buildExcerpt(
      words,
      range,
      new Map(shown.map((match) => [match.location, match.value])),
      EXCERPT_WORDS,
      (piece) => isShownMatch(piece, terms),
    ),
    score,
  };
}

/**
 * Ranks the pages Pagefind found by their best section, and each page's
 * sections by their own matches; drops pages with no real match, and the
 * tasks the options say are another reader's.
 */
export function rankResults(query: string, found: readonly FoundPage[], options: RankOptions = {}): RankedResults {
  const terms = queryTerms(query);
  if (terms.length === 0) return { pages: [], unmatched: [], whole: false };

  const pages = found.map(({ score, data }) => {
    const words = data.content.split(WORD_SEPARATOR);
    const regions = splitPage(data, words);
    for (const match of pageMatches(data, words, terms)) {
      const region = regions.findLast((r) => r.heading.start <= match.location);
      if (!region) continue;
      region.matches.push(match);
      const task = region.tasks.find((t) => match.location >= t.start && match.location < t.end);
      (task ?? region.heading).matches.push(match);
    }
    inheritTitles(regions);
    return { pagefindScore: score, data, words, regions };
  });

  // A word found in few of the sections is worth more than one found in most (inverse document frequency).
  const allRegions = pages.flatMap((page) => page.regions);
  const containing = terms.map(
    (_, term) => allRegions.filter((region) => region.matches.some((match) => match.term === term)).length,
  );
  const rarity = terms.map((term, i) => {
    const count = containing[i] ?? 0;
    if (count === 0) return 0;
    return Math.log(1 + allRegions.length / count) * (STOP_WORDS.has(term.key) ? STOP_WORD_SHARE : 1);
  });
  // An ordinal no page says ("twelfth module") is a number, not a word to correct or to name as lacking.
  const unmatched = terms.filter((term, i) => containing[i] === 0 && !term.ordinal);
  // The words a title must name to be a title for the query: those found, less the very common ones (unless
  // the query is only those), so "How to find a mentor" names "find a mentor" and "Value" does not name "time to value".
  const isFound = (i: number) => (containing[i] ?? 0) > 0;
  const anyKeyWord = terms.some((term, i) => isFound(i) && !STOP_WORDS.has(term.key));
  const named = terms.map((term, i) => isFound(i) && (!anyKeyWord || !STOP_WORDS.has(term.key)));
  const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  const scoring: Scoring = {
    terms,
    rarity,
    named,
    some: Boolean(options.some),
    averageTitleLength: average(allRegions.map(titleLength)),
    averageBodyLength: average(allRegions.flatMap((r) => [bodyLength(r), ...r.tasks.map((t) => t.end - t.start)])),
  };

  const asked = askedFor(query);
  const ranked: (RankedPage & { pagefindScore: number })[] = [];
  let whole = false;
  for (const { pagefindScore, data, words, regions } of pages) {
    const isOthers = (candidate: Candidate) => Boolean(options.isOthers?.(data.url, anchorsOf(candidate)));
    const answers = asked
      ? (from: number, to: number) => words.slice(from, to).some((_, i) => answersAt(words, from + i, asked))
      : undefined;
    const matches = regions.flatMap((region) => region.matches);
    const candidates = regions
      .flatMap((region) => candidatesOf(region, scoring, answers))
      .filter((candidate) => !isOthers(candidate));
    placeTaskRepeats(candidates, words);
    whole ||= candidates.some((candidate) => candidate.whole);
    candidates.sort((a, b) => b.score - a.score);
    const [first] = candidates;
    if (!first || first.score <= 0) continue;
    const entries: RankedEntry[] = [];
    const perRegion = new Map<Region, number>();
    const headingListed = new Set<Region>();
    const seenExcerpts = new Set<string>();
    for (const candidate of candidates) {
      if (entries.length === MAX_ENTRIES_PER_PAGE || candidate.score < first.score * ENTRY_SCORE_SHARE) break;
      // Room for other sections: a long checklist would otherwise fill the page's places with its tasks.
      // A section's heading result shows its tasks' words, so a section is listed by its heading or by its tasks.
      const taken = perRegion.get(candidate.region) ?? 0;
      const isHeading = candidate.target === candidate.region.heading;
      if (taken === MAX_ENTRIES_PER_SECTION || headingListed.has(candidate.region) || (isHeading && taken > 0))
        continue;
      const entry = entryOf(candidate, data, words, terms, matches);
      // The same words twice (a task repeated week after week) would be the same result twice.
      const text = entry.excerpt.map((part) => part.text).join('');
      if (seenExcerpts.has(text)) continue;
      seenExcerpts.add(text);
      perRegion.set(candidate.region, taken + 1);
      if (isHeading) headingListed.add(candidate.region);
      entries.push(entry);
    }
    const second = entries[1]?.score ?? 0;
    ranked.push({
      url: data.url,
      title: data.meta.title ?? data.url,
      score: first.score + SECOND_SECTION_SHARE * second,
      entries,
      pagefindScore,
    });
  }
  ranked.sort((a, b) => b.score - a.score || b.pagefindScore - a.pagefindScore);
  return { pages: ranked.map(({ pagefindScore: _, ...page }) => page), unmatched, whole };
}
