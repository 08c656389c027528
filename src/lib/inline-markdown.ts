/**
 * The small inline Markdown that task texts may use: links, **bold**,
 * *emphasis* and `code`. Parsed into segments so components render text as
 * text (never as HTML) and exports can re-create Markdown.
 */
export type InlineSegment =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

const TOKEN = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`/g;

/** Splits inline Markdown into segments; anything it does not recognise stays text. */
export function parseInline(source: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    if (at > last) segments.push({ kind: 'text', text: source.slice(last, at) });
    const [, linkText, href, strong, em, code] = match;
    if (linkText !== undefined && href !== undefined) segments.push({ kind: 'link', text: linkText, href });
    else if (strong !== undefined) segments.push({ kind: 'strong', text: strong });
    else if (em !== undefined) segments.push({ kind: 'em', text: em });
    else if (code !== undefined) segments.push({ kind: 'code', text: code });
    last = at + match[0].length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}

/** The text a reader sees, without markup: for labels, search and sorting. */
export function plainText(segments: readonly InlineSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
