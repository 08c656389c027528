/*
 * Each program's full data (tasks' words included) as JSON, for the exports.
 * The handbook page carries the words once, as HTML; the panel fetches this
 * only when the reader exports, instead of every page carrying it twice.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProgramViews } from '../../build/programs';
import type { ProgramView } from '../../lib/program-view';

export const getStaticPaths = (async () =>
  (await getProgramViews()).map((view) => ({
    params: { program: view.id },
    props: { view },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ProgramView }> = ({ props }) =>
  new Response(JSON.stringify(props.view), { headers: { 'Content-Type': 'application/json' } });
