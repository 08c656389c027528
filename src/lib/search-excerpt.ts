/** A piece of a search excerpt: plain text, or text that matched the query. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into
 * parts, so the UI builds text nodes and <mark> elements and never sets HTML.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const found of excerpt.matchAll(pattern)) {
    const at = found.index ?? 0;
    if (at > last) parts.push({ text: decodeEntities(excerpt.slice(last, at).replace(/<[^>]*>/g, '')), match: false });
    parts.push({ text: decodeEntities((found[1] ?? '').replace(/<[^>]*>/g, '')), match: true });
    last = at + found[0].length;
  }
  if (last < excerpt.length)
    parts.push({ text: decodeEntities(excerpt.slice(last).replace(/<[^>]*>/g, '')), match: false });
  return parts.filter((part) => part.text.length > 0);
}
