import Slugger from 'github-slugger';
import type {
  Ladder,
  LadderConfig,
  LadderGroup,
  LadderItem,
  LadderLevel,
  LadderLink,
  LadderList,
  LadderSpecialty,
  LevelSlug,
} from '../schemas/career-ladder';

/*
 * Reads the career ladder from the job family page's Markdown, so the ladder
 * can never say something the page does not: every level's grade, reporting
 * line, items and "Extends …" sentences come from the page; the config adds
 * only slugs, tracks and the names the page uses for each level. Problems
 * (a level missing, an "Extends" naming no level) are returned, not guessed
 * around: the build and the tests fail on them.
 */

interface Block {
  kind: 'heading' | 'item' | 'detail' | 'para';
  depth: number;
  text: string;
  /** Heading id as the page renders it. */
  anchor?: string;
  /** The links in an item's words, as written (`plainMarkdown` keeps only their text). */
  links?: LadderLink[];
}

const GROUP_ID: Record<LadderGroup, string> = {
  responsibilities: 'resp',
  requirements: 'req',
  indicators: 'pi',
  specialty: 'spec',
};
const MAX_ID_LENGTH = 80;

/** Inline Markdown as the reader reads it: link text kept, escapes and emphasis markers dropped. */
export function plainMarkdown(source: string): string {
  return source
    .replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const LINK = /\[([^\]]+)\]\(([^)\s]*)\)/g;

/** The links of a line of inline Markdown: their words as the reader reads them, their address as written. */
function linksOf(source: string): LadderLink[] {
  return [...source.matchAll(LINK)].map((m) => ({ text: plainMarkdown(m[1] as string), href: m[2] as string }));
}

/** The page's text as headings, list items (with their sub-items) and paragraphs. */
function blocks(markdown: string): Block[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const slugger = new Slugger();
  const out: Block[] = [];
  let previous: Block | undefined;
  for (const line of body.split('\n')) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (heading) {
      const text = plainMarkdown(heading[2] as string);
      previous = { kind: 'heading', depth: (heading[1] as string).length, text, anchor: slugger.slug(text) };
      out.push(previous);
      previous = undefined;
    } else if (item) {
      const kind = (item[1] as string).length >= 2 ? 'detail' : 'item';
      previous = { kind, depth: 0, text: plainMarkdown(item[2] as string), links: linksOf(item[2] as string) };
      out.push(previous);
    } else if (line.trim() === '') {
      previous = undefined;
    } else if (previous && previous.kind !== 'heading') {
      previous.text = plainMarkdown(`${previous.text} ${line}`);
      previous.links?.push(...linksOf(line));
    } else {
      previous = { kind: 'para', depth: 0, text: plainMarkdown(line) };
      out.push(previous);
    }
  }
  return out;
}

