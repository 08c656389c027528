import type { ViewSegment } from './program-view';

/**
 * Escapes text for GitLab Flavored Markdown so that it shows as typed: it can
 * never become HTML, a link, emphasis, a heading, a list or task item, a
 * table cell, a math block, an inline diff, a mention or a reference when
 * pasted into an issue. Bare web and email addresses are the exception:
 * GitLab may still turn them into links.
 */

/*
 * Every ASCII character that means something inside a line: Markdown markup
 * (\ ` * _ [ ] < > | { }), HTML and entities (< > &), math ($), and GitLab's
 * reference characters: @ user or group, # issue, ! merge request, $ snippet,
 * & epic, ~ label, % milestone, ^ alert. GitLab keeps a reference character
 * with a backslash before it out of any reference (MarkdownPreEscapeFilter),
 * wherever it stands in the line.
 */
const INLINE_SPECIALS = /[\\`*_[\]<>|~&$!{}@#%^]/g;
// `#` and `>` are already escaped anywhere; these only mean something at the start of a line.
const LINE_START_MARKER = /^(\s*)([+=-])/;
const LINE_START_ORDERED = /^(\s*\d+)([.)])/;

/*
 * GitLab forms that begin with a character outside that list. GitLab drops
 * a backslash before `[`, `{`, `*`, `-` or `>` again before it looks for
 * references (EscapedCharFilter), so `\[vulnerability:1\]` would still link.
 * An invisible WORD JOINER inside each form breaks it and shows nothing.
 */
const WORD_JOINER = '\u2060';
const UNESCAPABLE_FORMS: readonly RegExp[] = [
  // [[Wiki page]], [- deleted -], [+ added +], and [issue:1], [work_item:1], [epic:1], [cadence:1],
  // [vulnerability:1], [feature_flag:1], [contact:a@b], [wiki_page:Home] (and any later [type:...])
  /(?<=\[)(?=\[|[+-]|\w+:)/g,
  // {- deleted -}, {+ added +}
  /(?<=\{)(?=[+-])/g,
  // *iteration:"Sprint 1"
  /(?<=\*)(?=iteration:)/gi,
  // GL-123, the issue prefix for commit messages
  /(?<=GL)(?=-\d)/gi,
  // namespace/project>, a project
  /(?<=[\w.-]\/[\w.-]+)(?=>)/g,
];

/*
 * Line breaks, as CommonMark reads them (\r\n, a lone \r, \n) and as other
 * renderers and editors may (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR). Text
 * from a backup or a review link can hold any of them: each is one break
 * everywhere here, so no user text starts a line that could be a heading
 * (`===`), a list item (`1.`) or a new table row.
 */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Escapes one line of user or content text; a line break in it becomes a space, so the line never splits. */
export function escapeMarkdownLine(line: string): string {
  const broken = UNESCAPABLE_FORMS.reduce(
    (text, form) => text.replace(form, WORD_JOINER),
    line.replace(LINE_BREAK, ' '),
  );
  const escaped = broken.replace(INLINE_SPECIALS, (char) => `\\${char}`);
  return escaped
    .replace(LINE_START_MARKER, (_match, space: string, marker: string) => `${space}\\${marker}`)
    .replace(LINE_START_ORDERED, (_match, number: string, dot: string) => `${number}\\${dot}`);
}

/** Splits text into escaped lines at every kind of line break (notes can span several lines). */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => escapeMarkdownLine(line.trimEnd()));
}

/**
 * Lines of one list item or paragraph that stay apart where the reader broke them: each but the last ends in a
 * backslash, a hard line break (a soft one reads as a space). The one way the exports write a field of several lines
 * (a checklist's, a ladder item's or a toolkit note, a plan's review field). `lines` are escaped already.
 */
export const withHardBreaks = (lines: readonly string[]): string[] =>
  lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));

/** A URL safe to put in `[label](url)`: only http(s) and mailto, with parentheses and spaces encoded. */
export function markdownUrl(url: string): string | undefined {
  if (!/^(https?:|mailto:)/i.test(url)) return undefined;
  return url.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Handbook text with its links, bold, emphasis and code as GitLab Markdown, its words escaped. The site's own
 * links are made absolute from `origin`; without one they stay words, as a relative link means nothing in GitLab.
 */
export function segmentsToMarkdown(segments: readonly ViewSegment[], origin: string | undefined): string {
  return segments
    .map((segment) => {
      const text = escapeMarkdownLine(segment.text);
      switch (segment.kind) {
        case 'strong':
          return `**${text}**`;
        case 'em':
          return `*${text}*`;
        case 'code':
          return `\`${segment.text.replace(/`/g, '')}\``;
        case 'link': {
          if (!segment.external && origin === undefined) return text;
          const url = markdownUrl(segment.external ? segment.href : new URL(segment.href, origin).href);
          return url ? `[${text}](${url})` : text;
        }
        default:
          return text;
      }
    })
    .join('');
}
