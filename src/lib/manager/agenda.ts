import type { AgendaWeek, ItemState } from '../../schemas/manager';
import { type CadenceWeek, cadenceWeek, type WeekStart } from './one-on-one-week';
import type { AgendaItems } from './toolkit';

/*
 * This week's 1:1 agenda: the seed's agenda for the 1st to 4th week, the
 * reader's choice for a 5th week (the handbook defines none), and the items
 * left open in earlier weeks. An item is open when it has a note and is not
 * ticked done; it is carried to the following weeks until it is ticked.
 * The seed's agendas are given (`agendas`): the page hands them to the
 * islands as props, so they do not ride in the scripts.
 */

export type AgendaNumber = 1 | 2 | 3 | 4;

export interface AgendaItemView {
  /** `a2-1` for the seed's items, `<origin week>.a2-1` for an item carried over. */
  key: string;
  title: string;
  state: ItemState;
  /** The stored week (its record's `week`) this item's tick and note are saved in. */
  stored: string;
  /** For a carried item: the week it comes from and its latest earlier note. */
  carried?: { from: string; note: string };
  /**
   * For an item this week's agenda does not show in its place: the agenda it was noted under and the stored
   * week holding it (a note from before the week-start setting changed, from a 5th week's earlier choice, or
   * a second note on one item from two stored weeks shown as one).
   */
  noted?: { agenda: AgendaNumber; week: string };
}

export interface AgendaWeekView {
  week: CadenceWeek;
  /** The agenda shown: the seed's for weeks 1–4, the reader's choice (or none yet) for a 5th week. */
  agenda: AgendaNumber | undefined;
  /** True when the agenda is the reader's choice (a 5th week). */
  chosen: boolean;
  /** The stored week a new note is saved in. */
  stored: string;
  /** The stored week the 5th week's choice is read from and saved in (see `agendaOf`). */
  chosenIn: string;
  /** The agenda's items: the seed's, in its order (the page numbers them). */
  items: AgendaItemView[];
  /**
   * Notes and ticks of the stored weeks shown here that the agenda does not hold in its place, each saying where
   * it was noted: shown apart, so the agenda's numbered list stays the handbook's.
   */
  noted: AgendaItemView[];
  /** Items left open in earlier weeks, then any other note on a carried item stored in the weeks shown here. */
  carried: AgendaItemView[];
}

const EMPTY: ItemState = { done: false, note: '' };

/**
 * The agenda that applies to `week`, and the stored week of those shown as it (`shown`, the first is where new
 * notes go) holding a 5th week's choice: the one it was last chosen or taken back in (after the week-start
 * setting changed, two stored weeks with a choice each can be shown as one 5th week), else one that has a choice
 * (stored before choices were dated), else the first. The choice is changed where it is read, so it stays one.
 */
function agendaOf(
  week: CadenceWeek,
  shown: readonly AgendaWeek[],
): { agenda: AgendaNumber | undefined; chosen: boolean; chosenIn: string | undefined } {
  const when = (record: AgendaWeek) => record.at?.chosenAgenda ?? (record.chosenAgenda ? 0 : -1);
  // Sorted stably: of stored weeks alike, the first shown.
  const holder = [...shown].sort((a, b) => when(b) - when(a))[0];
  const agenda = week.index > 4 ? holder?.chosenAgenda : (week.index as AgendaNumber);
  return { agenda, chosen: week.index > 4 && agenda !== undefined, chosenIn: holder?.week };
}

/** The seed's items of an agenda, with their keys. */
export function seedItems(agenda: AgendaNumber, agendas: AgendaItems): { key: string; title: string }[] {
  return (agendas[agenda - 1] ?? []).map((title, index) => ({ key: `a${agenda}-${index + 1}`, title }));
}

const SEED_KEY = /^(?:(\d{4}-\d{2}-\d{2})\.)?a([1-4])-(\d+)$/;

/** An item of a stored week read back by its key: its seed item's agenda and title, and the week it was carried from. */
interface StoredItem {
  key: string;
  state: ItemState;
  agenda: AgendaNumber;
  title: string;
  from: string | undefined;
  order: number;
}

/** The items of a stored week whose keys name a seed item: items carried over first, then each in its agenda's order. */
function itemsOf(record: AgendaWeek, agendas: AgendaItems): StoredItem[] {
  const items: StoredItem[] = [];
  for (const [key, state] of Object.entries(record.items)) {
    const match = SEED_KEY.exec(key);
    // No match: NaN, no title.
    const agenda = Number(match?.[2]) as AgendaNumber;
    const index = Number(match?.[3]);
    const title = agendas[agenda - 1]?.[index - 1];
    const from = match?.[1];
    if (title !== undefined)
      items.push({ key, state, agenda, title, from, order: (from ? 0 : 5e3) + agenda * 1e3 + index });
  }
  return items.sort((a, b) => a.order - b.order);
}

interface OpenItem {
  key: string;
  title: string;
  carried: { from: string; note: string };
}

