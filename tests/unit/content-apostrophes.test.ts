import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The site's own words write an apostrophe as ’ ("the manager’s", "CSM’s"), in its dictionaries (i18n.test.ts)
 * and in the text of its own content/*.yaml (the plan builder's ideas and templates, the career ladder's data).
 * December 7: "my team's", "the customer's" and "the manager's and buddy's" had a straight one. The handbook's
 * words keep the handbook's characters: its pages (content/handbook/) are not read here, and a field that quotes
 * the handbook (the career ladder's quotes) is known by being in a seed, word for word.
 */

const CONTENT = join(import.meta.dirname, '../../content');
const SEEDS = join(import.meta.dirname, '../fixtures/seeds');

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const seeds = readdirSync(SEEDS).map((name) => squeeze(readFileSync(join(SEEDS, name), 'utf8')));
const quotesHandbook = (text: string) => seeds.some((seed) => seed.includes(squeeze(text)));

/** Every string value in `value` (not the keys), with where it is. */
function texts(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${at}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => texts(item, `${at}.${key}`));
  }
  return [];
}

const FILES = readdirSync(CONTENT).filter((name) => name.endsWith('.yaml'));

describe('apostrophes in the site’s own content', () => {
  it('reads the content files there are', () => {
    expect(FILES).toEqual(['career-ladder.yaml', 'plan-suggestions.yaml', 'plan-templates.yaml']);
  });

  for (const file of FILES) {
    it(`writes ’ in ${file}, where it does not quote the handbook`, () => {
      const all = texts(parse(readFileSync(join(CONTENT, file), 'utf8')), file);
      const straight = all.filter(({ text }) => /\p{L}'\p{L}/u.test(text) && !quotesHandbook(text));
      expect(straight.map(({ at, text }) => `${at}: ${text}`)).toEqual([]);
    });
  }

  // The exception is real: a quote keeps the handbook's straight apostrophe.
  it('leaves a quote of the handbook as the handbook writes it', () => {
    const ladder = texts(parse(readFileSync(join(CONTENT, 'career-ladder.yaml'), 'utf8')), 'ladder');
    const quote = ladder.find(({ text }) => text.startsWith("It's important for interested CSMs"));
    expect(quote && quotesHandbook(quote.text)).toBe(true);
  });
});
