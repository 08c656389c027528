import type { EventAttributes, HeaderAttributes, ReturnObject } from 'ics';

/** The `ics` library's `createEvents`, passed in so the library loads only when a calendar is asked for. */
export type CreateEvents = (events: EventAttributes[], header: HeaderAttributes) => ReturnObject;

/**
 * The iCalendar library, loaded when a calendar is asked for. Only modules that
 * are themselves loaded on demand call this (plan-calendar.ts, manager/calendar.ts):
 * `ics` is CommonJS, and the bundler's helper that reads a CommonJS module goes
 * with the code that imports it. Imported from an island, it put that helper in
 * the plan builder's first load (0.5 KB gzip).
 */
export const loadIcs = () => import('ics');
