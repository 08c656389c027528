import { escapeHtml } from './html-scan';
/*
 * "Compare with another level" under each level heading of the job family
 * page. That page is plain Markdown rendered to HTML (src/markdown/), so the
 * links are added to its HTML after rendering, right after each level's
 * heading block: site UI beside the handbook text, never inside it, and no
 * change to how any other page renders.
 */

export interface LevelLink {
  /** The level heading's id on the page. */
  anchor: string;
  href: string;
  /** Visible text ("Compare with another level"). */
  text: string;
  /** The level, added for screen readers so each link's name is its own ("… (Staff CSM)"). */
  level: string;
  /** Said beside the link, when the link's step needs it ("no higher level on its track"). */
  note?: string | undefined;
  /** The note's label, among the handbook's words ("From this site:"): the note then wears the site's own look. */
  noteLabel?: string | undefined;
}

/** The note beside a link: in the site's own look, with its label, where it sits among the handbook's words. */
function noteHtml({ note, noteLabel }: LevelLink): string {
  if (!note) return '';
  if (!noteLabel) return ` <span class="ladder-jump__note">${escapeHtml(note)}</span>`;
  return (
    ` <span class="ladder-jump__note site-own"><span class="site-own__label">${escapeHtml(noteLabel)}</span> ` +
    `${escapeHtml(note)}</span>`
  );
}

/** The link's markup: a paragraph the search index leaves out, as it is the site's, not the handbook's. */
export function levelLinkHtml(link: LevelLink): string {
  return (
    `<p class="ladder-jump-wrap" data-pagefind-ignore>` +
    `<a class="ladder-jump" href="${escapeHtml(link.href)}"><span aria-hidden="true">⇄</span> ${escapeHtml(link.text)}` +
    `<span class="sr-only"> (${escapeHtml(link.level)})</span></a>` +
    noteHtml(link) +
    `</p>`
  );
}

/**
 * Inserts each link after the block of its heading (the heading, or the
 * wrapper that holds the heading and its self-link). Returns the new HTML and
 * the anchors it could not find, so the build can fail instead of quietly
 * dropping a link.
 */
export function addLevelLinks(html: string, links: readonly LevelLink[]): { html: string; missing: string[] } {
  let out = html;
  const missing: string[] = [];
  for (const link of links) {
    const at = out.indexOf(` id="${escapeHtml(link.anchor)}"`);
    const tag = at < 0 ? undefined : /^<h([2-6])/.exec(out.slice(out.lastIndexOf('<', at), at));
    if (at < 0 || !tag) {
      missing.push(link.anchor);
      continue;
    }
    const headingEnd = out.indexOf(`</h${tag[1]}>`, at) + `</h${tag[1]}>`.length;
    // Wrapped headings (`<div class="heading-wrapper">…<h3>…</h3><a class="heading-anchor">…</a></div>`): after the wrapper.
    const before = out.slice(0, out.lastIndexOf('<', at));
    const wrapped = /<div class="heading-wrapper[^"]*">$/.test(before);
    const end = wrapped ? out.indexOf('</div>', headingEnd) + '</div>'.length : headingEnd;
    out = out.slice(0, end) + levelLinkHtml(link) + out.slice(end);
  }
  return { html: out, missing };
}
