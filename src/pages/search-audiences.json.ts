import type { APIRoute } from 'astro';
import { getLadder, JOB_FAMILY_PATH } from '../build/career-ladder';
import { getProgramViews } from '../build/programs';
import { base } from '../build/site-address';
import { withBase } from '../lib/base-path';
import { toProgramShape } from '../lib/program-view';
import { type PagePart, pagePartsFile, taskParts } from '../lib/search-audience';
import { AUDIENCE_LABELS, ROLE_AUDIENCE, TRACK_AUDIENCES } from '../lib/search-filters';

/*
 * Who the parts of the pages are for, by the audience chips' labels, for
 * search (lib/search-audience): each program task, by its role, and the job
 * family's levels, by their track. Fetched only when the reader turns an
 * audience chip on, so opening search and searching without one cost nothing more.
 */
export const GET: APIRoute = async () => {
  const tasks = taskParts((await getProgramViews()).map(toProgramShape), (role) => {
    const audience = ROLE_AUDIENCE[role];
    return audience ? AUDIENCE_LABELS[audience] : undefined;
  });
  const jobFamily = withBase(base, JOB_FAMILY_PATH);
  const levels = getLadder().levels.flatMap((level): PagePart[] => {
    const audiences = TRACK_AUDIENCES[level.track];
    return audiences
      ? [{ page: jobFamily, anchor: level.anchor, audiences: audiences.map((audience) => AUDIENCE_LABELS[audience]) }]
      : [];
  });
  return new Response(JSON.stringify(pagePartsFile([...tasks, ...levels])), {
    headers: { 'Content-Type': 'application/json' },
  });
};
