import { writeFileSync } from 'node:fs';
import { SEED_PAGES } from '../support/seed-corrections';
import {
  flattenHeadingLevels,
  normaliseLine,
  outlineInPage,
  plainTextOutline,
  SITE_PARTS,
  seedHtml,
} from '../support/seed-outline';
import { expect, test } from './fixtures';

/*
 * The handbook text in its full shape: each page's headings, paragraphs,
 * list nesting and numbering, and table rows, read from the built page, equal
 * its seed's (tests/fixtures/seeds/), once the typo fixes and structural
 * corrections listed in tests/support/seed-corrections.ts are applied. A list
 * flattened, a number lost or a sentence dropped fails here.
 */

test.describe('pages keep their seed text in its shape', () => {
  for (const seed of SEED_PAGES) {
    test(`${seed.name}: text, headings, nesting and numbering match the seed`, async ({ browser }) => {
      // Without JavaScript: what every reader gets, printed pages and search included.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(seed.path);
      const onPage = await page.evaluate(outlineInPage, { rootSelector: 'article.prose', skip: SITE_PARTS });

      let fromSeed: string[];
      if (seed.file.endsWith('.txt')) fromSeed = plainTextOutline(seed.file);
      else {
        await page.setContent(seedHtml(seed.file));
        fromSeed = await page.evaluate(outlineInPage, { rootSelector: 'body', skip: 'script, style' });
      }
      await context.close();

      const expected = seed.correct(fromSeed).map(normaliseLine);
      let actual = onPage.map(normaliseLine);
      if (seed.file.endsWith('.txt')) actual = actual.map(flattenHeadingLevels);
      if (process.env.SEED_SHAPE_DUMP) {
        writeFileSync(`/tmp/seed-${seed.name}-page.txt`, `${actual.join('\n')}\n`);
        writeFileSync(`/tmp/seed-${seed.name}-seed.txt`, `${expected.join('\n')}\n`);
      }
      expect(actual).toEqual(expected);
    });
  }
});
