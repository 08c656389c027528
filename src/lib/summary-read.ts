/*
 * The progress summary: one small record (`csm-handbook:summary`) that the
 * planner stores rewrite on every change, so plain pages (home, sidebar,
 * contents) can show progress by reading one key, with no program data and no
 * framework. This reader is what those pages ship: no validator (not even
 * Valibot's 2.8 KB), a few type checks, and anything that fails them is
 * ignored (the summary is derived data: the next change on a planner page
 * writes it again).
 */

export const SUMMARY_VERSION = 1;

/** A dated block of a program (a week or a month) once the reader has a start date. */
export interface SummaryBlock {
  label: string;
  from: string;
  /** A block with no end ("Beyond month 3") ends on the latest date the planners take, MAX_DATE: said "since". */
  to: string;
  href: string;
}

export interface SummaryProgram {
  title: string;
  /** The program's page (a path on this site). */
  href: string;
  /**
   * The name of the role whose part `done` and `total` count ("New CSM": the
   * reader's choice on the program's page); none for everyone's. A name, not an
   * id, so a plain page shows it without a dictionary of roles.
   */
  role?: string | undefined;
  done: number;
  total: number;
  /** Tasks whose state is not known here (saved by a newer version, or not read), left out of `total`. */
  unknown?: number | undefined;
  /** When the reader last changed one of its tasks (ms since epoch; 0: unknown). */
  lastAt: number;
  /** The first open task, the section it is in, and its link. */
  next?: { text: string; section: string; href: string } | undefined;
  /** Anchors of the sections with nothing left to do. */
  finished: string[];
  blocks?: SummaryBlock[] | undefined;
}

export interface ProgressSummary {
  v: typeof SUMMARY_VERSION;
  programs: Record<string, SummaryProgram>;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 400;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
/**
 * A path on this site: never another origin, never script. A browser reads a backslash as a slash and drops tabs
 * and line breaks, so "/\host" and "/<tab>/host" are another site's ("//host"): the first slash is followed by a
 * letter or digit, as every page's path here is (the shortest such test: the job family page is 3 bytes under its 3 KB).
 */
const isPath = (value: unknown): value is string => isText(value) && /^\/\w/.test(value);

function readProgram(raw: unknown): SummaryProgram | undefined {
  const p = raw as SummaryProgram | null;
  if (!p || !isText(p.title) || !isPath(p.href) || !isCount(p.done) || !isCount(p.total) || !isCount(p.lastAt)) return;
  const next = p.next;
  return {
    ...p,
    next: next && isText(next.text) && isText(next.section) && isPath(next.href) ? next : undefined,
    role: isText(p.role) ? p.role : undefined,
    finished: Array.isArray(p.finished) ? p.finished.filter(isText) : [],
    blocks: Array.isArray(p.blocks)
      ? p.blocks.filter((b) => b && isText(b.label) && isText(b.from) && isText(b.to) && isPath(b.href))
      : [],
  };
}

/** The summary stored under `raw`, or undefined when there is none or it is not one this version reads. */
export function readSummary(raw: string | null): ProgressSummary | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as { v?: unknown; programs?: unknown };
    if (value.v !== SUMMARY_VERSION || typeof value.programs !== 'object' || value.programs === null) return undefined;
    const programs: Record<string, SummaryProgram> = {};
    for (const [id, entry] of Object.entries(value.programs)) {
      const program = readProgram(entry);
      if (program && id !== '__proto__') programs[id] = program;
    }
    return { v: SUMMARY_VERSION, programs };
  } catch {
    return undefined;
  }
}

/** The block `today` (YYYY-MM-DD) falls in. */
export function currentBlock(program: SummaryProgram, today: string): SummaryBlock | undefined {
  return program.blocks?.find((block) => block.from <= today && today <= block.to);
}
