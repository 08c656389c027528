import type { ProgramView } from '../lib/program-view';

/** Where a program's full data is served (see src/pages/planner-data/). */
export function programDataUrl(base: string, id: string): string {
  return `${base}planner-data/${id}.json`;
}

const loaded = new Map<string, Promise<ProgramView>>();

/**
 * A program's full data, fetched from the site once per page view. A failed
 * fetch is forgotten, so the next attempt tries again.
 */
export function loadProgramView(url: string, id: string): Promise<ProgramView> {
  let pending = loaded.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const view = (await response.json()) as ProgramView;
      if (view?.id !== id || !Array.isArray(view.sections)) throw new Error(`${url} is not the ${id} program`);
      return view;
    });
    loaded.set(url, pending);
    pending.catch(() => loaded.delete(url));
  }
  return pending;
}
