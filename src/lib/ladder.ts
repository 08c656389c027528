import type { Ladder, LadderGroup, LadderItem, LadderLevel, LevelSlug, SpecialtySlug } from '../schemas/career-ladder';
import type { ViewSegment } from './program-view';

/*
 * The career ladder's logic, pure: resolving the "Extends …" chains into each
 * level's full lists (every item knowing the level where it first appears),
 * adding a specialty, comparing two levels, and the page's quirks.
 */

/** Where an item comes from: a level, the job family's own lists, or a specialty. */
export type ItemOrigin = LevelSlug | 'family' | SpecialtySlug;

export interface ResolvedItem {
  item: LadderItem;
  group: LadderGroup;
  /** The level (or family list, or specialty) whose section states it first. */
  origin: ItemOrigin;
  /** Higher levels in the chain that state the same words again. */
  restatedAt: LevelSlug[];
}

/** The groups a level is compared and assessed by, in page order. */
export const COMPARED_GROUPS: readonly LadderGroup[] = ['responsibilities', 'requirements', 'indicators', 'specialty'];

/** Words compared loosely: case, spacing and final punctuation do not make an item new. */
export function itemKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.:;\s]+$/, '')
    .trim();
}

function levelBySlug(ladder: Ladder, slug: LevelSlug): LadderLevel {
  const level = ladder.levels.find((l) => l.slug === slug);
  if (!level) throw new Error(`No level "${slug}" in the ladder`);
  return level;
}

/**
 * A level's full list for one group: what it extends (resolved the same way,
 * recursively), then its own items. An own item with the same words as an
 * inherited one is not added again: the inherited item notes the restatement.
 */
export function resolveGroup(
  ladder: Ladder,
  slug: LevelSlug,
  group: LadderGroup,
  seen: readonly LevelSlug[] = [],
): ResolvedItem[] {
  if (seen.includes(slug)) throw new Error(`"Extends" goes round in a circle: ${[...seen, slug].join(' → ')}`);
  const list = levelBySlug(ladder, slug).lists[group];
  if (!list) return [];
  let resolved: ResolvedItem[] = [];
  if (list.extends === 'family') {
    const familyItems = group === 'specialty' ? [] : ladder.family[group];
    resolved = familyItems.map((item) => ({ item, group, origin: 'family', restatedAt: [] }));
  } else if (list.extends) {
    resolved = resolveGroup(ladder, list.extends, group, [...seen, slug]).map((r) => ({
      ...r,
      restatedAt: [...r.restatedAt],
    }));
  }
  // Each item's key once, looked up by key: comparing every pair re-keyed both texts each time, and the
  // ladder page resolves every level's chains many times over when it is built (0.1 s of its 0.2–0.35 s).
  const byKey = new Map<string, ResolvedItem>();
  for (const r of resolved) {
    const key = itemKey(r.item.text);
    if (!byKey.has(key)) byKey.set(key, r);
  }
  for (const item of list.items) {
    const key = itemKey(item.text);
    const same = byKey.get(key);
    if (same) same.restatedAt.push(slug);
    else {
      const added: ResolvedItem = { item, group, origin: slug, restatedAt: [] };
      resolved.push(added);
      byKey.set(key, added);
    }
  }
  return resolved;
}

type LevelLists = Record<LadderGroup, ResolvedItem[]>;

/** Every group of a level, resolved, with a specialty's items added when one is chosen. */
export function resolveLevel(ladder: Ladder, slug: LevelSlug, specialty?: SpecialtySlug): LevelLists {
  const lists = Object.fromEntries(
    COMPARED_GROUPS.map((group) => [group, resolveGroup(ladder, slug, group)]),
  ) as LevelLists;
  const overlay = specialty ? ladder.specialties.find((s) => s.slug === specialty) : undefined;
  for (const group of COMPARED_GROUPS) {
    for (const item of overlay?.lists[group]?.items ?? []) {
      if (!lists[group].some((r) => itemKey(r.item.text) === itemKey(item.text))) {
        lists[group].push({ item, group, origin: overlay?.slug as SpecialtySlug, restatedAt: [] });
      }
    }
  }
  return lists;
}

