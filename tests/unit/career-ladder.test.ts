import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  compareLevels,
  familyItems,
  familyStatedAt,
  itemKey,
  itemSegments,
  ladderQuirks,
  lowerBecause,
  mixedExtendsShown,
  newItems,
  resolveGroup,
  resolveLevel,
} from '../../src/lib/ladder';
import { itemId, parseLadder, plainMarkdown } from '../../src/lib/ladder-parse';
import { LEVEL_SLUGS, type LevelSlug, ladderSchema } from '../../src/schemas/career-ladder';
import { LADDER_IDS_FILE, readLadder } from '../support/ladder';

const { ladder, problems, markdown } = readLadder();
const texts = (slug: LevelSlug, group: 'responsibilities' | 'requirements' | 'indicators') =>
  resolveGroup(ladder, slug, group).map((r) => r.item.text);
const origins = (slug: LevelSlug, group: 'responsibilities' | 'requirements' | 'indicators') =>
  resolveGroup(ladder, slug, group).map((r) => r.origin);

describe('the career ladder read from the job family page', () => {
  it('reads every level the page has, in its order, with nothing left unread', () => {
    expect(problems).toEqual([]);
    expect(v.safeParse(ladderSchema, ladder).success).toBe(true);
    expect(ladder.levels.map((l) => l.slug)).toEqual([...LEVEL_SLUGS]);
    // Never drifts from the page: every "### " under "## Levels" is a level of the ladder.
    const levels = markdown.split('\n## Levels\n')[1]?.split('\n## ')[0] ?? '';
    expect([...levels.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual(ladder.levels.map((l) => l.name));
  });

  it('takes each grade as the page states it: no grade 8, grade 9 three times', () => {
    expect(ladder.levels.map((l) => [l.slug, l.grade])).toEqual([
      ['associate', 5],
      ['intermediate', 6],
      ['senior', 7],
      ['staff', 9],
      ['manager', 9],
      ['senior-manager', 9],
      ['director', 10],
      ['senior-director', 11],
      ['vp', 12],
    ]);
  });

  it('every bullet of a level on the page is one of its items or its "Extends" line', () => {
    const staff = markdown.split('\n### Staff CSM\n')[1]?.split('\n### ')[0] ?? '';
    const bullets = [...staff.matchAll(/^- (.+)$/gm)].map((m) => plainMarkdown(m[1] as string));
    const level = ladder.levels.find((l) => l.slug === 'staff');
    const read = Object.values(level?.lists ?? {}).flatMap((list) => [
      ...(list.extendsText ? [list.extendsText] : []),
      ...list.items.map((i) => i.text),
    ]);
    expect(read).toEqual(bullets);
  });

  it('keeps sub-bullets as details of their item', () => {
    const director = resolveGroup(ladder, 'director', 'responsibilities').find((r) =>
      r.item.text.startsWith('Drive account growth goals'),
    );
    expect(director?.item.details).toEqual([
      'Expand GitLab product and license adoption, setting up expansion opportunities',
      'Influence future lifetime value through higher product adoption, customer satisfaction/advocacy, and referenceability',
    ]);
  });
});

describe('resolving "Extends"', () => {
  it('gives each level its full list, inherited items first', () => {
    expect(texts('associate', 'responsibilities')).toHaveLength(5);
    expect(texts('intermediate', 'responsibilities')).toHaveLength(5 + 6);
    expect(texts('senior', 'responsibilities')).toHaveLength(5 + 6 + 7);
    expect(texts('staff', 'responsibilities')).toHaveLength(5 + 6 + 7 + 14);
    expect(texts('staff', 'responsibilities')[0]).toBe('Provide immediate onboarding activities');
    expect(texts('manager', 'responsibilities')).toHaveLength(14);
    expect(texts('senior-manager', 'responsibilities')).toHaveLength(14 + 7);
    expect(texts('director', 'responsibilities')).toHaveLength(14 + 7 + 14);
    expect(texts('vp', 'responsibilities')).toHaveLength(14 + 7 + 14 + 4 + 7);
  });

  it('knows the level where each item first appears', () => {
    expect(origins('staff', 'responsibilities')).toEqual([
      ...Array(5).fill('associate'),
      ...Array(6).fill('intermediate'),
      ...Array(7).fill('senior'),
      ...Array(14).fill('staff'),
    ]);
    expect(new Set(origins('vp', 'responsibilities'))).toEqual(
      new Set(['manager', 'senior-manager', 'director', 'senior-director', 'vp']),
    );
  });

  it('reads the Director requirements as extending Manager, CSM (not Senior Manager), as the page says', () => {
    const director = ladder.levels.find((l) => l.slug === 'director');
    expect(director?.lists.requirements?.extends).toBe('manager');
    expect(director?.lists.responsibilities?.extends).toBe('senior-manager');
    expect(new Set(origins('director', 'requirements'))).toEqual(new Set(['manager', 'director']));
  });

  it('does not count an item again when a level restates what it extends', () => {
    // CSM (Intermediate) repeats the Associate requirement it extends: one item, first at Associate.
    const requirement = resolveGroup(ladder, 'intermediate', 'requirements').filter((r) =>
      r.item.text.startsWith('Demonstrated progressive experience in a related function'),
    );
    expect(requirement).toHaveLength(1);
    expect(requirement[0]?.origin).toBe('associate');
    expect(requirement[0]?.restatedAt).toEqual(['intermediate']);
    expect(texts('intermediate', 'requirements')).toHaveLength(1 + 4 - 1);
  });

  it('keeps the links the page’s items have, around their words', () => {
    const metrics = ladder.family.indicators.find((i) => i.text === 'CSM-related metrics.');
    expect(metrics?.links).toEqual([{ text: 'CSM-related metrics', href: '/handbook/customer-success/csm/' }]);
    expect(metrics && itemSegments(metrics)).toEqual([
      { kind: 'link', text: 'CSM-related metrics', href: '/handbook/customer-success/csm/', external: false },
      { kind: 'text', text: '.' },
    ]);
    const values = ladder.family.requirements.find((i) => i.text.startsWith('Alignment with our values'));
    expect(values && itemSegments(values).map((s) => s.kind)).toEqual(['text', 'link', 'text']);
    const plain = ladder.family.requirements[0];
    expect(plain?.links).toBeUndefined();
    expect(plain && itemSegments(plain)).toEqual([{ kind: 'text', text: plain?.text }]);
  });

  it('takes Staff and VP indicators from the job family’s own list', () => {
    expect(texts('staff', 'indicators')).toEqual([
      'net ARR (i.e., retention and expansion)',
      'CSM-related metrics.',
      '>5m ARR book of business maintained',
      '6 enablement contributions to global CS team per fiscal year',
      '2 Use-case specific or Vertical-specific playbooks created, with global team enabled on them, per year',
    ]);
    expect(origins('staff', 'indicators').slice(0, 2)).toEqual(['family', 'family']);
    expect(texts('senior', 'indicators')).toEqual([]);
  });

  it('refuses a circle of "Extends" instead of looping', () => {
    const circular = structuredClone(ladder);
    const associate = circular.levels[0];
    if (associate?.lists.responsibilities) associate.lists.responsibilities.extends = 'senior';
    expect(() => resolveGroup(circular, 'senior', 'responsibilities')).toThrow(/circle/);
  });
});

describe('comparing two levels', () => {
  it('Senior → Staff: everything Staff adds is new, nothing is left behind', () => {
    const comparison = compareLevels(ladder, 'senior', 'staff');
    const byGroup = Object.fromEntries(comparison.groups.map((g) => [g.group, g]));
    expect(byGroup.responsibilities?.added).toHaveLength(14);
    expect(byGroup.responsibilities?.added.every((r) => r.origin === 'staff')).toBe(true);
    expect(byGroup.responsibilities?.shared).toHaveLength(18);
    expect(byGroup.requirements?.added).toHaveLength(8);
    expect(byGroup.indicators?.added).toHaveLength(3);
    expect(comparison.groups.every((g) => g.removed.length === 0)).toBe(true);
    expect(comparison.toExtendsFrom).toBe(true);
    expect(newItems(comparison)).toHaveLength(14 + 8 + 3);
  });

  it('shows the job family’s own items apart: never new at the level that states them, never left behind', () => {
    // The family's KPIs are listed for the whole family; Staff CSM "extends" them, Senior CSM says nothing.
    const staff = compareLevels(ladder, 'senior', 'staff');
    const indicators = staff.groups.find((g) => g.group === 'indicators');
    expect(indicators?.added.map((r) => r.item.text)).toEqual([
      '>5m ARR book of business maintained',
      '6 enablement contributions to global CS team per fiscal year',
      '2 Use-case specific or Vertical-specific playbooks created, with global team enabled on them, per year',
    ]);
    expect(indicators?.family.map((r) => r.item.text)).toEqual([
      'net ARR (i.e., retention and expansion)',
      'CSM-related metrics.',
    ]);
    expect(familyItems(staff)).toHaveLength(2);
    expect(newItems(staff).some((r) => r.origin === 'family')).toBe(false);
    // Intermediate states three of the family's requirements again as its own: apart too.
    const intermediate = compareLevels(ladder, 'associate', 'intermediate');
    const requirements = intermediate.groups.find((g) => g.group === 'requirements');
    expect(requirements?.family.map((r) => r.item.text)).toEqual([
      'Understanding of Git and typical branching strategies',
      'Knowledge of software development lifecycle and development pipeline',
      'Understanding of continuous integration, continuous deployment, DevSecOps',
    ]);
    expect(requirements?.added).toEqual([]);
    // Their ids are the ones ratings were stored under: nothing is renamed.
    expect(requirements?.family[0]?.item.id).toBe('intermediate-req-understanding-of-git-and-typical-branching');
    // Going down, a family item is not "only at" the higher level either.
    const down = compareLevels(ladder, 'staff', 'senior');
    expect(down.groups.find((g) => g.group === 'indicators')?.removed).toHaveLength(3);
    expect(familyItems(down)).toHaveLength(2);
    // Both levels list them: shared, as any other item.
    const both = compareLevels(ladder, 'intermediate', 'senior');
    expect(familyItems(both)).toEqual([]);
    expect(both.groups.find((g) => g.group === 'requirements')?.shared).toHaveLength(4);
  });

  it('names the levels whose section states a family item', () => {
    expect(familyStatedAt(ladder, 'indicators', 'net ARR (i.e., retention and expansion)')).toEqual(['staff', 'vp']);
    expect(familyStatedAt(ladder, 'requirements', 'Understanding of Git and typical branching strategies')).toEqual([
      'intermediate',
    ]);
    expect(familyStatedAt(ladder, 'requirements', 'Strong team player but self-starter')).toEqual([]);
  });

  it('Staff → Manager: another track, so the IC lists are not carried over', () => {
    const comparison = compareLevels(ladder, 'staff', 'manager');
    const responsibilities = comparison.groups.find((g) => g.group === 'responsibilities');
    expect(responsibilities?.added).toHaveLength(14);
    expect(responsibilities?.removed).toHaveLength(32);
    expect(responsibilities?.shared).toHaveLength(0);
    expect(comparison.toExtendsFrom).toBe(false);
  });

  it('knows a lower target, on the same track by "Extends" and across tracks by job grade', () => {
    // Director's responsibilities extend Senior Manager, CSM: below, though two requirements are "only at" it.
    expect(lowerBecause(ladder, 'director', 'senior-manager')).toBe('extends');
    expect(compareLevels(ladder, 'director', 'senior-manager').lower).toBe('extends');
    expect(lowerBecause(ladder, 'staff', 'senior')).toBe('extends');
    expect(lowerBecause(ladder, 'vp', 'senior-director')).toBe('extends');
    // The tracks start apart: the page's grades order them.
    expect(lowerBecause(ladder, 'vp', 'associate')).toBe('grade');
    expect(lowerBecause(ladder, 'manager', 'senior')).toBe('grade');
    // Going up, or sideways at the same grade 9 (the ladder's own step from Staff CSM), is not lower.
    for (const [from, to] of [
      ['senior-manager', 'director'],
      ['associate', 'vp'],
      ['staff', 'manager'],
      ['manager', 'staff'],
      ['senior-manager', 'staff'],
      ['director', 'director'],
    ] as const) {
      expect(lowerBecause(ladder, from, to), `${from} → ${to}`).toBeUndefined();
      expect(compareLevels(ladder, from, to).lower).toBeUndefined();
    }
  });

  it('finds the mixed "Extends" behind items the higher level extends but does not keep, either way round', () => {
    const director = { level: 'director', responsibilities: 'senior-manager', requirements: 'manager' };
    const up = compareLevels(ladder, 'senior-manager', 'director');
    expect(up.groups.find((g) => g.group === 'requirements')?.removed).toHaveLength(2);
    expect(mixedExtendsShown(ladder, up)).toEqual([director]);
    // Above Director its chain still leaves them out; shown as "New" when the pair is compared downwards.
    expect(mixedExtendsShown(ladder, compareLevels(ladder, 'senior-manager', 'vp'))).toEqual([director]);
    expect(mixedExtendsShown(ladder, compareLevels(ladder, 'director', 'senior-manager'))).toEqual([director]);
    // Nothing hidden, nothing to explain: Manager's requirements are Director's too, and across tracks nothing extends.
    expect(mixedExtendsShown(ladder, compareLevels(ladder, 'manager', 'director'))).toEqual([]);
    expect(mixedExtendsShown(ladder, compareLevels(ladder, 'senior', 'staff'))).toEqual([]);
    expect(mixedExtendsShown(ladder, compareLevels(ladder, 'staff', 'director'))).toEqual([]);
  });

  it('the same level twice has nothing new', () => {
    const comparison = compareLevels(ladder, 'director', 'director');
    expect(newItems(comparison)).toEqual([]);
  });

  it('a specialty adds its items to any level, shared when both levels have it', () => {
    const lists = resolveLevel(ladder, 'senior', 'public-sector');
    expect(lists.requirements.map((r) => r.item.text)).toContain('TS/SCI Security Clearance if applicable');
    expect(lists.responsibilities.at(-1)?.origin).toBe('public-sector');
    const both = compareLevels(ladder, 'senior', 'staff', 'public-sector');
    expect(newItems(both).some((r) => r.origin === 'public-sector')).toBe(false);
    const strategic = resolveLevel(ladder, 'staff', 'strategic');
    expect(strategic.specialty).toHaveLength(8);
  });
});

describe('the page’s quirks', () => {
  const quirks = ladderQuirks(ladder);
  it('finds the missing grade 8 and the three levels at grade 9', () => {
    expect(quirks).toContainEqual({ kind: 'missing-grade', grades: [8] });
    expect(quirks).toContainEqual({ kind: 'shared-grade', grade: 9, levels: ['staff', 'manager', 'senior-manager'] });
  });
  it('notes the Senior Director grade sentence and the Director’s mixed "Extends"', () => {
    expect(quirks.find((q) => q.kind === 'grade-sentence')).toMatchObject({
      level: 'senior-director',
      sentence: 'The Director of Customer Success is a job grade level 11.',
    });
    // The page keeps the handbook's words: no "upstream reads …" to tell apart from them.
    expect(quirks.find((q) => q.kind === 'grade-sentence')).not.toHaveProperty('upstream');
    expect(quirks).toContainEqual({
      kind: 'mixed-extends',
      level: 'director',
      responsibilities: 'senior-manager',
      requirements: 'manager',
    });
    expect(quirks).toContainEqual({ kind: 'starts-fresh', level: 'manager' });
  });
  it('says which levels state the job family’s own lists again, and that the page is silent on the rest', () => {
    expect(quirks).toContainEqual({ kind: 'family-stated', group: 'requirements', levels: ['intermediate'], count: 3 });
    expect(quirks).toContainEqual({ kind: 'family-stated', group: 'indicators', levels: ['staff', 'vp'], count: 2 });
    expect(quirks.some((q) => (q.kind as string) === 'repeats-family')).toBe(false);
  });
  it('says when a grade sentence names another level', () => {
    const renamed = structuredClone(ladder);
    const director = renamed.levels.find((l) => l.slug === 'senior-director');
    if (director) {
      director.gradeSentence = 'The Director of Customer Success is a job grade level 11.';
      delete director.upstreamGradeSentence;
    }
    expect(ladderQuirks(renamed).find((q) => q.kind === 'grade-sentence')).toMatchObject({ level: 'senior-director' });
  });
});

describe('item ids', () => {
  it('are record ids, unique, and stable while the first words stay', () => {
    const taken = new Set<string>();
    expect(itemId('staff', 'responsibilities', 'Coaches peers on strategic approaches', taken)).toBe(
      'staff-resp-coaches-peers-on-strategic-approaches',
    );
    expect(itemId('staff', 'responsibilities', 'Coaches peers on strategic approaches', taken)).toBe(
      'staff-resp-coaches-peers-on-strategic-approaches-2',
    );
    const all = ladder.levels.flatMap((l) => Object.values(l.lists).flatMap((list) => list.items.map((i) => i.id)));
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 80)).toBe(true);
  });

  it('never lose an id that self-assessments may be stored under, unless it is retired on purpose', () => {
    const manifest = JSON.parse(readFileSync(LADDER_IDS_FILE, 'utf8')) as {
      ids: string[];
      retired: Record<string, string>;
    };
    const current = new Set([
      ...Object.values(ladder.family).flatMap((items) => items.map((i) => i.id)),
      ...ladder.levels.flatMap((l) => Object.values(l.lists).flatMap((list) => list.items.map((i) => i.id))),
      ...ladder.specialties.flatMap((s) => Object.values(s.lists).flatMap((list) => list.items.map((i) => i.id))),
    ]);
    expect(manifest.ids.filter((id) => !current.has(id) && !(id in manifest.retired))).toEqual([]);
    expect([...current].filter((id) => !manifest.ids.includes(id))).toEqual([]);
  });

  it('compare words loosely', () => {
    expect(itemKey('CSM-related metrics. ')).toBe(itemKey('csm-related   metrics'));
  });
});

