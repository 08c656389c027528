import * as v from 'valibot';
import { onOneLine } from '../lib/bidi-controls';
import { calendarDateSchema } from './calendar-date';
import { MAX_MANAGER_ITEMS, MAX_MANAGER_REMOVED } from './manager-limits';
import { optionalFieldsObject, plainRecord } from './plain-object';
import { PROTOTYPE_KEYS } from './roles';
import { noteSchema } from './stored';
import { timeSchema } from './time';

/*
 * The manager toolkit's records (review sessions, 1:1 agenda weeks, the team
 * roster, call reviews, the President's Club tally, settings), one key each
 * under `csm-handbook:manager:<id>`, told apart by `kind`. Valibot, like
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
export { MAX_MANAGER_ITEMS };

/**
 * What no name holds: control characters (a NUL, a tab), and the bidi controls that reorder the text drawn after
 * them (U+202E turns "Bo" + "1:1 held" around), which no text of the planners holds (src/lib/bidi-controls.ts).
 * A line break is read as a space first, as in every field of one line (`onOneLine`, since December 7: "Ana\nBrown"
 * was "AnaBrown"). The name fields drop them as they are typed or pasted (src/stores/manager.ts), as they keep to
 * the length; stored names and restored files are read without them.
 */
const CONTROLS = /\p{Cc}/gu;
/** `name` as the name fields keep it: without the characters no name holds, blank as empty, at most `max` long. */
export const cleanName = (name: string, max = MAX_PERSON_NAME) => {
  const clean = onOneLine(name).replace(CONTROLS, '').slice(0, max);
  return clean.trim() && clean;
};
/**
 * A name as the fields write it: a stored or restored one is read through the same cleaning, never refused for it,
 * since fields before December 6, afternoon, kept what was pasted (a tab, U+202E) and a tally's name as typed
 * (spaces only): refusing would set a reader's whole roster or tally aside for one character they cannot see.
 */
const nameSchema = (max = MAX_PERSON_NAME) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.transform((name) => cleanName(name, max)),
  );
/** Whether no two of `ids` are the same: entries of a list under one id would be changed and removed as one. */
const distinct = (ids: unknown[]) => new Set(ids).size === ids.length;

const ITEM_KEY_PATTERN = /^[a-z0-9][a-z0-9.-]{0,79}$/;
/** Keys of items inside a record (review questions, agenda items): never a prototype-reaching key. */
function isManagerItemKey(key: string): boolean {
  return ITEM_KEY_PATTERN.test(key) && !PROTOTYPE_KEYS.has(key);
}
// The plan ids' shape (src/schemas/plan.ts says why it is written twice).
const MEMBER_ID_PATTERN = /^[a-z0-9-]{1,40}$/;
function isMemberId(id: string): boolean {
  return MEMBER_ID_PATTERN.test(id) && !PROTOTYPE_KEYS.has(id);
}

// The checks here have no words of their own: a restore words them (src/lib/issue-words.ts), and words here would
// ship with every page that reads the toolkit.
const note = v.optional(noteSchema, '');
const memberId = v.pipe(v.string(), v.check(isMemberId));
const itemKey = v.pipe(v.string(), v.check(isManagerItemKey));
const dates = v.optional(v.pipe(v.array(calendarDateSchema), v.maxLength(MAX_MANAGER_ITEMS)), []);
const updatedAt = v.optional(timeSchema, 0);
const FIELD_PATTERN = /^[a-zA-Z]{1,40}$/;
/** When each field of a record or an entry was last changed (ms since epoch), by field name. */
const at = v.optional(
  plainRecord(
    v.pipe(
      v.string(),
      v.check((key) => FIELD_PATTERN.test(key) && !PROTOTYPE_KEYS.has(key)),
    ),
    timeSchema,
  ),
);
/** When an entry was added (ms since epoch): lists keep this order in every tab. */
const added = v.optional(timeSchema, 0);
/** Entries removed from a list, with when: another tab's copy of them is never merged back. */
const removed = v.optional(
  v.pipe(
    plainRecord(memberId, timeSchema),
    v.check((entries) => Object.keys(entries).length <= MAX_MANAGER_REMOVED),
  ),
  {},
);