interface GroupComparison {
  group: LadderGroup;
  /** At the target level, not at the current one: what a promotion asks for. */
  added: ResolvedItem[];
  /** At the current level only (another track, or left behind). */
  removed: ResolvedItem[];
  /** At both levels. */
  shared: ResolvedItem[];
  /**
   * Items of the job family's own lists (the page's top-level "Requirements" and
   * "Performance Indicators") that only one of the two levels states. The page lists
   * them for the whole family and does not say whether they apply at every level, so
   * they are neither new at the level that states them nor left behind: shown apart.
   */
  family: ResolvedItem[];
}

export interface Comparison {
  from: LevelSlug;
  to: LevelSlug;
  specialty?: SpecialtySlug;
  groups: GroupComparison[];
  /** Whether `to` extends `from` through its chains (same track, higher level). */
  toExtendsFrom: boolean;
  /** Why `to` is below `from` on the ladder (`lowerBecause`); undefined when it is not: then it can be assessed for. */
  lower?: LowerReason | undefined;
}

/** Whether any of `slug`'s lists extends `other`, directly or through other levels. */
function extendsLevel(ladder: Ladder, slug: LevelSlug, other: LevelSlug, seen: LevelSlug[] = []): boolean {
  if (seen.includes(slug)) return false;
  return Object.values(levelBySlug(ladder, slug).lists).some(
    (list) =>
      list.extends !== undefined &&
      list.extends !== 'family' &&
      (list.extends === other || extendsLevel(ladder, list.extends, other, [...seen, slug])),
  );
}

/**
 * Why `to` is a lower level than `from`, by the ladder's own order; undefined when it is not.
 * - `extends`: `from` extends `to` through its chains (Director's responsibilities extend Senior Manager's), so it
 *   is below on the same track;
 * - `grade`: neither extends the other (the two tracks start apart) and the page gives `to` a lower job grade
 *   (Associate CSM, grade 5, against Vice President, 12).
 * Levels of the same grade on the two tracks (Staff CSM, Manager, CSM, Senior Manager, CSM: all 9) are neither
 * below the other: the grade alone does not tell, and the ladder's own step from Staff CSM goes to Manager, CSM.
 */
type LowerReason = 'extends' | 'grade';

export function lowerBecause(ladder: Ladder, from: LevelSlug, to: LevelSlug): LowerReason | undefined {
  if (from === to || extendsLevel(ladder, to, from)) return undefined;
  if (extendsLevel(ladder, from, to)) return 'extends';
  const fromGrade = levelBySlug(ladder, from).grade;
  const toGrade = levelBySlug(ladder, to).grade;
  return fromGrade !== undefined && toGrade !== undefined && toGrade < fromGrade ? 'grade' : undefined;
}

/** Two levels side by side, by group: what is new at `to`, what only `from` has, what both share. */
export function compareLevels(ladder: Ladder, from: LevelSlug, to: LevelSlug, specialty?: SpecialtySlug): Comparison {
  const a = resolveLevel(ladder, from, specialty);
  const b = resolveLevel(ladder, to, specialty);
  const groups = COMPARED_GROUPS.map((group): GroupComparison => {
    const fromKeys = new Set(a[group].map((r) => itemKey(r.item.text)));
    const toKeys = new Set(b[group].map((r) => itemKey(r.item.text)));
    const familyKeys = familyKeysOf(ladder, group);
    const isFamily = (r: ResolvedItem) => familyKeys.has(itemKey(r.item.text));
    const onlyTo = b[group].filter((r) => !fromKeys.has(itemKey(r.item.text)));
    const onlyFrom = a[group].filter((r) => !toKeys.has(itemKey(r.item.text)));
    return {
      group,
      added: onlyTo.filter((r) => !isFamily(r)),
      removed: onlyFrom.filter((r) => !isFamily(r)),
      shared: b[group].filter((r) => fromKeys.has(itemKey(r.item.text))),
      family: [...onlyTo, ...onlyFrom].filter(isFamily),
    };
  }).filter((g) => g.added.length + g.removed.length + g.shared.length + g.family.length > 0);
  const lower = lowerBecause(ladder, from, to);
  return {
    from,
    to,
    ...(specialty ? { specialty } : {}),
    groups,
    toExtendsFrom: extendsLevel(ladder, to, from),
    ...(lower ? { lower } : {}),
  };
}

