import { describe, expect, it } from 'vitest';
import { xt } from '../../src/i18n/export-ui';
import { fill } from '../../src/i18n/fill';
import { planT } from '../../src/i18n/plan-ui';
import { translator } from '../../src/i18n/translator';
import { calendarFile, planCalendarEvents } from '../../src/lib/plan-calendar';
import { planToMarkdown } from '../../src/lib/plan-markdown';
import { addGoal, createPlan, duplicatePlan } from '../../src/lib/plan-model';
import { unfoldContentLines } from '../support/ics';

/*
 * A reader's right-to-left text filled into the site's left-to-right sentence ("Remove דנה כ.", "1:1 with דנה כ. held
 * today") is isolated where it is filled in, once for every string of the site (`isolated` in src/i18n/translator.ts): U+2068 (first
 * strong isolate) before it and U+2069 after, so its run keeps its own letters and the sentence's punctuation and
 * words stay the sentence's. Not in the files the site writes (Markdown, .ics): they keep the reader's text exact,
 * as stored, where invisible characters would reach another app that may show them as boxes, and where the text
 * stands in a line of its own or at a line's end anyway.
 */

const FSI = '\u2068';
const PDI = '\u2069';

describe('the reader’s text in the site’s sentences', () => {
  it('isolates a value with right-to-left letters, and nothing else', () => {
    const say = translator({
      remove: 'Remove {name}',
      held: '1:1 with {name} held today',
      plain: '{count} of {max}, {date}, {name}',
      missing: 'Missing {name}',
    });
    expect(say('remove', { name: 'דנה כ.' })).toBe(`Remove ${FSI}דנה כ.${PDI}`);
    expect(say('held', { name: 'Ana سارة' })).toBe(`1:1 with ${FSI}Ana سارة${PDI} held today`);
    // The site's own values (figures, dates, English names) have none: left as they are, so every other string is
    // what it was.
    expect(say('plain', { count: 3, max: 200, date: '8 Jan 2027', name: 'Ana' })).toBe('3 of 200, 8 Jan 2027, Ana');
    expect(say('missing', {})).toBe('Missing {name}');
    // `fill` alone (the search panel's words, filled by its script) leaves values as they are.
    expect(fill('Remove {name}', { name: 'דנה' })).toBe('Remove דנה');
  });

  it('isolates through every lookup of the page', () => {
    expect(planT('plan.notRestored', { item: 'שלום' })).toBe(
      `Could not put “${FSI}שלום${PDI}” back: its list is full or its goal was removed.`,
    );
  });

  it('leaves the files the site writes without isolates: the exports’ lookup, the Markdown and the calendar', () => {
    expect(xt('manager.icsOneOnOne', { name: 'דנה' })).toBe('1:1 with דנה (45-60 minutes)');
    let plan = createPlan('p1', 1_700_000_000_000, 'תוכנית 90 יום');
    plan = { ...plan, startDate: '2027-01-04' };
    plan = addGoal(
      plan,
      0,
      {
        id: 'g1',
        text: 'להכיר את הצוות',
        category: 'learning',
        measure: '',
        // An action due on a day: the calendar's event for it names its goal in the site's words.
        actions: [{ id: 'a1', text: 'פגישה', owner: 'self', status: 'todo', due: { kind: 'day', day: 5 } }],
      },
      1_700_000_000_000,
    );
    const files = [
      planToMarkdown(plan),
      unfoldContentLines(calendarFile(planCalendarEvents(plan), new Date('2027-01-01T00:00:00Z'))),
    ];
    for (const file of files) {
      expect(file).toContain('להכיר את הצוות');
      expect(file).not.toMatch(/[\u2066-\u2069]/);
    }
  });

  it('keeps a copy’s title, which the site’s words make from the reader’s, without isolates: it is the plan’s text', () => {
    const plan = createPlan('p1', 1_700_000_000_000, 'תוכנית');
    expect(duplicatePlan(plan, 'p2', 1_700_000_000_001).title).toBe('Copy of תוכנית');
  });
});
