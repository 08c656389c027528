import * as v from 'valibot';
import { onOneLine } from '../lib/bidi-controls';
import { MAX_PLAN_DAY } from '../lib/plan-dates';
import { calendarDateSchema } from './calendar-date';
import { optionalFieldsObject, plainRecord } from './plain-object';
import { PROTOTYPE_KEYS } from './roles';
import { noteSchema } from './stored';
import { timeSchema } from './time';

/*
 * A 30-60-90 day plan as stored in the browser (one key per plan) and in
 * backups. Valibot, like the other stored schemas, because it ships to the
 * browser.
 */

/** Longest text a single field may hold: a note's (`MAX_NOTE_LENGTH`), as a field of several lines is read as a note. */
export const MAX_PLAN_TEXT = 5_000;
/** Longest short field (title, role, reviewers, theme, a person's name). */
export const MAX_PLAN_SHORT_TEXT = 300;
/** Most goals, actions or people a phase may hold: generous, but bounded for restore. */
export const MAX_PLAN_ITEMS = 200;

/**
 * Text of a plan, read without the bidi controls that would turn its words around (src/lib/bidi-controls.ts),
 * as the builder's fields take it (src/islands/plan/Field.tsx): a plan stored or backed up before December 6, late
 * night, or a review link, may hold them. Never refused for them: a plan is not set aside for a character
 * nobody sees. A field of several lines (a `<textarea>`: the context, a goal, a measure, an action, a review field)
 * is read as a note is (`noteSchema`), as a line of a note is as easily turned around as a title. A field of one line
 * (an `<input>`: the title, a theme, a person's name and why) reads each line break as a space too (`onOneLine`,
 * since December 7), as its field shows it. A measure and an action were fields of one line until December 7, late:
 * their words wrap now, as a goal's do, and the exports that write them on one line (a task item, an event's title)
 * read their breaks as spaces.
 */
const text = v.optional(noteSchema, '');
const oneLine = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max), v.transform(onOneLine)), '');
/** A field of one line that may be long: why to meet a person. */
const line = oneLine(MAX_PLAN_TEXT);
const shortText = oneLine(MAX_PLAN_SHORT_TEXT);
const isoDate = calendarDateSchema;
/**
 * Shape of plan and plan item ids (random, from src/lib/plan-model.ts `newId`). The toolkit's member and review
 * ids have the same shape, written again in src/schemas/manager.ts on purpose: each page loads only its own
 * schemas, and one shared check in src/schemas/roles.ts (which every planner page loads) cost CSM Onboarding
 * about 80 bytes gzip for code it never runs (measured December 6, evening).
 */
const PLAN_ID_PATTERN = /^[a-z0-9-]{1,40}$/;

/** Whether `id` may name a plan or an item in one: never a prototype-reaching key such as `constructor`. */
export function isPlanId(id: string): boolean {
  return PLAN_ID_PATTERN.test(id) && !PROTOTYPE_KEYS.has(id);
}

const itemId = v.pipe(v.string(), v.check(isPlanId, 'planId'));

/**
 * A path on this site, with the heading: `/handbook/customer-success/csm/csm-manager/#review-checklist`.
 * Only letters, digits and `-._~/` (the base path is added where it is shown), so a
 * source that came in a shared link can never be `javascript:` or another site.
 */
const SITE_HREF_PATTERN = /^\/(?!\/)[A-Za-z0-9\-._~/]*(#[A-Za-z0-9\-._~]+)?$/;

/** Where an item came from: the handbook idea or template item it was added from, and that idea's section. */
const itemSourceSchema = v.object({
  /** The idea's or template item's id (`sug-…`, `tpl-…`), to tell which ideas are in the plan already. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)),
  href: v.pipe(v.string(), v.maxLength(MAX_PLAN_SHORT_TEXT), v.regex(SITE_HREF_PATTERN)),
  /** The section's heading, as the link's words. */
  label: shortText,
  /**
   * The item is this site's own suggestion, not based on the section (which it links to as related): it says
   * "Suggested by this site" rather than "Based on the handbook". Absent on items stored before it (December 6).
   */
  site: v.optional(v.literal(true)),
});
const list = <T extends v.GenericSchema>(item: T) => v.optional(v.pipe(v.array(item), v.maxLength(MAX_PLAN_ITEMS)), []);

export const GOAL_CATEGORIES = ['learning', 'relationships', 'quick-win', 'strategy', 'team', 'operations'] as const;
export const ACTION_OWNERS = ['self', 'manager', 'mentor', 'other'] as const;
export const ACTION_STATUSES = ['todo', 'doing', 'done', 'na'] as const;

const planDay = v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_PLAN_DAY));

/** When an action is due: a day of the plan (1-90) or a calendar date. */
const dueSchema = v.union([
  v.object({ kind: v.literal('day'), day: planDay }),
  v.object({ kind: v.literal('date'), date: isoDate }),
]);

const actionSchema = v.object({
  id: itemId,
  text,
  owner: v.optional(v.picklist(ACTION_OWNERS), 'self'),
  due: v.optional(dueSchema),
  status: v.optional(v.picklist(ACTION_STATUSES), 'todo'),
  source: v.optional(itemSourceSchema),
});