/** A level whose responsibilities and requirements extend two different levels (Director's: Senior Manager, Manager). */
interface MixedExtends {
  level: LevelSlug;
  responsibilities: LevelSlug;
  requirements: LevelSlug;
}

function mixedExtendsOf(ladder: Ladder, slug: LevelSlug): MixedExtends | undefined {
  const { responsibilities, requirements } = levelBySlug(ladder, slug).lists;
  const resp = responsibilities?.extends;
  const req = requirements?.extends;
  return resp && req && resp !== 'family' && req !== 'family' && resp !== req
    ? { level: slug, responsibilities: resp, requirements: req }
    : undefined;
}

/**
 * The mixed "Extends" behind a comparison's surprise: items of a level the higher of the two extends that it
 * does not keep (Senior Manager, CSM → Director: the Senior Manager requirements, "only at" Senior Manager, as
 * Director's requirements extend Manager, CSM). Each such level on the higher one's chain, so a note can say why.
 */
export function mixedExtendsShown(ladder: Ladder, comparison: Comparison): MixedExtends[] {
  const higher = comparison.lower ? comparison.from : comparison.to;
  const onlyAtLower = comparison.groups.flatMap((g) => (comparison.lower ? g.added : g.removed));
  const left = onlyAtLower.some(
    (r) =>
      r.origin !== 'family' &&
      ladder.levels.some((l) => l.slug === r.origin) &&
      extendsLevel(ladder, higher, r.origin as LevelSlug),
  );
  if (!left) return [];
  return ladder.levels
    .filter((l) => l.slug === higher || extendsLevel(ladder, higher, l.slug))
    .flatMap((l) => mixedExtendsOf(ladder, l.slug) ?? []);
}

/** Every item new at `to` compared with `from`, in group order: what the self-assessment rates. */
export function newItems(comparison: Comparison): ResolvedItem[] {
  return comparison.groups.flatMap((g) => g.added);
}

/** The job family's own items that only one of the two levels states, in group order: shown apart, not rated. */
export function familyItems(comparison: Comparison): ResolvedItem[] {
  return comparison.groups.flatMap((g) => g.family);
}

/** The keys of the job family's own list for a group (specialties have none). */
function familyKeysOf(ladder: Ladder, group: LadderGroup): Set<string> {
  return new Set(group === 'specialty' ? [] : ladder.family[group].map((i) => itemKey(i.text)));
}

/**
 * The levels whose own section states an item of the job family's list: by
 * "extending" the whole list (Staff CSM's and Vice President's "Extends the
 * Customer Success KPIs …") or by listing its words again (CSM (Intermediate)).
 */
export function familyStatedAt(ladder: Ladder, group: LadderGroup, text: string): LevelSlug[] {
  const key = itemKey(text);
  if (!familyKeysOf(ladder, group).has(key)) return [];
  return ladder.levels
    .filter((level) => {
      const list = level.lists[group];
      return list?.extends === 'family' || list?.items.some((i) => itemKey(i.text) === key);
    })
    .map((level) => level.slug);
}