/*
 * A week is stored under its first day as the week-start setting had it when it was written, so after the
 * setting changes a stored week lies across two of the weeks shown (Monday 22 March 2027 is in the Sunday
 * week of 21 March; Sunday 28 March in the Monday week of 22 March). A stored week is shown, with every note
 * in it, in the shown week that holds its first day: the setting changes how weeks are drawn, never which
 * notes are shown. Its items keep the keys of the agenda they were noted under, so what carries over is read
 * from those keys, not from the agenda the week would have now (nor from a 5th week's later choice).
 */

/**
 * Items left open before `weekStart`, in the order they were opened. An item is one by its name, whichever agenda
 * or week holds it ("OKR /Big Rock initiatives progress" is on the 2nd and the 4th week's): left open in two weeks,
 * it is carried over once, from the earlier, with the latest note; ticked done in any week, it stops.
 */
export function carriedInto(weekStart: string, records: readonly AgendaWeek[], agendas: AgendaItems): OpenItem[] {
  const open = new Map<string, OpenItem>();
  const earlier = records.filter((record) => record.week < weekStart).sort((a, b) => a.week.localeCompare(b.week));
  for (const record of earlier) {
    for (const { key, state, title, from } of itemsOf(record, agendas)) {
      const held = open.get(title)?.carried;
      if (state.done) open.delete(title);
      else if (held) held.note = state.note.trim() ? state.note : held.note;
      // A key carried over names an item open (above) or one ticked done since.
      else if (state.note.trim() && !from)
        open.set(title, { key: `${record.week}.${key}`, title, carried: { from: record.week, note: state.note } });
    }
  }
  return [...open.values()];
}

/** The stored weeks shown as `week`: the one stored under its own first day first, then by date. */
function storedIn(week: CadenceWeek, records: readonly AgendaWeek[]): AgendaWeek[] {
  const rank = (record: AgendaWeek) => (record.week === week.start ? 0 : 1);
  return records
    .filter((record) => record.week >= week.start && record.week <= week.end)
    .sort((a, b) => rank(a) - rank(b) || a.week.localeCompare(b.week));
}

/**
 * The week `date` is in, with its agenda, the items carried into it and the reader's notes. Where two stored
 * weeks are shown as one, an item noted in only one of them is shown once, saved where it is stored; an item
 * noted in both is shown twice, each note saved in its own week (merging two notes into one field could not
 * be undone), and carries over as one item (carriedInto).
 */
export function agendaWeekView(
  date: string,
  records: readonly AgendaWeek[],
  setting: WeekStart,
  agendas: AgendaItems,
): AgendaWeekView {
  const week = cadenceWeek(date, setting);
  const shown = storedIn(week, records);
  // New notes go to a week already stored here: a new record under this week's first day would, with the
  // other setting, be shown in the week before.
  const primary = shown[0];
  const stored = primary?.week ?? week.start;
  const { agenda, chosen, chosenIn = stored } = agendaOf(week, shown);
  const used = new Set<string>();
  const placed = (key: string) => {
    const holder = shown.find((record) => record.items[key]);
    if (holder) used.add(`${holder.week} ${key}`);
    return { state: holder?.items[key] ?? EMPTY, stored: holder?.week ?? stored };
  };
  const carried: AgendaItemView[] = carriedInto(week.start, records, agendas).map((item) => ({
    ...item,
    ...placed(item.key),
  }));
  // An item left open that this week's agenda holds again (a month on, on another agenda of the same name, or a
  // 5th week given the same agenda) is shown once, in its place on the agenda, as the item carried over: ticked
  // there, it stops carrying. Listed twice, it was two boxes of one name. Noted here under the agenda's own key
  // alone (as the page let a reader do before), that note is the item's here.
  const own: AgendaItemView[] = agenda
    ? seedItems(agenda, agendas).map(({ key, title }) => {
        const item = carried.find((open) => open.title === title);
        return item && (item.state !== EMPTY || !shown.some((record) => record.items[key]))
          ? item
          : { ...item, key, title, ...placed(key) };
      })
    : [];
  // Everything else noted or ticked in the stored weeks shown here, so no note is out of sight.
  const extra: AgendaItemView[] = shown.flatMap((record) =>
    itemsOf(record, agendas)
      .filter(({ key, state }) => !used.has(`${record.week} ${key}`) && (state.note.trim() || state.done))
      .map(({ key, state, agenda: notedUnder, title, from }) => {
        const item: AgendaItemView = {
          key,
          title,
          state,
          stored: record.week,
          noted: { agenda: notedUnder, week: record.week },
        };
        if (from) item.carried = { from, note: '' };
        return item;
      }),
  );
  return {
    week,
    agenda,
    chosen,
    stored,
    chosenIn,
    items: own,
    noted: extra.filter((item) => !item.carried),
    carried: [
      ...carried.filter((item) => !own.some((line) => line.title === item.title)),
      ...extra.filter((item) => item.carried),
    ],
  };
}
