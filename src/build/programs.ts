import { getCollection } from 'astro:content';
import { pageT } from '../i18n/page-ui';
import { type ProgramView, toProgramView } from '../lib/program-view';
import { twinPlaces } from '../lib/task-places';
import type { Program } from '../schemas/program';
import { getOwnPaths } from './handbook-pages';
import { base } from './site-address';

/** A program's view, with the place of each task whose words another task of it shares (lib/task-places). */
function placedView(id: string, program: Program, ownPaths: ReadonlySet<string>): ProgramView {
  const view = toProgramView(id, program, ownPaths, base);
  const places = twinPlaces(view.sections);
  for (const item of view.sections.flatMap((section) =>
    section.tasks.flatMap((task) => [task, ...(task.subtasks ?? [])]),
  )) {
    const { section, under } = places.get(item.id) ?? {};
    if (section) item.place = under ? pageT('task.placeUnder', { section, under }) : pageT('task.place', { section });
  }
  return view;
}

let viewsCache: Promise<ProgramView[]> | undefined;

/** Every program, in a fixed order, worked out once per build (each list and panel asks for its program's). */
export function getProgramViews(): Promise<ProgramView[]> {
  const ORDER = ['onboarding', 'internship', 'aspiring-leaders'];
  viewsCache ??= Promise.all([getCollection('programs'), getOwnPaths()]).then(([entries, ownPaths]) =>
    entries
      .sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id))
      .map((entry) => placedView(entry.id, entry.data, ownPaths)),
  );
  return viewsCache;
}

/** One program from content/programs, ready for the islands: the view every page part of it shares. */
export async function getProgramView(id: string): Promise<ProgramView> {
  const view = (await getProgramViews()).find((program) => program.id === id);
  if (!view) throw new Error(`No program "${id}" in content/programs/`);
  return view;
}
