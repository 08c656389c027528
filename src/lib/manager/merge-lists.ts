import { MAX_MANAGER_ITEMS } from '../../schemas/manager-limits';
import { stampTime } from '../stamp-time';
import { byKey, type Entry, type KeyRule, keysOf, mergeEntries, own, type Rules, stampEntry } from './merge';

/*
 * The manager toolkit's rules for the merge (src/lib/manager/merge.ts): its
 * records hold lists and maps of entries, each entry merged field by field.
 * List entries (team members, CSMs) are kept from both copies, in the order
 * they were added (`added`); an entry removed in one tab is remembered
 * (`removed`) and stays removed, even if a tab that had not heard of the
 * removal changes it meanwhile. Undo of a removal adds the entry back as a
 * new one (a new id), so the removal of the old one still holds everywhere.
 */

/** A list entry's key: its id, or its week. */
const keyOf = (entry: Entry) => String(entry.id ?? entry.week);

/** Lists of entries with an id (team members, CSMs; removable) or a week (call reviews: the newest kept). */
const list = (newestOnly: boolean): KeyRule => ({
  merge(x: Entry[] = [], y: Entry[] = [], context) {
    const byId = new Map<string, Entry>();
    for (const entry of [...x, ...y]) {
      const id = keyOf(entry);
      if (Object.hasOwn(context.removed, id)) continue;
      const other = byId.get(id);
      byId.set(id, other ? mergeEntries(other, entry, context) : entry);
    }
    // In the order added (weeks have no `added`: by week); of call counts, the newest weeks are kept.
    const list = [...byId.values()].sort(
      (p, q) => Number(p.added ?? 0) - Number(q.added ?? 0) || byKey(keyOf(p), keyOf(q)),
    );
    return newestOnly ? list.slice(-MAX_MANAGER_ITEMS) : list;
  },
  stamp(was: Entry[] = [], value: Entry[] = [], context) {
    const { removed } = context;
    const earlier = new Map(was.map((entry) => [keyOf(entry), entry]));
    const kept = new Set<string>();
    const list = value.map((entry) => {
      const id = keyOf(entry);
      // An entry removed before (Undo, a restore): back as a new entry, so the old one's removal holds in every tab.
      // It keeps the id it first had as `calendarId`: a team member's calendar events keep their UIDs by it, and
      // Undo finds by it the entry that came back, a CSM's too, and Undo and another tab's Bring them back find by it
      // a CSM already back, so neither adds them twice (src/stores/manager.ts, club-bring-back.ts).
      if (Object.hasOwn(removed, id))
        return stampEntry(
          undefined,
          { ...entry, id: context.newId(), calendarId: entry.calendarId ?? id, at: {} },
          context,
        );
      kept.add(id);
      return stampEntry(earlier.get(id), entry, context);
    });
    // Later than every removal remembered (stampTime): only the newest are kept, and one stamped by this clock alone
    // behind removals stamped ahead of it (a backup from a fast clock) was forgotten at once.
    for (const id of earlier.keys())
      if (!kept.has(id)) removed[id] = stampTime(context.now, Math.max(0, ...Object.values(removed)));
    return list;
  },
});

/** Entries keyed by item (review and agenda items): never removed, and holding no lists. */
const map: KeyRule = {
  merge(x: Record<string, Entry> | undefined, y: Record<string, Entry> | undefined, context) {
    const out: Record<string, Entry> = {};
    for (const item of keysOf(x, y)) {
      const p = own(x, item);
      const q = own(y, item);
      out[item] = p && q ? mergeEntries(p, q, context) : ((p ?? q) as Entry);
    }
    return out;
  },
  stamp(was: Record<string, Entry> | undefined, value: Record<string, Entry> = {}, context) {
    const out: Record<string, Entry> = {};
    for (const [item, entry] of Object.entries(value)) out[item] = stampEntry(own(was, item), entry, context);
    return out;
  },
};

/** Objects whose fields are stamped on their own (the tally's choices). */
const nested: KeyRule = {
  merge: (x: Entry = {}, y: Entry = {}, context) => mergeEntries(x, y, context),
  stamp: (was: Entry | undefined, value: Entry = {}, context) => stampEntry(was, value, context),
};

/** The manager toolkit's records' rules, for `mergeStampedRecords` and `stampChanges`. */
const removable = list(false);
export const MANAGER_RULES: Rules = {
  items: map,
  members: removable,
  csms: removable,
  weeks: list(true),
  choices: nested,
};