describe('the parser on hostile or broken pages', () => {
  it('reports what it cannot read instead of guessing', () => {
    const config = {
      page: 'x.md',
      levels: [
        {
          slug: 'senior' as const,
          heading: 'Senior CSM',
          short: 'Senior CSM',
          track: 'ic' as const,
          names: ['Senior CSM'],
        },
      ],
      specialties: [],
    };
    const { problems: found } = parseLadder(
      '## Levels\n\n### Senior CSM\n\n#### Senior CSM Responsibilities\n\n- Extends the Junior CSM responsibilities\n- Do <b>things</b>\n',
      config,
    );
    expect(found).toContain('senior: no job grade sentence');
    expect(found.some((p) => p.includes('"Extends the Junior CSM responsibilities" names no level'))).toBe(true);
  });
});

describe('choosing the levels to compare', async () => {
  const { noStepTo, selectionFromQuery, selectionQuery, previousLevel, namesUnknown } = await import(
    '../../src/lib/ladder-selection'
  );
  it('reads a deep link, and completes one that names a single level', () => {
    expect(selectionFromQuery(ladder, '?from=senior&to=staff')).toEqual({ from: 'senior', to: 'staff' });
    expect(selectionFromQuery(ladder, '?from=senior&to=staff&specialty=public-sector')).toEqual({
      from: 'senior',
      to: 'staff',
      specialty: 'public-sector',
    });
    expect(selectionFromQuery(ladder, '?from=intermediate')).toEqual({ from: 'intermediate', to: 'senior' });
    expect(selectionFromQuery(ladder, '?to=director')).toEqual({ from: 'senior-manager', to: 'director' });
    expect(selectionFromQuery(ladder, '?from=staff')).toEqual({ from: 'staff', to: 'manager' });
    // The top level has no next step: it is compared with the level below, as the higher of the two.
    expect(selectionFromQuery(ladder, '?from=vp')).toEqual({ from: 'senior-director', to: 'vp' });
    expect(selectionFromQuery(ladder, '?from=__proto__&to=<script>')).toBeUndefined();
    expect(selectionFromQuery(ladder, '')).toBeUndefined();
    expect(selectionQuery({ from: 'senior', to: 'staff' })).toBe('?from=senior&to=staff');
  });

  it('opens the promotion to the level a `?to=` link names, and none leads to the first level', () => {
    // Associate CSM is the first level: the link opens its own step, not CSM (Intermediate) → Associate CSM.
    expect(previousLevel(ladder, 'associate')).toBeUndefined();
    expect(selectionFromQuery(ladder, '?to=associate')).toEqual({ from: 'associate', to: 'intermediate' });
    expect(selectionFromQuery(ladder, '?to=associate&specialty=scale')).toEqual({
      from: 'associate',
      to: 'intermediate',
      specialty: 'scale',
    });
    // The page says why (LadderTool's notes); not for a pair the link names in full, nor for another level.
    expect(noStepTo(ladder, '?to=associate')).toBe('associate');
    expect(noStepTo(ladder, '?from=vp&to=associate')).toBeUndefined();
    expect(noStepTo(ladder, '?to=intermediate')).toBeUndefined();
    expect(noStepTo(ladder, '?to=nobody')).toBeUndefined();
    // A pair named in full is the reader's (or a manager's) choice: compared as asked, lower or not.
    expect(selectionFromQuery(ladder, '?from=vp&to=associate')).toEqual({ from: 'vp', to: 'associate' });
  });

  it('tells a link that names a level or specialty the job family page does not list', () => {
    expect(namesUnknown('?from=senior&to=staff&specialty=scale')).toBe(false);
    expect(namesUnknown('?from=foo&to=staff')).toBe(true);
    expect(namesUnknown('?from=senior&to=bar')).toBe(true);
    expect(namesUnknown('?to=staff&specialty=nope')).toBe(true);
    expect(namesUnknown('?to=staff&specialty=')).toBe(false);
    // Only the ladder's own names: another parameter is not the ladder's to speak of.
    expect(namesUnknown('?utm_source=mail&from=staff')).toBe(false);
  });

  it('never opens a lower level from a link that names one level', () => {
    for (const slug of LEVEL_SLUGS) {
      for (const query of [`?to=${slug}`, `?from=${slug}`]) {
        const selection = selectionFromQuery(ladder, query);
        expect(selection && lowerBecause(ladder, selection.from, selection.to), query).toBeUndefined();
        expect(selection?.from !== selection?.to, query).toBe(true);
      }
      if (slug !== 'associate') expect(selectionFromQuery(ladder, `?to=${slug}`)?.to).toBe(slug);
    }
  });
});

