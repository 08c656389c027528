import { describe, expect, it } from 'vitest';
import { clubNames, namesApart } from '../../src/lib/manager/names';

describe('namesApart: the names people are shown by, told apart in the order they were added', () => {
  it('leaves names that differ as they are', () => {
    expect(namesApart(['Alex', 'Ben', 'Cy'])).toEqual(['Alex', 'Ben', 'Cy']);
    expect(namesApart([])).toEqual([]);
  });

  it('numbers a name already shown, from 2, the first keeping its own', () => {
    expect(namesApart(['Alex', 'Ben', 'Alex', 'Alex'])).toEqual(['Alex', 'Ben', 'Alex (2)', 'Alex (3)']);
  });

  it('takes names alike whatever their letter case and spacing, each numbered as it was written', () => {
    expect(namesApart(['Alex', 'alex', 'ALEX '])).toEqual(['Alex', 'alex (2)', 'ALEX (3)']);
    expect(namesApart(['Ann  Lee', 'Ann Lee'])).toEqual(['Ann Lee', 'Ann Lee (2)']);
  });

  it('never shows a number someone is already shown by, whoever came first', () => {
    expect(namesApart(['Alex (2)', 'Alex', 'Alex'])).toEqual(['Alex (2)', 'Alex', 'Alex (3)']);
    expect(namesApart(['Alex', 'Alex', 'Alex (2)'])).toEqual(['Alex', 'Alex (2)', 'Alex (2) (2)']);
  });

  it('keeps every label distinct, so a second pass changes nothing', () => {
    const names = ['Alex', 'alex', 'Alex (2)', 'Alex', 'Bo', 'bo', ''];
    const shown = namesApart(names);
    expect(new Set(shown.filter(Boolean).map((name) => name.toLowerCase())).size).toBe(6);
    expect(namesApart(shown)).toEqual(shown);
  });

  it('leaves blank names blank: their place names them', () => {
    expect(namesApart(['', 'Alex', '', 'Alex'])).toEqual(['', 'Alex', '', 'Alex (2)']);
  });

  it('never changes the names it is given', () => {
    const names = Object.freeze(['Alex', 'Alex']);
    namesApart(names);
    expect(names).toEqual(['Alex', 'Alex']);
  });
});

describe('clubNames: the names the tally shows its CSMs by, on the manager page and on My progress alike', () => {
  it('names a CSM not named yet by their place, "CSM 2", never a dash', () => {
    expect(clubNames([{ name: 'Ann' }, { name: '' }, { name: 'Bo' }], 'CSM')).toEqual(['Ann', 'CSM 2', 'Bo']);
  });

  it('tells two CSMs of one name apart, a place name among them', () => {
    expect(clubNames([{ name: 'CSM 2' }, { name: '' }, { name: 'alex' }, { name: 'Alex' }], 'CSM')).toEqual([
      'CSM 2',
      'CSM 2 (2)',
      'alex',
      'Alex (2)',
    ]);
  });
});
