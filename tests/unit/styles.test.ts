import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/source-files';

/*
 * The design system's rule: colours come from the tokens in global.css
 * (each written once as light-dark(light, dark)); no sheet or component
 * style has a colour of its own.
 */

const STYLES = 'src/styles';
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab|lch)\(/gi;

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** A sheet's text without its comments and without the token definitions (light-dark pairs). */
function colourUses(css: string): string[] {
  const code = withoutComments(css).replace(/light-dark\([^)]*\)/g, '');
  return code.match(COLOUR) ?? [];
}

/** The CSS of a component's <style> elements. */
function componentStyles(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

/** Class names the selectors of `css` use (declarations left out). */
function classesIn(css: string): Set<string> {
  const selectors = withoutComments(css)
    .replace(/\{[^{}]*\}/g, '{}')
    .split(/[{}]/)
    .filter((part) => !part.trim().startsWith('@'));
  return new Set(
    selectors.flatMap((selector) => [...selector.matchAll(/\.(-?[a-z_][\w-]*)/gi)].map((m) => m[1] ?? '')),
  );
}

/*
 * The classes global.css may style: the page-wide ones (screen-reader text,
 * skip links, the one-column page), prose (what the Markdown plugin
 * renders: headings with their anchors, scrolling tables, external links) and
 * the one look of what the site adds to the handbook's text (site-own). The
 * header, sidebar, contents and every other part style themselves, in a
 * <style> of their .astro component.
 */
/** Each part of the page shell and the class its own <style> styles. */
const COMPONENT_ROOTS = [
  ['src/components/SiteHeader.astro', 'site-header'],
  ['src/components/ThemeSelect.astro', 'theme-select'],
  ['src/components/MenuButton.astro', 'menu-button'],
  ['src/components/Sidebar.astro', 'sidebar'],
  ['src/components/Breadcrumbs.astro', 'breadcrumbs'],
  ['src/components/TableOfContents.astro', 'toc'],
  ['src/components/PrevNext.astro', 'prev-next'],
  ['src/components/SiteFooter.astro', 'site-footer'],
  ['src/components/PageCard.astro', 'card'],
  ['src/components/FrameNotice.astro', 'frame-notice'],
  ['src/components/ProgressMarks.astro', 'nav-badge'],
  ['src/components/content/VideoLink.astro', 'video-link__label'],
  ['src/layouts/HandbookLayout.astro', 'content__grid'],
] as const;

const GLOBAL_CLASSES = new Set([
  'sr-only',
  'sr-only-narrow',
  'skip-link',
  'prose',
  'lead',
  'heading-wrapper',
  'heading-wrapper--h2',
  'heading-anchor',
  'table-scroll',
  'external',
  'home',
  'not-found',
  'single-page',
  'site-own',
  'site-own__label',
]);

describe('styles', () => {
  it('use colour tokens only: no literal colour in any sheet', () => {
    for (const file of readdirSync(STYLES).filter((name) => name.endsWith('.css'))) {
      expect(colourUses(readFileSync(join(STYLES, file), 'utf8')), file).toEqual([]);
    }
  });

  it('use colour tokens only: no literal colour in any component’s <style>', () => {
    for (const file of filesUnder('src', /\.astro$/)) {
      expect(componentStyles(file).flatMap(colourUses), file).toEqual([]);
    }
  });

  it('keep the global sheet to tokens, resets, page-wide layout and prose: no component rules', () => {
    const global = withoutComments(readFileSync(join(STYLES, 'global.css'), 'utf8'));
    expect(classesIn(global)).toEqual(GLOBAL_CLASSES);
  });

  it('style the site’s parts in their own components', () => {
    for (const [file, root] of COMPONENT_ROOTS) {
      expect(classesIn(componentStyles(file).join('\n')), file).toContain(root);
    }
  });

  it('define every colour once, as a light-dark() pair, in global.css', () => {
    const global = readFileSync(join(STYLES, 'global.css'), 'utf8');
    const tokens = [...global.matchAll(/^\s*(--[\w-]+):\s*light-dark\(/gm)].map((m) => m[1]);
    expect(tokens.length).toBeGreaterThan(15);
    expect(new Set(tokens).size, 'a colour token defined twice').toBe(tokens.length);
    expect(global).not.toMatch(/prefers-color-scheme/);
  });
});
