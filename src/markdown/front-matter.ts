/** A page file's YAML front matter (undefined when it has none) and its body. */
export function splitFrontMatter(source: string): { frontMatter: string | undefined; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match
    ? { frontMatter: match[1], body: source.slice(match[0].length) }
    : { frontMatter: undefined, body: source };
}
