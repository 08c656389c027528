import { mst } from '../i18n/manager-store-ui';
import { t } from '../i18n/ui';
import { localToday } from '../lib/dates';
import type { FigureField } from '../lib/manager/club-figures';
import type { WeekStart } from '../lib/manager/one-on-one-week';
import type { ReviewId } from '../lib/manager/toolkit';
import { callWeekToCount } from '../lib/manager/week-summary';
import {
  type AgendaWeek,
  type Calls,
  type Club,
  type ClubCsm,
  cleanName,
  type ItemState,
  MAX_MANAGER_ITEMS,
  MAX_TEAM_NAME,
  type ManagerRecord,
  type ManagerSettings,
  managerRecordId,
  type ReviewSession,
  type Team,
} from '../schemas/manager';
import { MAX_NOTE_LENGTH } from '../schemas/stored';
import { announce } from './announcer';
import { removeHere, typingIn } from './club-elsewhere';
import { managerStore, newManagerId as newId, stampManagerRecord, stampManagerReplacement } from './manager-records';
import { $calls, $club, $managerRecords, $managerSettings, $team, toFix } from './manager-view';

// Reads come from ./manager-view, actions from here: one path for each.

/*
 * The manager toolkit's actions on its records (one record store, one key per
 * record, see src/schemas/manager.ts). Notes save after a short pause, like
 * plans. Every save stamps what it changed, so two tabs' copies of a record
 * merge (src/lib/manager/merge.ts).
 */

const store = managerStore;

/** Saves `record`, stamped as an edit made in this tab now (also for club-bring-back.ts). */
export function save(record: ManagerRecord, delayMs = 0): void {
  const id = managerRecordId(record);
  const records = $managerRecords.get();
  store.set(id, stampManagerRecord(Object.hasOwn(records, id) ? records[id] : undefined, record), delayMs);
}

const clipNote = (note: string) => note.slice(0, MAX_NOTE_LENGTH);

// ---- settings

export function changeSettings(change: Partial<Omit<ManagerSettings, 'v' | 'kind'>>): void {
  const current = $managerSettings.get() ?? { v: 2, kind: 'settings' };
  // A setting put back to its default is `undefined` here, and absent once stored (JSON leaves it out).
  save({ ...current, ...change, v: 2, kind: 'settings' });
}

// ---- review sessions

/** Starts a review session dated `date` and returns its id. */
export function startReview(review: ReviewId, date: string = localToday()): string {
  const id = newId();
  save({ v: 2, kind: 'review', id, review, date, finished: false, items: {}, updatedAt: Date.now() });
  return id;
}

function reviewOf(id: string): ReviewSession | undefined {
  const record = $managerRecords.get()[`review-${id}`];
  return record?.kind === 'review' ? record : undefined;
}

/** A review session or agenda week with one item ticked or noted. */
function withItem<R extends ReviewSession | AgendaWeek>(record: R, key: string, change: Partial<ItemState>): R {
  const before = record.items[key] ?? { done: false, note: '' };
  const item = { ...before, ...change, note: clipNote(change.note ?? before.note) };
  return { ...record, items: { ...record.items, [key]: item }, updatedAt: Date.now() };
}

export function changeReviewItem(id: string, itemId: string, change: Partial<ItemState>, delayMs = 0): void {
  const session = reviewOf(id);
  if (session) save(withItem(session, itemId, change), delayMs);
}

export function changeReview(id: string, change: Partial<Pick<ReviewSession, 'date' | 'finished'>>): void {
  const session = reviewOf(id);
  if (session) save({ ...session, ...change, updatedAt: Date.now() });
}

// ---- 1:1 agenda weeks

function agendaOf(week: string): AgendaWeek {
  const record = $managerRecords.get()[`agenda-${week}`];
  return record?.kind === 'agenda' ? record : { v: 2, kind: 'agenda', week, items: {}, updatedAt: 0 };
}

export function changeAgendaItem(week: string, key: string, change: Partial<ItemState>, delayMs = 0): void {
  save(withItem(agendaOf(week), key, change), delayMs);
}

export function chooseFifthWeekAgenda(week: string, agenda: 1 | 2 | 3 | 4 | undefined): void {
  const { chosenAgenda: _old, ...record } = agendaOf(week);
  save({ ...record, ...(agenda && { chosenAgenda: agenda }), updatedAt: Date.now() });
}

// ---- team roster

function team(): Team {
  return $team.get() ?? { v: 2, kind: 'team', members: [], removed: {} };
}

