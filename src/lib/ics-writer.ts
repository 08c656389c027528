import { foldContentLine } from './ics-fold';

/*
 * The site's iCalendar writer (RFC 5545), for the plan builder's and the
 * manager toolkit's calendar files: all-day events, each with a fixed UID,
 * maybe a recurrence rule and a link. It writes only what those files need,
 * and writes it the way the format asks: text values escaped, control
 * characters left out, every line ended by CRLF and folded at 75 octets.
 * Until December 5 the `ics` library wrote them; it validates with `yup`,
 * which made a calendar download fetch 25 KB gzip of code for one click.
 */

/** An all-day event; dates are `YYYY-MM-DD`, and `end` is the day after the last day, as iCalendar wants. */
export interface CalendarEvent {
  /** Stable across downloads, so importing the file again updates the events instead of adding copies. */
  uid: string;
  title: string;
  start: string;
  end: string;
  description?: string | undefined;
  /** A link back to where the event comes from. */
  url?: string | undefined;
  /** iCalendar RRULE value, such as `FREQ=WEEKLY;COUNT=13`: the site's own, never the reader's text. */
  recurrenceRule?: string | undefined;
}

const CRLF = '\r\n';

/** Characters the format allows in no value: C0 controls but the tab, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Reader text as an iCalendar TEXT value (RFC 5545, 3.3.11): backslash,
 * semicolon and comma escaped, each line break (CRLF, CR or LF) as `\n`,
 * other control characters left out. Nothing the reader types can end the
 * line or start another property.
 */
export function icsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n')
    .replace(CONTROL, '');
}

/** A value that is not TEXT (a UID, a link, a rule): written as it is, but never with a control character. */
const icsValue = (value: string) => value.replace(CONTROL, '');

/** `YYYY-MM-DD` as an iCalendar DATE (also a rule's UNTIL). */
export const icsDate = (iso: string) => iso.replaceAll('-', '');

/** A moment as an iCalendar UTC DATE-TIME, `20261205T054605Z`. */
const icsStamp = (now: Date) => `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${icsValue(event.uid)}`,
    `SUMMARY:${icsText(event.title)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
    `DTEND;VALUE=DATE:${icsDate(event.end)}`,
    ...(event.description ? [`DESCRIPTION:${icsText(event.description)}`] : []),
    ...(event.url ? [`URL:${icsValue(event.url)}`] : []),
    ...(event.recurrenceRule ? [`RRULE:${icsValue(event.recurrenceRule)}`] : []),
    'END:VEVENT',
  ];
}

/**
 * The events as one iCalendar file. `productId` names the tool that wrote it;
 * `now` is the file's DTSTAMP (when it was written), the same for every event.
 */
export function icsCalendar(events: readonly CalendarEvent[], productId: string, now: Date): string {
  const stamp = icsStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${icsValue(productId)}`,
    'METHOD:PUBLISH',
    'X-PUBLISHED-TTL:PT1H',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldContentLine).join(CRLF) + CRLF;
}
