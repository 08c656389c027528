/** Text compared as read: runs of spaces, and curly or straight quotes, count as the same. */
function asRead(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a page's text already says its description. The layout shows the
 * description under the title only when it does not, so a sentence taken
 * from the page to describe it (for search and the home page) is not read
 * twice in a row.
 */
export function saysAlready(body: string, description: string): boolean {
  const sentence = asRead(description);
  return sentence.length > 0 && asRead(body).includes(sentence);
}
