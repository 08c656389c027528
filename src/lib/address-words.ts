/*
 * The words of an address no page answers (the 404), to search for what the reader wanted: the last part of its
 * path, the page's own name in the site's addresses ("/handbook/csm-onbording/" → "csm onbording"). The parts
 * above it name sections most pages share ("handbook", "customer-success"), which would only narrow the search.
 */

/** At most this many words: an address that long is not a page's name. */
const MOST_WORDS = 6;

/** The words of the last part of `pathname`, lower case, each once, without a file's extension. */
export function addressWords(pathname: string): string {
  const last = pathname.split('/').findLast((part) => part !== '') ?? '';
  let text = last.replace(/\.(?:html?|php|aspx?|md)$/i, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape ("%E0%A4%A"): its letters and figures are still words.
  }
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words)].slice(0, MOST_WORDS).join(' ');
}
