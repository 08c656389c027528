import { describe, expect, it } from 'vitest';
import { readRecent, rememberOpened } from '../../src/browser/search-recent';
import { openStorage, storageKeys } from '../../src/browser/storage';
import { EMPTY_RECENT, parseSearchRecent, withPage, withSearch } from '../../src/lib/search-recent';
import { MAX_RECENT_QUERY_LENGTH, MAX_RECENT_SEARCHES } from '../../src/schemas/search-recent';
import { FakeStorage } from '../support/fake-storage';

const page = (n: number) => ({ url: `/handbook/page-${n}/#s`, title: `Section ${n}`, page: `Page ${n}` });

describe('recent searches', () => {
  it('keeps the newest first, once whatever its case, and at most a few', () => {
    let recent = EMPTY_RECENT;
    for (const query of ['buddy', 'EBR', 'Buddy', 'a', 'b', 'c', 'd']) recent = withSearch(recent, query);
    expect(recent.searches).toEqual(['d', 'c', 'b', 'a', 'Buddy']);
    expect(recent.searches.length).toBe(MAX_RECENT_SEARCHES);
  });

  it('cuts a long search, never inside a character', () => {
    const long = `${'x'.repeat(MAX_RECENT_QUERY_LENGTH - 1)}😀😀`;
    const [kept] = withSearch(EMPTY_RECENT, long).searches;
    expect(Array.from(kept ?? '').length).toBe(MAX_RECENT_QUERY_LENGTH);
    expect(kept?.endsWith('😀')).toBe(true);
  });

  it('keeps opened results by address, newest first, and only addresses on this site', () => {
    let recent = EMPTY_RECENT;
    for (const n of [1, 2, 1, 3, 4, 5, 6]) recent = withPage(recent, page(n));
    expect(recent.pages.map((p) => p.title)).toEqual(['Section 6', 'Section 5', 'Section 4', 'Section 3', 'Section 1']);
    for (const url of ['javascript:alert(1)', '//evil.example/', '/\\evil.example/', 'https://evil.example/', '/a b']) {
      expect(withPage(EMPTY_RECENT, { ...page(1), url }).pages).toEqual([]);
    }
  });
});

describe('reading and writing the list', () => {
  it('treats anything that is not a valid list as empty, never throwing', () => {
    for (const raw of [
      '',
      '{',
      'null',
      '[]',
      '{"v":1,"searches":[42],"pages":[]}',
      '{"v":2,"searches":[],"pages":[]}',
    ]) {
      expect(parseSearchRecent(raw)).toEqual(EMPTY_RECENT);
    }
    const bad = JSON.stringify({ v: 1, searches: [], pages: [{ url: 'javascript:alert(1)', title: 'x', page: 'y' }] });
    expect(parseSearchRecent(bad)).toEqual(EMPTY_RECENT);
  });

  it('replaces an unreadable value with the next search', () => {
    const fake = new FakeStorage();
    fake.setItem(storageKeys.searchRecent, '{"v":1,"searches":"oops"');
    const storage = openStorage(() => fake);
    expect(readRecent(storage)).toEqual(EMPTY_RECENT);
    expect(rememberOpened(storage, 'graduation', page(1))).toBe('saved');
    expect(readRecent(storage)).toEqual({ v: 1, searches: ['graduation'], pages: [page(1)] });
  });

  it('keeps another tab’s additions: it reads the list again before writing', () => {
    const shared = new Map<string, string>();
    const one = openStorage(() => new FakeStorage(shared));
    const two = openStorage(() => new FakeStorage(shared));
    rememberOpened(one, 'buddy', page(1));
    rememberOpened(two, 'EBR', page(2));
    expect(readRecent(one)?.searches).toEqual(['EBR', 'buddy']);
  });

  it('writes nothing over a value it could not read', () => {
    const fake = new FakeStorage();
    fake.setItem(storageKeys.searchRecent, JSON.stringify({ v: 1, searches: ['kept'], pages: [] }));
    const storage = openStorage(() => fake);
    fake.failReads = true;
    expect(readRecent(storage)).toBeUndefined();
    expect(rememberOpened(storage, 'new', page(1))).toBe('unavailable');
    fake.failReads = false;
    expect(readRecent(storage)?.searches).toEqual(['kept']);
  });
});
