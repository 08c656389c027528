/*
 * Evidence links: the reader's own addresses (issues, merge requests,
 * documents), so only web and email addresses are links. Anything else
 * (javascript:, data:, a relative path) is refused where it is typed, by the
 * stored schema, and again where a link is drawn or exported.
 */

/** Longest address kept for a piece of evidence. */
export const MAX_EVIDENCE_HREF_LENGTH = 2_000;

const ALLOWED = /^(https?:\/\/[^\s/]|mailto:[^\s])/i;

type EvidenceHrefCheck = { ok: true; href: string } | { ok: false; reason: 'scheme' | 'invalid' | 'long' };

/** Checks an address typed by the reader: http, https and mailto only, well-formed, within the limit. */
export function checkEvidenceHref(input: string): EvidenceHrefCheck {
  const href = input.trim();
  if (href.length > MAX_EVIDENCE_HREF_LENGTH) return { ok: false, reason: 'long' };
  if (!ALLOWED.test(href)) return { ok: false, reason: /^[a-z][a-z0-9+.-]*:/i.test(href) ? 'scheme' : 'invalid' };
  // Control characters or spaces never belong in an address (and could split a Markdown link).
  if (/\s/.test(href) || [...href].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
    return { ok: false, reason: 'invalid' };
  }
  try {
    const url = new URL(href);
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return { ok: false, reason: 'scheme' };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, href };
}

/** Whether `href` may be drawn as a link. */
export function isEvidenceHref(href: string): boolean {
  return checkEvidenceHref(href).ok && href === href.trim();
}