/** Adds a team member (first name or initials); false when the roster is full or the name empty. */
export function addMember(name: string): boolean {
  const current = team();
  const clean = cleanName(name.trim());
  if (!clean) return false;
  if (current.members.length >= MAX_MANAGER_ITEMS) {
    announce(mst('manager.rosterFull', { max: MAX_MANAGER_ITEMS }), 'error');
    return false;
  }
  save({
    ...current,
    members: [...current.members, { id: newId(), name: clean, oneOnOnes: [], idpSyncs: [], added: Date.now() }],
  });
  return true;
}

interface Removable {
  id: string;
  calendarId?: string | undefined;
}

/**
 * Removes the entry `id` from a list of the roster or the tally (`entries`, in the record `recordId`) by `remove`,
 * with Undo right after, saying `message`. After Undo, tells `undone` the id the entry is back under: a new one (so
 * the removal holds in other tabs), stamped with its first as `calendarId` (merge-lists.ts), which finds it, whether
 * Undo put it back or another tab's Bring them back had (then said so, and not put back twice). Never a guess:
 * another tab's new entry is never taken for theirs, and when Undo could not put them back, no id is told.
 */
function removeEntry(
  recordId: 'team' | 'club',
  entries: () => readonly Removable[],
  id: string,
  message: string,
  remove: () => void,
  undone?: (id: string) => void,
): void {
  const gone = entries().find((entry) => entry.id === id);
  if (!gone) return;
  undoable(
    recordId,
    message,
    remove,
    () => entries().find((entry) => entry.calendarId === (gone.calendarId ?? gone.id))?.id,
    undone,
  );
}

/**
 * Removes a team member (and their dates), with Undo right after, naming them `name`, as the roster shows them
 * ("Alex (2)"); `undone` is told the id they come back under.
 */
export function removeMember(id: string, name: string, undone?: (id: string) => void): void {
  const current = team();
  removeEntry(
    'team',
    () => team().members,
    id,
    mst('manager.memberRemoved', { name }),
    () => save({ ...current, members: current.members.filter((m) => m.id !== id) }),
    undone,
  );
}

/**
 * Runs a change to one record and offers Undo (which keeps what was done since too); `back` finds the entry a
 * removal took, once back, and `undone` is told its id.
 */
function undoable(
  recordId: string,
  message: string,
  change: () => void,
  back?: () => string | undefined,
  undone?: (id: string) => void,
): void {
  const before = store.snapshot([recordId]);
  change();
  const undo = store.undoSnapshot(before);
  announce(message, 'info', {
    label: t('planner.undo'),
    run: () => {
      // Read afresh: another tab may have brought them back (Bring them back), and its event not come yet.
      store.load();
      const already = back?.();
      // The store tells the reader what it could not put back or save.
      if (!store.undo(undo, notTwice)) announce(mst(already ? 'manager.alreadyBack' : 'manager.undone'));
      const id = back?.();
      if (id) undone?.(id);
    },
  });
}

/**
 * What Undo puts back, stamped as this tab's newest change, less the tally's CSMs back already under another id,
 * found by the id they first had (another tab's Bring them back, club-bring-back.ts): never added twice. Called
 * by the store's Undo once it has read storage afresh, so the tally is what is stored now.
 */
function notTwice(after: ManagerRecord | undefined, next: ManagerRecord | undefined): ManagerRecord | undefined {
  const now = club().csms;
  return stampManagerReplacement(
    after,
    next?.kind === 'club'
      ? {
          ...next,
          csms: next.csms.filter(
            (csm) => !now.some((entry) => entry.id !== csm.id && entry.calendarId === (csm.calendarId ?? csm.id)),
          ),
        }
      : next,
  );
}

/** Adds `date` to a member's 1:1s or IDP syncs (the newest 200 are kept); `undo` removes it again. */
export function logMemberDate(id: string, list: 'oneOnOnes' | 'idpSyncs', date: string, undo = false): void {
  const current = team();
  save({
    ...current,
    members: current.members.map((member) => {
      if (member.id !== id) return member;
      const dates = undo ? member[list].filter((d) => d !== date) : [...new Set([...member[list], date])];
      return { ...member, [list]: dates.sort().slice(-MAX_MANAGER_ITEMS) };
    }),
  });
}

// ---- call reviews

