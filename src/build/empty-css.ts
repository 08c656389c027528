/*
 * Vite takes each island's `import './x.css'` out of the JavaScript (the CSS goes in the page's style sheet) and
 * leaves an "empty css" comment in its place, padded to the statement's length so that a source map still lines
 * up. The site ships no source maps (the bundle report's, in dist-report/, are off by that comment's length after
 * it, as after the preload helper's edits), and the comment cost each planner page 12 to 17 bytes gzip in its
 * island's file (December 6), so the built chunks go without it.
 */
const EMPTY_CSS_MARK = /\/\* empty css +\*\//g;

/** `code` without Vite's placeholders for the CSS imports it took out. */
export function withoutEmptyCssMarks(code: string): string {
  return code.replace(EMPTY_CSS_MARK, '');
}