const goalSchema = v.object({
  id: itemId,
  text,
  category: v.optional(v.picklist(GOAL_CATEGORIES), 'learning'),
  /** How success is measured. */
  measure: text,
  actions: list(actionSchema),
  source: v.optional(itemSourceSchema),
});

const personSchema = v.object({
  id: itemId,
  name: shortText,
  why: line,
  /** Meet by this day of the plan. */
  byDay: v.optional(planDay),
  met: v.optional(v.boolean(), false),
  source: v.optional(itemSourceSchema),
});

const phaseSchema = optionalFieldsObject({
  theme: shortText,
  goals: list(goalSchema),
  people: list(personSchema),
  /** End-of-phase review. */
  review: v.optional(optionalFieldsObject({ happened: text, why: text, next: text }), {
    happened: '',
    why: '',
    next: '',
  }),
});

/** Most change stamps a plan keeps (one per field and item, so it follows from the item limits). */
const MAX_PLAN_CLOCK_ENTRIES = 20_000;
/** Most removed-item marks a plan keeps; the oldest are forgotten first. */
export const MAX_PLAN_REMOVED = 500;

/**
 * A change stamp: when (ms since epoch, base 36, zero-padded so stamps sort as
 * text) and which tab (a random id), so two tabs never make the same stamp.
 */
const stampSchema = v.pipe(v.string(), v.regex(/^[0-9a-z]{9}-[0-9a-z]{1,12}$/));

/** The stamp of a field's value, and the other tab's stamp that value was typed over (to tell a lost edit). */
const clockEntrySchema = v.object({ s: stampSchema, p: v.optional(stampSchema) });

/** Fields of the plan that are not the reader's content but bookkeeping. */
export const PLAN_BOOKKEEPING_KEYS = ['v', 'id', 'clock', 'removed', 'createdAt', 'updatedAt'] as const;

/**
 * Version 2: change stamps, no item sources. Version 3 adds `source` on goals,
 * actions and people; the bump keeps a site that knows only v2 from rewriting a
 * v3 plan without its sources (a newer record is never overwritten).
 */
export const PLAN_FORMAT_VERSION = 3;

const phasesSchema = v.strictTuple([phaseSchema, phaseSchema, phaseSchema]);

/**
 * Whether every item of a plan (its goals, actions and people, across the
 * phases) has an id of its own. Edits, change stamps and merges find an item
 * by its id: two items under one id would be edited as one.
 */
function hasUniqueItemIds(phases: v.InferOutput<typeof phasesSchema>): boolean {
  const ids = phases.flatMap(({ goals, people }) => [...goals, ...goals.flatMap((goal) => goal.actions), ...people]);
  return new Set(ids.map((item) => item.id)).size === ids.length;
}

export const planSchema = v.object({
  v: v.literal(PLAN_FORMAT_VERSION),
  id: itemId,
  title: shortText,
  /** The role the plan is for, such as "CSM Manager, EMEA". */
  role: shortText,
  startDate: v.optional(isoDate),
  /** Who reviews it: names, as text. */
  reviewers: shortText,
  context: text,
  phases: v.pipe(phasesSchema, v.check(hasUniqueItemIds, 'sameItemId')),
  /**
   * The day this plan was saved as a copy from a review link (src/lib/plan-versions.ts `reviewCopy`), which "Your
   * plans" says beside its title: the copy keeps the link's title, the reader's words. Since December 7, late; no
   * new version for it: a site without it reads the plan without the mark (the list then says nothing), as nothing
   * else is lost.
   */
  savedFromReview: v.optional(isoDate),
  createdAt: timeSchema,
  updatedAt: timeSchema,
  /**
   * One change stamp per field and per item, so two tabs editing the same plan
   * merge without a common ancestor: the newer stamp wins field by field
   * (src/lib/plan-clock.ts). Paths: `title`, `phases.0.theme`, `#<item id>.text`,
   * `#<item id>` (added), `<list path>@order`.
   */
  clock: v.optional(
    v.pipe(
      plainRecord(v.pipe(v.string(), v.maxLength(120)), clockEntrySchema),
      v.check((clock) => Object.keys(clock).length <= MAX_PLAN_CLOCK_ENTRIES, 'changeStamps'),
    ),
    {},
  ),
  /** Items removed, with the stamp of the removal, so another tab's merge does not bring them back. */
  removed: v.optional(
    v.pipe(
      plainRecord(itemId, stampSchema),
      v.check((removed) => Object.keys(removed).length <= MAX_PLAN_REMOVED, 'removedItems'),
    ),
    {},
  ),
});

export type ItemSource = v.InferOutput<typeof itemSourceSchema>;
export type Due = v.InferOutput<typeof dueSchema>;
export type Action = v.InferOutput<typeof actionSchema>;
export type Goal = v.InferOutput<typeof goalSchema>;
export type Person = v.InferOutput<typeof personSchema>;
export type Phase = v.InferOutput<typeof phaseSchema>;
export type Plan = v.InferOutput<typeof planSchema>;
export type ClockEntry = v.InferOutput<typeof clockEntrySchema>;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];
export type ActionOwner = (typeof ACTION_OWNERS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