/** `<owner>-<group>-<first words>`: stable while the item's first words stay. */
export function itemId(owner: string, group: LadderGroup, text: string, taken: Set<string>): string {
  const prefix = `${owner}-${GROUP_ID[group]}-`;
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? ['item'];
  let base = prefix + words.slice(0, 6).join('-');
  if (base.length > MAX_ID_LENGTH - 3) base = base.slice(0, MAX_ID_LENGTH - 3).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The section under a heading: the blocks up to the next heading of the same or a higher level. */
function section(all: readonly Block[], start: number): Block[] {
  const head = all[start] as Block;
  const out: Block[] = [];
  for (let i = start + 1; i < all.length; i += 1) {
    const block = all[i] as Block;
    if (block.kind === 'heading' && block.depth <= head.depth) break;
    out.push(block);
  }
  return out;
}

function listItems(section: readonly Block[], owner: string, group: LadderGroup, taken: Set<string>): LadderItem[] {
  const items: LadderItem[] = [];
  for (const block of section) {
    if (block.kind === 'heading') break;
    if (block.kind === 'item') {
      const links = block.links?.length ? { links: block.links } : {};
      items.push({ id: itemId(owner, group, block.text, taken), text: block.text, details: [], ...links });
    } else if (block.kind === 'detail') items.at(-1)?.details.push(block.text);
  }
  return items;
}

const GROUP_HEADINGS: [RegExp, LadderGroup][] = [
  [/ Responsibilities$/, 'responsibilities'],
  [/ Requirements$/, 'requirements'],
  [/ Performance Indicators$/, 'indicators'],
];

/** "Extends the Senior CSM responsibilities", "Extends that of the Director … requirements", "Extends the Customer Success KPIs articulated here". */
const EXTENDS = /^Extends (?:that of )?the (.+?) (?:responsibilities|requirements)$/;
const EXTENDS_FAMILY = /^Extends the Customer Success KPIs/;
const CORRESPONDING = /corresponding Customer Success Manager level/;

interface ParsedLadder {
  ladder: Ladder;
  /** What the page says that the ladder could not read; empty when all is well. */
  problems: string[];
}

/** Reads the ladder from the job family page's Markdown. Never throws. */
export function parseLadder(markdown: string, config: Pick<LadderConfig, 'levels' | 'specialties'>): ParsedLadder {
  const all = blocks(markdown);
  const problems: string[] = [];
  const taken = new Set<string>();
  const findH2 = (text: string) => all.findIndex((b) => b.kind === 'heading' && b.depth === 2 && b.text === text);
  const h2Items = (text: string, group: LadderGroup) => {
    const at = findH2(text);
    if (at < 0) problems.push(`no "## ${text}" section`);
    return at < 0 ? [] : listItems(section(all, at), 'family', group, taken);
  };
  const family = {
    responsibilities: h2Items('Responsibilities', 'responsibilities'),
    requirements: h2Items('Requirements', 'requirements'),
    indicators: h2Items('Performance Indicators', 'indicators'),
  };

  const nameToSlug = new Map<string, LevelSlug>();
  for (const level of config.levels) {
    for (const name of [level.heading, ...level.names]) nameToSlug.set(name, level.slug);
  }

  function readLists(sectionBlocks: readonly Block[], owner: string): Partial<Record<LadderGroup, LadderList>> {
    const lists: Partial<Record<LadderGroup, LadderList>> = {};
    sectionBlocks.forEach((block, i) => {
      if (block.kind !== 'heading') return;
      const group = GROUP_HEADINGS.find(([pattern]) => pattern.test(block.text))?.[1];
      if (!group) return;
      const items = listItems(sectionBlocks.slice(i + 1), owner, group, taken);
      lists[group] = extendsOf(items, owner);
    });
    return lists;
  }

  /** Moves a leading "Extends …" bullet out of the items into the list's `extends`. */
  function extendsOf(items: LadderItem[], owner: string): LadderList {
    const first = items[0];
    if (!first) return { items };
    if (EXTENDS_FAMILY.test(first.text)) return { extends: 'family', extendsText: first.text, items: items.slice(1) };
    const match = EXTENDS.exec(first.text);
    if (!match) return { items };
    const target = nameToSlug.get(match[1] as string);
    if (!target) problems.push(`${owner}: "${first.text}" names no level`);
    return { ...(target ? { extends: target } : {}), extendsText: first.text, items: items.slice(1) };
  }

  const levels: LadderLevel[] = [];
  const levelsAt = findH2('Levels');
  const levelHeadings = levelsAt < 0 ? [] : section(all, levelsAt).filter((b) => b.kind === 'heading' && b.depth === 3);
  if (levelsAt < 0) problems.push('no "## Levels" section');
  const onPage = levelHeadings.map((b) => b.text);
  const expected = config.levels.map((l) => l.heading);
  if (onPage.join('\n') !== expected.join('\n')) {
    problems.push(
      `levels on the page (${onPage.join('; ')}) differ from content/career-ladder.yaml (${expected.join('; ')})`,
    );
  }
  for (const level of config.levels) {
    const at = all.findIndex((b) => b.kind === 'heading' && b.depth === 3 && b.text === level.heading);
    if (at < 0) continue;
    const body = section(all, at);
    const paras = body.filter((b) => b.kind === 'para').map((b) => b.text);
    const gradeSentence = paras.find((p) => /is a job grade level \d+/.test(p));
    const gradeMatch = gradeSentence ? /is a job grade level (\d+)/.exec(gradeSentence) : null;
    if (!gradeSentence) problems.push(`${level.slug}: no job grade sentence`);
    const reports = paras.find((p) => / reports to /.test(p));
    const reportsTo = reports ? /reports to (?:the )?(.+?)\.?$/.exec(reports)?.[1] : undefined;
    levels.push({
      slug: level.slug,
      name: level.heading,
      track: level.track,
      anchor: all[at]?.anchor ?? level.slug,
      ...(gradeMatch ? { grade: Number(gradeMatch[1]) } : {}),
      ...(gradeSentence ? { gradeSentence } : {}),
      ...(level.upstreamGradeSentence ? { upstreamGradeSentence: level.upstreamGradeSentence } : {}),
      ...(reportsTo ? { reportsTo } : {}),
      intro: paras.filter((p) => p !== gradeSentence && p !== reports),
      lists: readLists(body, level.slug),
    });
  }

  const specialties: LadderSpecialty[] = [];
  for (const specialty of config.specialties) {
    const at = all.findIndex((b) => b.kind === 'heading' && b.depth === 3 && b.text === specialty.heading);
    if (at < 0) {
      problems.push(`no specialty "${specialty.heading}" on the page`);
      continue;
    }
    const body = section(all, at);
    let lists = readLists(body, specialty.slug);
    const notes: string[] = [];
    // Public Sector: "Extends the corresponding … level responsibilities:" is a note, not an item.
    for (const list of Object.values(lists)) {
      const first = list.items[0];
      if (first && CORRESPONDING.test(first.text)) {
        notes.push(first.text);
        list.items.shift();
      }
    }
    if (Object.keys(lists).length === 0)
      lists = { specialty: { items: listItems(body, specialty.slug, 'specialty', taken) } };
    specialties.push({
      slug: specialty.slug,
      name: specialty.heading,
      label: specialty.label,
      anchor: all[at]?.anchor ?? specialty.slug,
      notes,
      lists,
    });
  }

  const ladderAt = findH2('Career Ladder');
  const careerLadderText = ladderAt < 0 ? undefined : section(all, ladderAt).find((b) => b.kind === 'para')?.text;
  return {
    ladder: { family, levels, specialties, ...(careerLadderText ? { careerLadderText } : {}) },
    problems,
  };
}
