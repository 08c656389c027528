import { z } from 'zod/mini';
import { calendarDateSchema } from './calendar-date';
import { PROTOTYPE_KEYS } from './roles';
import { MAX_NOTE_LENGTH } from './stored';

/*
 * The manager toolkit's records (review sessions, 1:1 agenda weeks, the team
 * roster, call reviews, the President's Club tally, settings), one key each
 * under `csm-handbook:manager:<id>`, told apart by `kind`. zod/mini, like
 * every stored schema: it ships to the browser.
 *
 * Version 2 adds what two tabs need to merge one record (src/lib/manager/merge.ts):
 * `at`, when each field was last changed; `added`, when a list entry was
 * added (lists are in that order); `removed`, the entries removed and when.
 */

/** A roster or tally name: first names or initials only, so it is short. */
export const MAX_PERSON_NAME = 40;
/** A team name in the President's Club tally. */
export const MAX_TEAM_NAME = 80;
/** Most items in any list (team members, CSMs, dates kept per person, weeks of call counts). */
export const MAX_MANAGER_ITEMS = 200;

const ITEM_KEY_PATTERN = /^[a-z0-9][a-z0-9.-]{0,79}$/;
/** Keys of items inside a record (review questions, agenda items): never a prototype-reaching key. */
export function isManagerItemKey(key: string): boolean {
  return ITEM_KEY_PATTERN.test(key) && !PROTOTYPE_KEYS.has(key);
}
const MEMBER_ID_PATTERN = /^[a-z0-9-]{1,40}$/;
export function isMemberId(id: string): boolean {
  return MEMBER_ID_PATTERN.test(id) && !PROTOTYPE_KEYS.has(id);
}

/** Most removed entries a roster or tally remembers; the oldest are forgotten first. */
export const MAX_MANAGER_REMOVED = 500;

const note = z._default(z.string().check(z.maxLength(MAX_NOTE_LENGTH)), '');
const memberId = z.string().check(z.refine(isMemberId, 'not an id'));
const itemKey = z.string().check(z.refine(isManagerItemKey, 'not an item key'));
const dates = z._default(z.array(calendarDateSchema).check(z.maxLength(MAX_MANAGER_ITEMS)), []);
const updatedAt = z._default(z.number().check(z.int(), z.nonnegative()), 0);
const ms = z.number().check(z.int(), z.nonnegative());
const FIELD_PATTERN = /^[a-zA-Z]{1,40}$/;
/** When each field of a record or an entry was last changed (ms since epoch), by field name. */
const at = z.optional(
  z.record(z.string().check(z.refine((key) => FIELD_PATTERN.test(key) && !PROTOTYPE_KEYS.has(key), 'not a field')), ms),
);
/** When an entry was added (ms since epoch): lists keep this order in every tab. */
const added = z._default(ms, 0);
/** Entries removed from a list, with when: another tab's copy of them is never merged back. */
const removed = z._default(
  z
    .record(memberId, ms)
    .check(z.refine((entries) => Object.keys(entries).length <= MAX_MANAGER_REMOVED, 'too many removed entries')),
  {},
);

/** One ticked-or-not item with the reader's note (a review question, an agenda item). */
export const itemStateSchema = z.object({ done: z._default(z.boolean(), false), note, at });

export const REVIEW_KINDS = ['checklist', 'onboarding', 'success-plan', 'triage-health', 'renewal'] as const;

/** One review session: a review, its date, a tick and a note per item; finished sessions count as done. */
export const reviewSessionSchema = z.object({
  v: z.literal(2),
  kind: z.literal('review'),
  id: memberId,
  review: z.enum(REVIEW_KINDS),
  date: calendarDateSchema,
  finished: z._default(z.boolean(), false),
  items: z.record(itemKey, itemStateSchema),
  updatedAt,
  at,
});

/** One week of the 1:1 agenda: notes per item (seed items and items carried over), and the agenda chosen for a 5th week. */
export const agendaWeekSchema = z.object({
  v: z.literal(2),
  kind: z.literal('agenda'),
  /** First day of the week. */
  week: calendarDateSchema,
  /** The agenda the reader chose for a week the handbook does not define (a 5th week). */
  chosenAgenda: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
  items: z.record(itemKey, itemStateSchema),
  updatedAt,
  at,
});