/** Changes this week's count of reviewed calls by `delta` (never below 0), in the stored week shown as this week. */
export function countCall(date: string, delta: number, weekStart: WeekStart = 'monday'): void {
  const current: Calls = $calls.get() ?? { v: 2, kind: 'calls', weeks: [] };
  const week = callWeekToCount(current, date, weekStart, delta);
  const found = current.weeks.find((w) => w.week === week);
  const count = Math.min(999, Math.max(0, (found?.count ?? 0) + delta));
  // A call counted keeps its day; one taken off forgets the day, as which call went is not known.
  const { lastDay: _forgotten, ...entry } = { ...found, week, count };
  const counted = delta > 0 ? { ...entry, lastDay: date } : entry;
  // A week counted down to 0 stays, at 0: another tab's copy of it must not bring its old count back.
  const weeks = [...current.weeks.filter((w) => w.week !== week), counted]
    .sort((a, b) => a.week.localeCompare(b.week))
    .slice(-MAX_MANAGER_ITEMS);
  save({ ...current, weeks });
}

// ---- President's Club tally

export function club(): Club {
  return $club.get() ?? { v: 2, kind: 'club', csms: [], choices: {}, removed: {} };
}

/** Whether the tally has room for `more` CSMs; when not, the reader is told. */
export function roomFor(current: Club, more: number): boolean {
  const room = current.csms.length + more <= MAX_MANAGER_ITEMS;
  if (!room) announce(mst('manager.clubFull', { max: MAX_MANAGER_ITEMS }), 'error');
  return room;
}

export function addCsm(): string | undefined {
  const current = club();
  if (!roomFor(current, 1)) return undefined;
  const id = newId();
  save({ ...current, csms: [...current.csms, { id, name: '', team: '', added: Date.now() }] });
  return id;
}

export function changeCsm(id: string, change: Partial<Omit<ClubCsm, 'id'>>, delayMs = 0): void {
  // Typing waits for the autosave pause: a removal of theirs in another tab meanwhile says so (club-elsewhere.ts).
  typingIn(delayMs ? id : undefined);
  const current = club();
  save(
    {
      ...current,
      csms: current.csms.map((csm) => {
        if (csm.id !== id) return csm;
        const next: ClubCsm = { ...csm, ...change };
        if (change.name !== undefined) next.name = cleanName(change.name);
        if (change.team !== undefined) next.team = cleanName(change.team, MAX_TEAM_NAME);
        return next;
      }),
    },
    delayMs,
  );
}

/** Per CSM id and figure, the figure its field was last left with, while it is being typed (changeFigure). */
const lastLeft = new Map<string, number | undefined>();

/**
 * A figure of the tally, as typed (`delayMs`, the autosave pause) or as its field is left (0). `value` false: the
 * text is refused (readFigure). Then the figure stored is the one the field was last left with, never a prefix
 * of the text typed on the way ("15" of "150"), and the tally counts it as to fix (toFix) until one it takes.
 */
export function changeFigure(id: string, field: FigureField, value: number | undefined | false, delayMs = 0): void {
  const key = id + field;
  if (!lastLeft.has(key)) lastLeft.set(key, club().csms.find((csm) => csm.id === id)?.[field]);
  toFix[value === false ? 'add' : 'delete'](key);
  changeCsm(id, { [field]: value === false ? lastLeft.get(key) : value }, delayMs);
  if (!delayMs) lastLeft.delete(key);
}

/**
 * Removes a CSM and their figures from the tally, with Undo right after, naming them `name`, as the tally shows
 * them ("Alex (2)", one not named yet "CSM 2"); `undone` is told the id they come back under, as a team member's
 * (removeEntry).
 */
export function removeCsm(id: string, name: string, undone?: (id: string) => void): void {
  const current = club();
  removeEntry(
    'club',
    () => club().csms,
    id,
    mst('manager.csmRemoved', { name }),
    () => removeHere(() => save({ ...current, csms: current.csms.filter((entry) => entry.id !== id) })),
    undone,
  );
}

export function changeClubChoices(change: Partial<Club['choices']>): void {
  const current = club();
  save({ ...current, choices: { ...current.choices, ...change } });
}

/** Clears the whole tally (entries and choices), with Undo right after; the CSMs stay removed in other tabs too. */
export function clearClub(): void {
  undoable('club', mst('manager.clubCleared'), () => removeHere(() => save({ ...club(), csms: [], choices: {} })));
}

/** Deletes a review session, with Undo right after. */
export function deleteReview(id: string): void {
  undoable(`review-${id}`, mst('manager.sessionDeleted'), () => store.set(`review-${id}`, undefined));
}
