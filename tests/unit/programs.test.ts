import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Slugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { programSchema } from '../../src/schemas/program';
import { HANDBOOK_DIR } from '../support/content';
import { readIdManifest, readProgramFiles } from '../support/programs';

const programs = readProgramFiles().map(({ id, data }) => ({ id, program: programSchema.parse(data) }));

function taskIds(): string[] {
  return programs.flatMap(({ program }) =>
    program.sections.flatMap((section) =>
      section.tasks.flatMap((task) => [task.id, ...(task.subtasks ?? []).map((sub) => sub.id)]),
    ),
  );
}

describe('program data', () => {
  it('has the three programs', () => {
    expect(programs.map((p) => p.id)).toEqual(['aspiring-leaders', 'internship', 'onboarding']);
  });

  it('gives every task, sub-step and section an id used nowhere else', () => {
    const ids = [...taskIds(), ...programs.flatMap(({ program }) => program.sections.map((s) => s.id))];
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('has the internship weeks 1 to 12 and the onboarding modules', () => {
    const internship = programs.find((p) => p.id === 'internship')?.program;
    const weeks = new Set(internship?.sections.flatMap((s) => (s.period ? [s.period.index] : [])));
    expect([...weeks].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const onboarding = programs.find((p) => p.id === 'onboarding')?.program;
    expect(onboarding?.sections.filter((s) => s.role === 'manager').length).toBeGreaterThanOrEqual(3);
    expect(onboarding?.sections.filter((s) => s.role === 'buddy').length).toBeGreaterThanOrEqual(3);
  });

  it('places every section exactly once in its handbook page', () => {
    for (const { id, program } of programs) {
      const page = readFileSync(join(HANDBOOK_DIR, `${program.page.split('/').at(-2)}.mdx`), 'utf8');
      const used = [...page.matchAll(/<Checklist program="([^"]+)" section="([^"]+)" \/>/g)];
      expect(used.every((match) => match[1] === id)).toBe(true);
      expect(used.map((match) => match[2])).toEqual(program.sections.map((s) => s.id));
    }
  });

  it('names each list with its heading’s words, as the page shows them (the heading above it first, for a sub-heading)', () => {
    const wrong: string[] = [];
    for (const { program } of programs) {
      const page = readFileSync(join(HANDBOOK_DIR, `${program.page.split('/').at(-2)}.mdx`), 'utf8');
      // Every heading with its id (as the site's Markdown gives them) and the level-2 heading it sits under.
      const slugger = new Slugger();
      let above = '';
      const headings = [...page.matchAll(/^(#{2,3}) (.+)$/gm)].map(([, hashes, words = '']) => {
        if (hashes === '##') above = words;
        return { id: slugger.slug(words), words, above: hashes === '###' ? above : undefined };
      });
      for (const section of program.sections) {
        // Lists that share a heading (the onboarding months) are named by the site: role and month.
        if (program.sections.filter((other) => other.anchor === section.anchor).length > 1) continue;
        const heading = headings.find((h) => h.id === section.anchor);
        const names = heading ? [heading.words, ...(heading.above ? [`${heading.above}: ${heading.words}`] : [])] : [];
        if (!names.includes(section.title))
          wrong.push(`${section.id}: "${section.title}", the page: ${names.join(' or ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('roles', () => {
  // The Markdown export writes no role before a task's words (src/lib/export-markdown.ts): a task of a role other
  // than its list's must say whose it is in its own words, as the internship's do ("The mentor will …").
  it('a task of another role than its list’s names that role in its own words', () => {
    const others = programs.flatMap(({ program }) =>
      program.sections.flatMap((section) =>
        section.tasks.filter((task) => task.role && task.role !== section.role).map((task) => ({ task, section })),
      ),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const { task } of others) expect(task.text.toLowerCase(), task.id).toContain(`the ${task.role}`);
  });
});

describe('task id manifest', () => {
  const manifest = readIdManifest();
  const current = new Set(taskIds());

  it('lists every current task id (run `npm run ids:update` after adding tasks)', () => {
    expect([...current].filter((id) => !manifest.tasks.includes(id))).toEqual([]);
  });

  it('never loses an id: one that leaves the content must be retired on purpose, with a reason', () => {
    const vanished = manifest.tasks.filter((id) => !current.has(id) && !(id in manifest.retired));
    expect(vanished, 'ids removed from content/programs without being retired (readers would lose progress)').toEqual(
      [],
    );
  });

  it('never reuses a retired id for a new task', () => {
    expect(Object.keys(manifest.retired).filter((id) => current.has(id))).toEqual([]);
  });
});
