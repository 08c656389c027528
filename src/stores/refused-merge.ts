import type * as v from 'valibot';
import { clashT } from '../i18n/text-clash-ui';
import { clipText } from '../lib/clip-text';
import { announce } from './announcer';
import type { createRecordStore } from './record-store';
import { readKey } from './storage-session';
import { offerBack } from './text-clash';

/*
 * A change the record's own reader would refuse. Where the reader types, the fields' and lists' limits stop it
 * first, so a refused copy is two tabs' changes merged: each added to one list, and together they are more than
 * it holds (a phase's 200 goals, a goal's actions, a phase's people, an item's evidence, a roster, the tally).
 * One rule for every kind, in the record store: the page shows what is stored, and here the reader is told which
 * list and its limit, and offered this tab's additions back (Put mine back, once there is room; Copy mine), in the
 * words that offer any text a merge replaced (src/stores/text-clash.ts). Loaded then: it is rare.
 */

type PathItem = { key: unknown; value: unknown };

/** The words of each list with a limit, by its key in the record (a plan's, a rating's, a toolkit record's). */
const LISTS: Record<string, Parameters<typeof clashT>[0]> = {
  goals: 'clash.list.goals',
  actions: 'clash.list.actions',
  people: 'clash.list.people',
  evidence: 'clash.list.evidence',
  members: 'clash.list.members',
  csms: 'clash.list.csms',
  weeks: 'clash.list.weeks',
};

/** The list's words: its name from its key, in its phase, under its goal (a plan's); none for a list not named. */
function listName(path: readonly PathItem[]): string | undefined {
  const key = LISTS[String(path.at(-1)?.key)];
  const phase = Number(path[1]?.key);
  return (
    key &&
    clashT(key, {
      // A plan's phase, as PHASE_TITLES (src/lib/plan-labels.ts) names it: imported, it left the plans' chunk for a
      // file of its own on the plan builder (0.2 KB gzip). Held equal by tests/unit/over-limit.test.ts.
      first: 30 * phase + 1,
      last: 30 * phase + 30,
      goal: clipText(String((path.at(-2)?.value as { text?: unknown } | undefined)?.text ?? ''), 60),
    })
  );
}

/** The entries of `list` not in `stored`'s (by id, or by value for a list of ids). */
const added = (list: unknown[], stored: unknown): unknown[] => {
  const ids = new Set((Array.isArray(stored) ? stored : []).map((entry) => (entry as { id?: unknown })?.id ?? entry));
  return list.filter((entry) => !ids.has((entry as { id?: unknown })?.id ?? entry));
};

/** The value at `path` in `record` (the stored copy's list, which may be missing). */
const at = (record: unknown, path: readonly PathItem[]): unknown =>
  path.reduce<unknown>((value, item) => (value as Record<string, unknown> | undefined)?.[item.key as string], record);

/** What this needs of a record store (src/stores/record-store.ts). */
type Store<T> = Pick<ReturnType<typeof createRecordStore<T>>, 'kind' | 'keyOf' | '$records' | 'set'>;

/**
 * Tells the reader that this tab's copy of the record `id` was refused. For a kind that merges, the page
 * shows what is stored instead, and this tab's copy is offered back (merged with what is there then, so what the
 * reader did since, such as removing some to make room, holds); otherwise the copy stays on screen, said not saved.
 */
export function sayRefused<T>({ kind, keyOf, $records, set }: Store<T>, id: string): void {
  // This tab's copy now: the one refused, or a newer one typed since, which its save would refuse again.
  const mine = $records.get()[id] as T;
  const merge = kind.merge;
  const stored = readKey(keyOf(id), kind.read);
  const read = kind.read(JSON.stringify(mine));
  const issue = read.kind === 'invalid' && read.reason === 'schema' ? read.issue : undefined;
  const path = (issue?.path ?? []) as unknown as PathItem[];
  const list = issue?.type === 'max_length' && Array.isArray(issue.input) ? listName(path) : undefined;
  if (!merge || stored.kind !== 'ok' || !list) {
    announce(clashT('clash.notFit'), 'error');
    return;
  }
  // Taken in as any other tab's save is: a later save of this copy merges with it, which is the same record.
  $records.setKey(id, stored.value);
  const mineAdded = added(issue?.input as unknown[], at(stored.value, path));
  // The reader's words of each entry added here: a goal's or an action's text, a person's or a member's name.
  const texts = mineAdded
    .map((entry) => (entry as { text?: unknown; name?: unknown }).text ?? (entry as { name?: unknown }).name)
    .filter((text): text is string => typeof text === 'string' && text !== '');
  const values = {
    list,
    max: Number((issue as v.BaseIssue<unknown> & { requirement?: unknown }).requirement),
    count: mineAdded.length,
    text: clipText(texts[0] ?? '', 80),
  };
  offerBack(
    false,
    texts,
    () => set(id, merge($records.get()[id] ?? mine, mine)),
    clashT(texts.length ? 'clash.overLimit' : 'clash.overLimitUnquoted', values),
  );
}
