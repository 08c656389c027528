import { describe, expect, it } from 'vitest';
import { compareLink } from '../../src/build/ladder-links';
import { lowerBecause } from '../../src/lib/ladder';
import { addLevelLinks, levelLinkHtml } from '../../src/lib/ladder-links';
import { selectionFromQuery } from '../../src/lib/ladder-selection';
import { readLadder } from '../support/ladder';

const link = (anchor: string) => ({
  anchor,
  href: `/ladder/?from=${anchor}#compare`,
  text: 'Compare with another level',
  level: anchor,
});

describe('links from the job family page to the ladder', () => {
  it('go right after each level heading’s block, outside the heading', () => {
    const html =
      '<h2 id="levels">Levels</h2>' +
      '<div class="heading-wrapper heading-wrapper--h3"><h3 id="staff-csm">Staff CSM</h3><a class="heading-anchor" href="#staff-csm"><span>#</span></a></div>' +
      '<p>Market Justification</p><h3 id="senior">Senior</h3><p>x</p>';
    const { html: out, missing } = addLevelLinks(html, [link('staff-csm'), link('senior')]);
    expect(missing).toEqual([]);
    expect(out).toContain(`</a></div>${levelLinkHtml(link('staff-csm'))}<p>Market Justification</p>`);
    expect(out).toContain(`<h3 id="senior">Senior</h3>${levelLinkHtml(link('senior'))}<p>x</p>`);
  });

  it('report a heading they cannot find instead of dropping its link quietly', () => {
    expect(addLevelLinks('<p id="vp">VP</p>', [link('vp'), link('none')]).missing).toEqual(['vp', 'none']);
  });

  it('carry a note beside the link when the level has no higher level on its track', () => {
    const html = levelLinkHtml({
      ...link('vp'),
      text: 'Compare with the level below, Senior Director',
      note: 'Top <level>.',
    });
    expect(html).toContain('</a> <span class="ladder-jump__note">Top &lt;level&gt;.</span></p>');
  });

  it('label a note in the site’s own look where it sits among the handbook’s words', () => {
    const html = levelLinkHtml({ ...link('vp'), note: 'Top <level>.', noteLabel: 'From <this> site:' });
    expect(html).toContain(
      '</a> <span class="ladder-jump__note site-own"><span class="site-own__label">From &lt;this&gt; site:</span> Top &lt;level&gt;.</span></p>',
    );
  });

  it('escape what they write', () => {
    const html = levelLinkHtml({ anchor: 'a', href: '/x?a=1&b="2"', text: '<b>', level: 'a"b' });
    expect(html).toBe(
      '<p class="ladder-jump-wrap" data-pagefind-ignore><a class="ladder-jump" href="/x?a=1&amp;b=&quot;2&quot;"><span aria-hidden="true">⇄</span> &lt;b&gt;<span class="sr-only"> (a&quot;b)</span></a></p>',
    );
  });

  it('open a promotion at every level, never a lower level compared with it', () => {
    const { ladder } = readLadder();
    for (const level of ladder.levels) {
      const { href } = compareLink(ladder, level, '/ladder/');
      const selection = selectionFromQuery(ladder, new URL(href, 'https://example.org').search);
      expect(selection, href).toBeDefined();
      expect(selection && lowerBecause(ladder, selection.from, selection.to), href).toBeUndefined();
      expect(selection?.from !== selection?.to, href).toBe(true);
    }
  });
});