/** The team: first names or initials only, each with the dates of their 1:1s and quarterly IDP syncs. */
export const teamSchema = z.object({
  v: z.literal(2),
  kind: z.literal('team'),
  members: z
    .array(
      z.object({
        id: memberId,
        name: z.string().check(z.minLength(1), z.maxLength(MAX_PERSON_NAME)),
        oneOnOnes: dates,
        idpSyncs: dates,
        added,
        at,
      }),
    )
    .check(z.maxLength(MAX_MANAGER_ITEMS)),
  removed,
});

/** Call reviews counted per week (the seed: "1-2 calls per week (total) from Chorus"). */
export const callsSchema = z.object({
  v: z.literal(2),
  kind: z.literal('calls'),
  weeks: z
    .array(z.object({ week: calendarDateSchema, count: z.number().check(z.int(), z.minimum(0), z.maximum(999)), at }))
    .check(z.maxLength(MAX_MANAGER_ITEMS)),
});

const dayOfMonth = z.number().check(z.int(), z.minimum(1), z.maximum(28));

/** The reader's choices where the seed is silent. */
export const managerSettingsSchema = z.object({
  v: z.literal(2),
  kind: z.literal('settings'),
  weekStart: z.optional(z.enum(['monday', 'sunday'])),
  /** "At least twice-monthly": on two days of each month, or every two weeks from a date. */
  renewal: z.optional(
    z.union([
      z.object({ rule: z.literal('days'), days: z.tuple([dayOfMonth, dayOfMonth]) }),
      z.object({ rule: z.literal('every-two-weeks'), from: calendarDateSchema }),
    ]),
  ),
  /** "Once per quarter": the first month of the first quarter (1 January, 2 February, 3 March). */
  quarterStartMonth: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
  at,
});

const amount = z.optional(z.number().check(z.minimum(0), z.maximum(1e15)));
const CRITERION_IDS = ['net-arr', 'ebr', 'green-plans', 'adoption-plays', 'workshops'] as const;

/** The President's Club tally: per CSM the five criteria's inputs, and the reader's choices for the seed's gaps. */
export const clubSchema = z.object({
  v: z.literal(2),
  kind: z.literal('club'),
  csms: z
    .array(
      z.object({
        id: memberId,
        name: z.string().check(z.maxLength(MAX_PERSON_NAME)),
        team: z._default(z.string().check(z.maxLength(MAX_TEAM_NAME)), ''),
        netArr: amount,
        endingArr: amount,
        ebr: amount,
        greenPlans: amount,
        adoptionPlays: amount,
        workshops: amount,
        added,
        at,
      }),
    )
    .check(z.maxLength(MAX_MANAGER_ITEMS)),
  removed,
  choices: z._default(
    z.object({
      categories: z.optional(z.enum(['all-five', ...CRITERION_IDS.map((id) => `without-${id}` as const)])),
      lowerTie: z.optional(z.enum(['same-place', 'fifty-each', 'share'])),
      afterTie: z.optional(z.enum(['next-place', 'count-csms'])),
      at,
    }),
    {},
  ),
});

export const managerRecordSchema = z.discriminatedUnion('kind', [
  reviewSessionSchema,
  agendaWeekSchema,
  teamSchema,
  callsSchema,
  managerSettingsSchema,
  clubSchema,
]);

export type ItemState = z.infer<typeof itemStateSchema>;
export type ReviewSession = z.infer<typeof reviewSessionSchema>;
export type AgendaWeek = z.infer<typeof agendaWeekSchema>;
export type Team = z.infer<typeof teamSchema>;
export type TeamMember = Team['members'][number];
export type Calls = z.infer<typeof callsSchema>;
export type ManagerSettings = z.infer<typeof managerSettingsSchema>;
export type Club = z.infer<typeof clubSchema>;
export type ClubCsm = Club['csms'][number];
export type ManagerRecord = z.infer<typeof managerRecordSchema>;

/** The key id a manager record is stored under: its kind for the single ones, `review-<id>`, `agenda-<week>`. */
export function managerRecordId(record: ManagerRecord): string {
  if (record.kind === 'review') return `review-${record.id}`;
  if (record.kind === 'agenda') return `agenda-${record.week}`;
  return record.kind;
}

const MANAGER_ID_PATTERN = /^(?:settings|team|calls|club|review-[a-z0-9-]{1,40}|agenda-\d{4}-\d{2}-\d{2})$/;
/** Whether `id` may name a stored manager record. */
export function isManagerRecordId(id: string): boolean {
  return MANAGER_ID_PATTERN.test(id);
}