/** One ticked-or-not item with the reader's note (a review question, an agenda item). */
const itemStateSchema = optionalFieldsObject({ done: v.optional(v.boolean(), false), note, at });

const REVIEW_KINDS = ['checklist', 'onboarding', 'success-plan', 'triage-health', 'renewal'] as const;

/** One review session: a review, its date, a tick and a note per item; finished sessions count as done. */
const reviewSessionSchema = v.object({
  v: v.literal(2),
  kind: v.literal('review'),
  id: memberId,
  review: v.picklist(REVIEW_KINDS),
  date: calendarDateSchema,
  finished: v.optional(v.boolean(), false),
  items: plainRecord(itemKey, itemStateSchema),
  updatedAt,
  at,
});

/** One week of the 1:1 agenda: notes per item (seed items and items carried over), and the agenda chosen for a 5th week. */
const agendaWeekSchema = v.object({
  v: v.literal(2),
  kind: v.literal('agenda'),
  /** First day of the week. */
  week: calendarDateSchema,
  /** The agenda the reader chose for a week the handbook does not define (a 5th week). */
  chosenAgenda: v.optional(v.picklist([1, 2, 3, 4])),
  items: plainRecord(itemKey, itemStateSchema),
  updatedAt,
  at,
});

/** The team: first names or initials only, each with the dates of their 1:1s and quarterly IDP syncs. */
const teamSchema = v.object({
  v: v.literal(2),
  kind: v.literal('team'),
  members: v.pipe(
    v.array(
      v.object({
        id: memberId,
        /**
         * The id the member's calendar events were first written under. A member brought back (Undo, a restore)
         * takes a new id, so the removal holds in every tab; keeping this keeps their events' UIDs, so a newer
         * calendar file updates the events instead of adding a second series.
         */
        calendarId: v.optional(memberId),
        name: v.pipe(nameSchema(), v.minLength(1)),
        oneOnOnes: dates,
        idpSyncs: dates,
        added,
        at,
      }),
    ),
    v.maxLength(MAX_MANAGER_ITEMS),
    v.check((entries) => distinct(entries.map((entry) => entry.id))),
  ),
  removed,
});

/** Call reviews counted per week (the seed: "1-2 calls per week (total) from Chorus"). */
const callsSchema = v.object({
  v: v.literal(2),
  kind: v.literal('calls'),
  weeks: v.pipe(
    v.array(
      v.object({
        week: calendarDateSchema,
        count: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(999)),
        /**
         * The day the week's latest call was counted, so "last done" is that day; absent in weeks
         * counted before days were kept, and after one is taken off (which call went is not known).
         */
        lastDay: v.optional(calendarDateSchema),
        at,
      }),
    ),
    v.maxLength(MAX_MANAGER_ITEMS),
    v.check((weeks) => distinct(weeks.map((entry) => entry.week))),
  ),
});

const dayOfMonth = v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(28));

/** The reader's choices where the seed is silent. */
const managerSettingsSchema = v.object({
  v: v.literal(2),
  kind: v.literal('settings'),
  weekStart: v.optional(v.picklist(['monday', 'sunday'])),
  /** "At least twice-monthly": on two days of each month, or every two weeks from a date. */
  renewal: v.optional(
    v.union([
      v.object({ rule: v.literal('days'), days: v.strictTuple([dayOfMonth, dayOfMonth]) }),
      v.object({ rule: v.literal('every-two-weeks'), from: calendarDateSchema }),
    ]),
  ),
  /** "Once per quarter": the first month of the first quarter (1 January, 2 February, 3 March). */
  quarterStartMonth: v.optional(v.picklist([1, 2, 3])),
  at,
});

/** No real figure is larger (the tally's fields refuse more, src/lib/manager/club-figures.ts). */
export const MAX_FIGURE = 1e15;
/** The criteria counted in percent of accounts (src/lib/manager/club-figures.ts) are at most this. */
export const MAX_PERCENT = 100;
const amount = v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_FIGURE)));
const percent = v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_PERCENT)));
const count = v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_FIGURE)));
/** netARR falls below 0 when accounts contract or churn. */
const signedAmount = v.optional(v.pipe(v.number(), v.minValue(-MAX_FIGURE), v.maxValue(MAX_FIGURE)));
/** The seed's five criteria, in its order (its words reach the page as props; tests check these against the seed's data). */
export const CRITERION_IDS = ['net-arr', 'ebr', 'green-plans', 'adoption-plays', 'workshops'] as const;
/**
 * Each gap's choices in the President's Club tally, in the order its form offers them: the one list, which the
 * stored tally's schema below and the scoring (src/lib/manager/presidents-club.ts) both read.
 */
