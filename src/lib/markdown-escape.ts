/**
 * Escapes text for GitLab Flavored Markdown so that it shows as typed: it can
 * never become HTML, a link, emphasis, a heading, a list or task item, a
 * table cell, a math block or a reference when pasted into an issue.
 */
const INLINE_SPECIALS = /[\\`*_[\]<>|~&$!{}]/g;
const LINE_START_MARKER = /^(\s*)([#>+=-])/;
const LINE_START_ORDERED = /^(\s*\d+)([.)])/;

/** Escapes one line of user or content text. */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIALS, (char) => `\\${char}`);
  return escaped
    .replace(LINE_START_MARKER, (_match, space: string, marker: string) => `${space}\\${marker}`)
    .replace(LINE_START_ORDERED, (_match, number: string, dot: string) => `${number}\\${dot}`);
}

/** Splits text into escaped lines (notes can span several lines). */
export function escapeMarkdownLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdownLine(line.trimEnd()));
}

/** A URL safe to put in `[label](url)`: only http(s) and mailto, with parentheses and spaces encoded. */
export function markdownUrl(url: string): string | undefined {
  if (!/^(https?:|mailto:)/i.test(url)) return undefined;
  return url.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
