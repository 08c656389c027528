import { getCollection, getEntry } from 'astro:content';
import { getOwnPaths } from './handbook-pages';
import { type ProgramView, toProgramView } from './program-view';

/** One program from content/programs, ready for the islands. */
export async function getProgramView(id: string): Promise<ProgramView> {
  const entry = await getEntry('programs', id);
  if (!entry) throw new Error(`No program "${id}" in content/programs/`);
  return toProgramView(entry.id, entry.data, await getOwnPaths(), import.meta.env.BASE_URL);
}

/** Every program, in a fixed order. */
export async function getProgramViews(): Promise<ProgramView[]> {
  const ORDER = ['onboarding', 'internship', 'aspiring-leaders'];
  const entries = await getCollection('programs');
  const ownPaths = await getOwnPaths();
  return entries
    .sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id))
    .map((entry) => toProgramView(entry.id, entry.data, ownPaths, import.meta.env.BASE_URL));
}
