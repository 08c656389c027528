import * as v from 'valibot';
import { type Plan, planSchema } from '../schemas/plan';
import { clipText } from './clip-text';
import { issueWords, unreadableWords } from './issue-words';
import { readPlan } from './plan-records';
import { parseUntrustedJson } from './untrusted-json';

/*
 * A plan in a review link, without a server: the plan as JSON, deflated
 * (CompressionStream) and base64url-encoded, in the link's #fragment, which
 * browsers never send to a server. Opening such a link is reading untrusted
 * input, like restoring a backup: a length cap, decompression that stops as
 * soon as the output passes the plan size limit (no decompression bomb), no
 * prototype-reaching keys, and the stored-plan reader (same schema, same
 * limits, older versions migrated, newer ones refused). Never throws.
 */

/** Above this many characters a link breaks in common chat tools: the page offers the Markdown export instead. */
export const MAX_REVIEW_LINK_CHARS = 8_000;
/** Longest fragment decoded at all: Chromium's longest address (2 MiB). */
const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024;
/**
 * Largest plan JSON a link may unpack to: 1 MiB, far above any plan a link
 * can carry (8,000 characters deflate back to well under 200 KB of text), far
 * below what would strain a phone.
 */
export const MAX_SHARED_PLAN_BYTES = 1_048_576;
/**
 * Compressed bytes fed to the decompressor at a time. Deflate expands at most
 * about 1,032 times, so one step makes at most ~264 KB before the size is checked.
 */
const INFLATE_STEP_BYTES = 256;

export type SharedPlanError = 'link' | 'too-large' | 'too-deep' | 'newer' | 'invalid';
export type SharedPlan = { ok: true; plan: Plan } | { ok: false; error: SharedPlanError; detail?: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The plan's content for a link: bookkeeping (change stamps, removal marks) stays home. */
function shareable(plan: Plan): Omit<Plan, 'clock' | 'removed'> {
  const { clock: _clock, removed: _removed, ...content } = plan;
  return content;
}

/** The plan, deflated and base64url-encoded: what goes after `#review=`. */
export async function encodePlan(plan: Plan): Promise<string> {
  const json = JSON.stringify(shareable(plan));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The review link for a plan: the builder's address with the plan in the fragment. */
export function reviewLink(builderUrl: string, encoded: string): string {
  return `${builderUrl}#review=${encoded}`;
}

/** Inflates `bytes`, stopping as soon as the output passes `maxBytes` (undefined then). Throws on corrupt data. */
async function inflateAtMost(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array | undefined> {
  const inflate = new DecompressionStream('deflate');
  const writer = inflate.writable.getWriter();
  const reader = inflate.readable.getReader();
  let stopped = false;
  // Input goes in small steps, so the output can be checked between them.
  const feeding = (async () => {
    for (let offset = 0; offset < bytes.length && !stopped; offset += INFLATE_STEP_BYTES) {
      await writer.write(bytes.subarray(offset, offset + INFLATE_STEP_BYTES));
    }
    if (!stopped) await writer.close();
  })();
  feeding.catch(() => {});
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      stopped = true;
      await reader.cancel().catch(() => {});
      await writer.abort().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  await feeding;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Reads the plan out of a review link's fragment (what follows `#review=`). */
export async function decodePlan(fragment: string, maxBytes: number = MAX_SHARED_PLAN_BYTES): Promise<SharedPlan> {
  if (fragment.length === 0 || fragment.length > MAX_FRAGMENT_CHARS || !/^[A-Za-z0-9_-]+$/.test(fragment)) {
    return { ok: false, error: 'link' };
  }
  let text: string;
  try {
    const json = await inflateAtMost(fromBase64Url(fragment), maxBytes);
    if (!json) return { ok: false, error: 'too-large' };
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return { ok: false, error: 'link' };
  }
  // Read as a restored file is (src/lib/untrusted-json.ts): JSON nested too deeply says so, as a file does.
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) {
    if (parsed.error === 'forbidden') return { ok: false, error: 'invalid', detail: parsed.key };
    return { ok: false, error: parsed.error === 'too-deep' ? 'too-deep' : 'link' };
  }
  const read = readPlan(text);
  if (read.kind === 'newer') return { ok: false, error: 'newer' };
  if (read.kind === 'invalid') {
    // Why, in the reader's words, as a restored file's (src/lib/backup.ts), not the validator's ("Invalid length:
    // Expected <=300…"), with what it quotes from the link clipped: the link's author chooses those words.
    const issue = v.safeParse(planSchema, parsed.value).issues?.[0];
    const detail = issue
      ? `${clipText(v.getDotPath(issue) || 'plan', 120)}: ${clipText(issueWords(issue), 120)}`
      : unreadableWords(read);
    return { ok: false, error: 'invalid', detail };
  }
  return { ok: true, plan: read.value };
}
