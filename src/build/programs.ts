import { getCollection, getEntry } from 'astro:content';
import { type ProgramView, toProgramView } from '../lib/program-view';
import { getOwnPaths } from './handbook-pages';

/** One program from content/programs, ready for the islands. */
export async function getProgramView(id: string): Promise<ProgramView> {
  const entry = await getEntry('programs', id);
  if (!entry) throw new Error(`No program "${id}" in content/programs/`);
  return toProgramView(entry.id, entry.data, await getOwnPaths(), import.meta.env.BASE_URL);
}

let viewsCache: Promise<ProgramView[]> | undefined;

/** Every program, in a fixed order (worked out once per build). */
export function getProgramViews(): Promise<ProgramView[]> {
  const ORDER = ['onboarding', 'internship', 'aspiring-leaders'];
  viewsCache ??= Promise.all([getCollection('programs'), getOwnPaths()]).then(([entries, ownPaths]) =>
    entries
      .sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id))
      .map((entry) => toProgramView(entry.id, entry.data, ownPaths, import.meta.env.BASE_URL)),
  );
  return viewsCache;
}
