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
  /** For a carried item: the week it comes from and its latest earlier note. */
  carried?: { from: string; note: string };
}

export interface AgendaWeekView {
  week: CadenceWeek;
  /** The agenda shown: the seed's for weeks 1–4, the reader's choice (or none yet) for a 5th week. */
  agenda: AgendaNumber | undefined;
  /** True when the agenda is the reader's choice (a 5th week). */
  chosen: boolean;
  items: AgendaItemView[];
}

const EMPTY: ItemState = { done: false, note: '' };

/** The agenda that applies to `week`. */
export function agendaOf(
  week: CadenceWeek,
  record: AgendaWeek | undefined,
): { agenda: AgendaNumber | undefined; chosen: boolean } {
  if (week.index <= 4) return { agenda: week.index as AgendaNumber, chosen: false };
  return { agenda: record?.chosenAgenda, chosen: record?.chosenAgenda !== undefined };
}

/** The seed's items of an agenda, with their keys. */
export function seedItems(agenda: AgendaNumber, agendas: AgendaItems): { key: string; title: string }[] {
  return (agendas[agenda - 1] ?? []).map((title, index) => ({ key: `a${agenda}-${index + 1}`, title }));
}

interface OpenItem {
  key: string;
  title: string;
  from: string;
  note: string;
}

/** Items left open before `weekStart`, in the order they were opened. */
export function carriedInto(
  weekStart: string,
  records: readonly AgendaWeek[],
  setting: WeekStart,
  agendas: AgendaItems,
): OpenItem[] {
  const open = new Map<string, OpenItem>();
  const earlier = records.filter((record) => record.week < weekStart).sort((a, b) => a.week.localeCompare(b.week));
  for (const record of earlier) {
    for (const [key, item] of open) {
      const state = record.items[key];
      if (state?.done) open.delete(key);
      else if (state?.note.trim()) open.set(key, { ...item, note: state.note });
    }
    const { agenda } = agendaOf(cadenceWeek(record.week, setting), record);
    if (!agenda) continue;
    for (const { key, title } of seedItems(agenda, agendas)) {
      const state = record.items[key];
      if (state?.note.trim() && !state.done) {
        const carriedKey = `${record.week}.${key}`;
        open.set(carriedKey, { key: carriedKey, title, from: record.week, note: state.note });
      }
    }
  }
  return [...open.values()];
}

/** The week `date` is in, with its agenda, the items carried into it and the reader's notes. */
export function agendaWeekView(
  date: string,
  records: readonly AgendaWeek[],
  setting: WeekStart,
  agendas: AgendaItems,
): AgendaWeekView {
  const week = cadenceWeek(date, setting);
  const record = records.find((r) => r.week === week.start);
  const { agenda, chosen } = agendaOf(week, record);
  const stateOf = (key: string) => record?.items[key] ?? EMPTY;
  const carried = carriedInto(week.start, records, setting, agendas).map((item) => ({
    key: item.key,
    title: item.title,
    state: stateOf(item.key),
    carried: { from: item.from, note: item.note },
  }));
  const own = agenda ? seedItems(agenda, agendas).map(({ key, title }) => ({ key, title, state: stateOf(key) })) : [];
  return { week, agenda, chosen, items: [...own, ...carried] };
}

/** The first day of each 1:1 week from `from` for `weeks` weeks. */
export function weekStarts(from: string, weeks: number, setting: WeekStart): string[] {
  const first = cadenceWeek(from, setting).start;
  const starts: string[] = [];
  for (let i = 0; i < weeks; i += 1) {
    const [y, m, d] = first.split('-').map(Number) as [number, number, number];
    starts.push(new Date(Date.UTC(y, m - 1, d + i * 7)).toISOString().slice(0, 10));
  }
  return starts;
}
