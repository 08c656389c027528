import type { APIRoute } from 'astro';
import { getLadder } from '../../../../../build/career-ladder';

/*
 * The ladder as data, for My progress: its ladder card compares the levels
 * the reader last compared, with the same code as the ladder page. Fetched
 * only when the reader has ladder records, so the page itself carries none
 * of it (the ladder page has it in its island's props).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(getLadder()), { headers: { 'Content-Type': 'application/json' } });
