import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The design system's rule: colours come from the tokens in global.css
 * (each written once as light-dark(light, dark)); no sheet or component
 * style has a colour of its own.
 */

const STYLES = 'src/styles';
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab|lch)\(/gi;

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? astroFiles(join(dir, entry.name))
      : entry.name.endsWith('.astro')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** A sheet's text without its comments and without the token definitions (light-dark pairs). */
function colourUses(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/light-dark\([^)]*\)/g, '');
  return code.match(COLOUR) ?? [];
}

describe('styles', () => {
  it('use colour tokens only: no literal colour in any sheet', () => {
    for (const file of readdirSync(STYLES).filter((name) => name.endsWith('.css'))) {
      expect(colourUses(readFileSync(join(STYLES, file), 'utf8')), file).toEqual([]);
    }
  });

  it('use colour tokens only: no literal colour in any component’s <style>', () => {
    for (const file of astroFiles('src')) {
      const styles = [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
        (m) => m[1] ?? '',
      );
      expect(styles.flatMap(colourUses), file).toEqual([]);
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
