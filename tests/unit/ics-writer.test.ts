import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, icsCalendar, icsDate, icsText } from '../../src/lib/ics-writer';
import { unfoldContentLines } from '../support/ics';

const NOW = new Date('2026-12-05T05:46:05.123Z');

const EVENT: CalendarEvent = {
  uid: 'plan-1.action-a1@csm-handbook',
  title: 'Meet each CSM',
  start: '2027-01-08',
  end: '2027-01-09',
  description: 'My plan – Days 1–30',
  url: 'https://example.test/plan-builder/?plan=plan-1',
  recurrenceRule: 'FREQ=WEEKLY;COUNT=13',
};

/** A TEXT value as a calendar reads it back (RFC 5545, 3.3.11). */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_all, char: string) => (/n/i.test(char) ? '\n' : char));

/** The unfolded value of the first `name:` line. */
function property(ics: string, name: string): string | undefined {
  const line = unfoldContentLines(ics)
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`));
  return line?.slice(name.length + 1);
}

describe('the iCalendar writer', () => {
  it('writes a calendar of all-day events, every line ended by CRLF', () => {
    expect(icsCalendar([EVENT], 'csm-handbook/plan-builder', NOW)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'PRODID:csm-handbook/plan-builder',
        'METHOD:PUBLISH',
        'X-PUBLISHED-TTL:PT1H',
        'BEGIN:VEVENT',
        'UID:plan-1.action-a1@csm-handbook',
        'SUMMARY:Meet each CSM',
        'DTSTAMP:20261205T054605Z',
        'DTSTART;VALUE=DATE:20270108',
        'DTEND;VALUE=DATE:20270109',
        'DESCRIPTION:My plan – Days 1–30',
        'URL:https://example.test/plan-builder/?plan=plan-1',
        'RRULE:FREQ=WEEKLY;COUNT=13',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out what an event does not have, and writes an empty calendar when there is no event', () => {
    const ics = icsCalendar([{ uid: 'u@x', title: 'T', start: '2027-01-08', end: '2027-01-09' }], 'p', NOW);
    expect(ics).not.toMatch(/DESCRIPTION|URL|RRULE/);
    expect(icsCalendar([], 'p', NOW)).not.toContain('BEGIN:VEVENT');
  });

  it('escapes what the reader typed, so no text can end its line or start another property', () => {
    const hostile = 'Lunch, then; a \\ path\r\nATTACH:https://evil.test/x\rEND:VEVENT\nBEGIN:VEVENT';
    const ics = icsCalendar([{ ...EVENT, title: hostile, description: hostile }], 'p', NOW);
    const lines = unfoldContentLines(ics).split('\r\n');
    expect(lines.filter((line) => /^(ATTACH|BEGIN|END):/.test(line))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(property(ics, 'SUMMARY')).toBe(
      'Lunch\\, then\\; a \\\\ path\\nATTACH:https://evil.test/x\\nEND:VEVENT\\nBEGIN:VEVENT',
    );
    // Read back as a calendar reads it, the text is the reader's, line breaks as LF.
    expect(unescapeText(property(ics, 'DESCRIPTION') ?? '')).toBe(hostile.replace(/\r\n?/g, '\n'));
  });

  it('leaves out control characters the format does not allow, in text and in every other value', () => {
    expect(icsText('a\u0000b\u0007c\u001bd\u007fe\tf')).toBe('abcde\tf');
    const ics = icsCalendar(
      [{ ...EVENT, uid: 'u\r\n@x', url: 'https://x.test/\nX:1', recurrenceRule: 'FREQ=\rDAILY' }],
      'p\n',
      NOW,
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(property(ics, 'UID')).toBe('u@x');
    expect(property(ics, 'URL')).toBe('https://x.test/X:1');
    expect(property(ics, 'RRULE')).toBe('FREQ=DAILY');
  });

  it('folds long lines at 75 octets, escapes included', () => {
    const title = `${'Réunion, café; '.repeat(12)}🚀`;
    const ics = icsCalendar([{ ...EVENT, title }], 'p', NOW);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unescapeText(property(ics, 'SUMMARY') ?? '')).toBe(title);
  });

  it('writes dates as iCalendar dates', () => {
    expect(icsDate('2027-05-30')).toBe('20270530');
  });

  it('is read back by a real calendar parser (ical.js, Thunderbird’s) as the reader wrote it', () => {
    const typed =
      'Réunion, café; a path C:\\new\\folder\\, 🚀 👩‍👩‍👧‍👦\r\nsecond line\rthird, with a "quote" and <b>no tags</b>'.repeat(
        3,
      );
    const events: CalendarEvent[] = [
      EVENT,
      { ...EVENT, uid: 'plan-1.phase-1@csm-handbook', title: typed, description: typed, recurrenceRule: undefined },
    ];
    const calendar = new ICAL.Component(ICAL.parse(icsCalendar(events, 'csm-handbook/plan-builder', NOW)));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('csm-handbook/plan-builder');
    const read = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(read.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    const [first, second] = read;
    expect(first?.summary).toBe('Meet each CSM');
    expect(first?.startDate.toString()).toBe('2027-01-08');
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.endDate.toString()).toBe('2027-01-09');
    expect(first?.component.getFirstPropertyValue('url')).toBe(EVENT.url);
    expect(first?.isRecurring()).toBe(true);
    expect(first?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;COUNT=13');
    const lf = typed.replace(/\r\n?/g, '\n');
    expect(second?.summary).toBe(lf);
    expect(second?.description).toBe(lf);
    expect(second?.isRecurring()).toBe(false);
  });
});