describe('the step each level’s "Compare" link opens', async () => {
  const { levelStep } = await import('../../src/lib/ladder-selection');
  it('is the level that extends it, on the same track', () => {
    expect(levelStep(ladder, 'senior')).toEqual({ kind: 'next', selection: { from: 'senior', to: 'staff' } });
    expect(levelStep(ladder, 'senior-manager')).toEqual({
      kind: 'next',
      selection: { from: 'senior-manager', to: 'director' },
    });
  });
  it('says when a level is the highest of its track: Staff CSM goes to the manager track', () => {
    expect(levelStep(ladder, 'staff')).toEqual({ kind: 'other-track', selection: { from: 'staff', to: 'manager' } });
  });
  it('compares the top level with the level below it, never the other way round', () => {
    expect(levelStep(ladder, 'vp')).toEqual({ kind: 'below', selection: { from: 'senior-director', to: 'vp' } });
  });
});

describe('the handbook words the ladder quotes', async () => {
  const { readFileSync: read, readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { parse } = await import('yaml');
  const root = join(import.meta.dirname, '../..');
  const config = parse(read(join(root, 'content/career-ladder.yaml'), 'utf8')) as {
    quotes: { id: string; page: string; anchor: string; text: string }[];
  };
  const contentText = (dir: string) =>
    readdirSync(join(root, dir))
      .map((name) => read(join(root, dir, name), 'utf8'))
      .join('\n');
  const handbook = plainMarkdown(`${contentText('content/handbook')}\n${contentText('content/programs')}`);

  it('are quoted exactly as the pages have them', () => {
    expect(config.quotes.map((q) => q.id)).toEqual([
      'no-guarantee',
      'usual-path',
      'record-of-achievements',
      'promotion-document',
    ]);
    for (const quote of config.quotes) expect(handbook, quote.id).toContain(quote.text);
  });
});