export const CLUB_CHOICES = {
  categories: ['all-five', ...CRITERION_IDS.map((id) => `without-${id}` as const)],
  lowerTie: ['same-place', 'fifty-each', 'share'],
  afterTie: ['next-place', 'count-csms'],
} as const;

/** The President's Club tally: per CSM the five criteria's inputs, and the reader's choices for the seed's gaps. */
const clubSchema = v.object({
  v: v.literal(2),
  kind: v.literal('club'),
  csms: v.pipe(
    v.array(
      v.object({
        id: memberId,
        /**
         * The id a CSM brought back (Undo, Bring them back, a restore) first had: they take a new id, so the
         * removal holds in every tab, and keep this, by which Undo and another tab's Bring them back find them
         * back, and never add them twice (src/stores/manager.ts, club-bring-back.ts).
         */
        calendarId: v.optional(memberId),
        name: nameSchema(),
        team: v.optional(nameSchema(MAX_TEAM_NAME), ''),
        // Each figure as its field reads it (FIGURE_KINDS, src/lib/manager/club-figures.ts; a unit test holds them together).
        netArr: signedAmount,
        endingArr: amount,
        ebr: percent,
        greenPlans: percent,
        adoptionPlays: percent,
        workshops: count,
        added,
        at,
      }),
    ),
    v.maxLength(MAX_MANAGER_ITEMS),
    v.check((entries) => distinct(entries.map((entry) => entry.id))),
  ),
  removed,
  choices: v.optional(
    optionalFieldsObject({
      categories: v.optional(v.picklist(CLUB_CHOICES.categories)),
      lowerTie: v.optional(v.picklist(CLUB_CHOICES.lowerTie)),
      afterTie: v.optional(v.picklist(CLUB_CHOICES.afterTie)),
      at,
    }),
    {},
  ),
});

/** Every kind of toolkit record's schema (the test of `managerRecordSchema` builds its `v.variant` oracle from it). */
export const managerRecordSchemas = [
  reviewSessionSchema,
  agendaWeekSchema,
  teamSchema,
  callsSchema,
  managerSettingsSchema,
  clubSchema,
] as const;

/**
 * A record of any kind: the schema its `kind` names, with the issue `v.variant('kind', …)` gives for a kind that
 * is none of them or missing, or for what is not an object. Not `v.variant`: only this schema used it, and its code
 * was in the Valibot file every planner page loads (250 bytes gzip, December 6, late night). The kind is
 * optional to the object only so that a missing one is said as a wrong one, as `v.variant` says it.
 */
const kindNamed = v.object({
  kind: v.exactOptional(
    v.picklist(managerRecordSchemas.map((schema) => schema.entries.kind.literal)),
    // Read as the kind when the key is missing, so the picklist says it is none of the kinds.
    () => undefined as never,
  ),
});
export const managerRecordSchema = v.lazy(
  (input) =>
    managerRecordSchemas.find((schema) => schema.entries.kind.literal === (input as { kind?: unknown } | null)?.kind) ??
    kindNamed,
) as v.GenericSchema<
  v.InferInput<(typeof managerRecordSchemas)[number]>,
  v.InferOutput<(typeof managerRecordSchemas)[number]>
>;

export type ItemState = v.InferOutput<typeof itemStateSchema>;
export type ReviewSession = v.InferOutput<typeof reviewSessionSchema>;
export type AgendaWeek = v.InferOutput<typeof agendaWeekSchema>;
export type Team = v.InferOutput<typeof teamSchema>;
export type TeamMember = Team['members'][number];
export type Calls = v.InferOutput<typeof callsSchema>;
export type ManagerSettings = v.InferOutput<typeof managerSettingsSchema>;
export type Club = v.InferOutput<typeof clubSchema>;
export type ClubCsm = Club['csms'][number];
export type ManagerRecord = v.InferOutput<typeof managerRecordSchema>;

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