/** An item's words with its links, for the islands, the page and the Markdown draft. */
export function itemSegments(item: LadderItem): ViewSegment[] {
  const segments: ViewSegment[] = [];
  let at = 0;
  for (const link of item.links ?? []) {
    const start = item.text.indexOf(link.text, at);
    if (start < 0) continue;
    if (start > at) segments.push({ kind: 'text', text: item.text.slice(at, start) });
    segments.push({ kind: 'link', text: link.text, href: link.href, external: link.external ?? false });
    at = start + link.text.length;
  }
  if (at < item.text.length || segments.length === 0) segments.push({ kind: 'text', text: item.text.slice(at) });
  return segments;
}

export type Quirk =
  | { kind: 'missing-grade'; grades: number[] }
  | { kind: 'shared-grade'; grade: number; levels: LevelSlug[] }
  | { kind: 'grade-sentence'; level: LevelSlug; sentence: string; upstream?: string }
  | { kind: 'mixed-extends'; level: LevelSlug; responsibilities: LevelSlug; requirements: LevelSlug }
  | { kind: 'starts-fresh'; level: LevelSlug }
  | { kind: 'restated'; level: LevelSlug; group: LadderGroup; count: number }
  | { kind: 'family-stated'; group: LadderGroup; levels: LevelSlug[]; count: number };

/** What the page says in a way a reader could trip on; the ladder shows each where it matters. */
export function ladderQuirks(ladder: Ladder): Quirk[] {
  const quirks: Quirk[] = [];
  const grades = ladder.levels.flatMap((l) => (l.grade === undefined ? [] : [l.grade]));
  const missing: number[] = [];
  for (let g = Math.min(...grades); g <= Math.max(...grades); g += 1) if (!grades.includes(g)) missing.push(g);
  if (missing.length > 0) quirks.push({ kind: 'missing-grade', grades: missing });
  for (const grade of new Set(grades)) {
    const levels = ladder.levels.filter((l) => l.grade === grade).map((l) => l.slug);
    if (levels.length > 1) quirks.push({ kind: 'shared-grade', grade, levels });
  }
  for (const level of ladder.levels) {
    const subject = level.gradeSentence ? /^The (.+?),? is a job grade/.exec(level.gradeSentence)?.[1] : undefined;
    // A sentence whose subject is another level's title ("The Director of Customer Success" under the Senior Director).
    const namesOther = ladder.levels.some((other) => other.slug !== level.slug && other.name === subject);
    const reworded = level.upstreamGradeSentence !== undefined && level.upstreamGradeSentence !== level.gradeSentence;
    if (level.gradeSentence && (namesOther || reworded)) {
      quirks.push({
        kind: 'grade-sentence',
        level: level.slug,
        sentence: level.gradeSentence,
        // The upstream words only when the page's differ from them: a page that keeps them says them itself.
        ...(reworded && level.upstreamGradeSentence ? { upstream: level.upstreamGradeSentence } : {}),
      });
    }
    const mixed = mixedExtendsOf(ladder, level.slug);
    if (mixed) quirks.push({ kind: 'mixed-extends', ...mixed });
    const index = ladder.levels.indexOf(level);
    const extendsAny = Object.values(level.lists).some((l) => l.extends && l.extends !== 'family');
    if (index > 0 && !extendsAny) quirks.push({ kind: 'starts-fresh', level: level.slug });
    for (const group of COMPARED_GROUPS) {
      const count = resolveGroup(ladder, level.slug, group).filter((r) => r.restatedAt.includes(level.slug)).length;
      if (count > 0) quirks.push({ kind: 'restated', level: level.slug, group, count });
    }
  }
  // The family's lists are the page's own, for the whole family; which levels state them again, once per group.
  for (const group of COMPARED_GROUPS) {
    if (group === 'specialty') continue;
    const stated = ladder.family[group].map((item) => familyStatedAt(ladder, group, item.text));
    const levels = ladder.levels.map((l) => l.slug).filter((slug) => stated.some((at) => at.includes(slug)));
    const count = stated.filter((at) => at.length > 0).length;
    if (count > 0) quirks.push({ kind: 'family-stated', group, levels, count });
  }
  return quirks;
}
