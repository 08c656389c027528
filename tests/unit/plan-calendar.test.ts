import { describe, expect, it } from 'vitest';
import { foldContentLine } from '../../src/lib/ics-fold';
import { calendarFile, planCalendarEvents } from '../../src/lib/plan-calendar';
import { addAction, addGoal, createPlan, duplicatePlan, updatePlanFields } from '../../src/lib/plan-model';
import type { Plan } from '../../src/schemas/plan';
import { unfoldContentLines } from '../support/ics';

const MAX_OCTETS = 75;
const octets = (text: string) => new TextEncoder().encode(text).length;
/** True when the text survives a UTF-8 round trip: no half of a surrogate pair. */
const wholeUtf8 = (text: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text)) === text;
const graphemeStarts = (text: string) =>
  new Set([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.index));

const SAMPLES = {
  ascii: 'Review the account health of every customer in the EMEA region and write it down. '.repeat(3),
  accented: 'Réunion d’équipe à Zürich: résumé, café, crème brûlée, Ångström, naïve façade. '.repeat(3),
  cjk: '与每位客户成功经理单独会面并了解他们的客户组合和当前的挑战。'.repeat(4),
  emoji: '🚀 Launch 👩‍👩‍👧‍👦 family 🇪🇺 flags 👍🏽 thumbs e\u0301 (e + accent) '.repeat(4),
} as const;

/** Checks every physical line of a folded file and returns its lines unfolded. */
function checkFolding(folded: string): string[] {
  const physical = folded.split('\r\n');
  for (const [index, line] of physical.entries()) {
    expect(octets(line), `line ${index + 1}: ${line}`).toBeLessThanOrEqual(MAX_OCTETS);
    expect(wholeUtf8(line), `line ${index + 1} is whole UTF-8`).toBe(true);
  }
  return unfoldContentLines(folded).split('\r\n');
}

/** The pieces one logical line was cut into: each continuation line must begin with exactly one space. */
function unfoldPieces(folded: string, line: string): string[] {
  const physical = folded.split('\r\n');
  const first = physical.findIndex((l) => line.startsWith(l));
  const pieces = [physical[first] ?? ''];
  for (let i = first + 1; physical[i]?.startsWith(' '); i++) pieces.push(physical[i]?.slice(1) ?? '');
  expect(pieces.join('')).toBe(line);
  return pieces;
}

describe('folding iCalendar content lines', () => {
  it.each(Object.entries(SAMPLES))('folds %s text at 75 octets and unfolds to the same text', (_kind, sample) => {
    const line = `SUMMARY:${sample}`;
    const folded = foldContentLine(line);
    expect(checkFolding(folded)).toEqual([line]);
    // Cuts fall between graphemes: a family emoji or an accent never comes apart.
    const starts = graphemeStarts(line);
    let offset = 0;
    for (const piece of unfoldPieces(folded, line)) {
      expect(starts.has(offset), `cut at ${offset}`).toBe(true);
      offset += piece.length;
    }
  });

  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldContentLine(`A:${'b'.repeat(73)}`)).toBe(`A:${'b'.repeat(73)}`);
    expect(foldContentLine(`A:${'b'.repeat(74)}`)).toBe(`A:${'b'.repeat(73)}\r\n b`);
    // 2 octets each: 75 characters of é are 150 octets, three physical lines.
    expect(checkFolding(foldContentLine(`SUMMARY:${'é'.repeat(87)}`))).toEqual([`SUMMARY:${'é'.repeat(87)}`]);
  });
});

function planWithText(id: string): Plan {
  let plan = createPlan(id, 1, `${SAMPLES.accented} ${SAMPLES.emoji}`);
  plan = updatePlanFields(plan, { startDate: '2027-01-04' }, 2);
  plan = addGoal(plan, 0, { id: 'g1', text: SAMPLES.cjk, category: 'learning', measure: '', actions: [] }, 3);
  plan = addAction(
    plan,
    0,
    'g1',
    { id: 'a1', text: SAMPLES.cjk, owner: 'self', status: 'todo', due: { kind: 'day', day: 3 } },
    4,
  );
  plan = addAction(
    plan,
    0,
    'g1',
    { id: 'a2', text: SAMPLES.emoji, owner: 'self', status: 'done', due: { kind: 'day', day: 9 } },
    5,
  );
  return addAction(
    plan,
    0,
    'g1',
    { id: 'a3', text: SAMPLES.ascii, owner: 'self', status: 'todo', due: { kind: 'date', date: '2027-02-01' } },
    6,
  );
}

function fileOf(plan: Plan): string {
  return calendarFile(planCalendarEvents(plan), new Date('2026-12-05T05:46:05Z'));
}

const uidLines = (ics: string) =>
  unfoldContentLines(ics)
    .split('\r\n')
    .filter((line) => line.startsWith('UID:'));

describe('plan calendar file', () => {
  it('keeps every line within 75 octets, text intact', () => {
    const ics = fileOf(planWithText('plan-1'));
    const lines = checkFolding(ics);
    expect(lines).toContain(`SUMMARY:${SAMPLES.cjk}`);
    expect(lines).toContain(`SUMMARY:${SAMPLES.emoji.trim()}`);
    expect(lines.filter((line) => line.startsWith('SUMMARY:')).length).toBe(6);
  });

  it('ends every line with CRLF, even when the text has a lone CR or other control characters', () => {
    const text = 'one\rtwo\r\nthree\u0007\u001b four';
    let plan = addGoal(
      planWithText('plan-1'),
      0,
      { id: 'g2', text, category: 'learning', measure: '', actions: [] },
      6,
    );
    plan = addAction(plan, 0, 'g2', { id: 'a4', text, owner: 'self', status: 'todo', due: { kind: 'day', day: 4 } }, 7);
    const ics = fileOf(plan);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    const lines = checkFolding(ics);
    // An event's title is one line: an action's line breaks (a field of several lines) read as spaces. The goal's
    // lines stay lines in the description.
    expect(lines).toContain('SUMMARY:one two three four');
    expect(
      lines.filter((line) => line.startsWith('DESCRIPTION:') && line.includes('goal: one\\ntwo\\nthree four')),
    ).toHaveLength(1);
  });

  it('gives each event a UID made of the plan id and the item, the same on every download', () => {
    const plan = planWithText('plan-1');
    expect(planCalendarEvents(plan).map((event) => event.uid)).toEqual([
      'plan-1.phase-1@csm-handbook',
      'plan-1.action-a1@csm-handbook',
      'plan-1.action-a2@csm-handbook',
      'plan-1.action-a3@csm-handbook',
      'plan-1.phase-2@csm-handbook',
      'plan-1.phase-3@csm-handbook',
    ]);
    expect(uidLines(fileOf(plan))).toEqual(uidLines(fileOf(plan)));
    expect(uidLines(fileOf(plan))).toEqual(planCalendarEvents(plan).map((event) => `UID:${event.uid}`));
  });

  it('gives different actions and different plans different UIDs', () => {
    const plan = planWithText('plan-1');
    const uids = uidLines(fileOf(plan));
    expect(new Set(uids).size).toBe(uids.length);
    const copy = uidLines(fileOf(duplicatePlan(plan, 'plan-2', 9)));
    expect(copy.filter((uid) => uids.includes(uid))).toEqual([]);
  });
});
