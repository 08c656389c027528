import { describe, expect, it } from 'vitest';
import { isComplete, percent } from '../../src/lib/progress';
import {
  nextOpenItem,
  orphanedIds,
  programProgress,
  sectionItems,
  sectionProgress,
  unknownWords,
} from '../../src/lib/task-progress';
import type { TaskRecord } from '../../src/schemas/stored';

const record = (state: TaskRecord['state']): TaskRecord => ({ v: 2, state, note: '', updatedAt: 0 });

const sectionA = { id: 'a', tasks: [{ id: 'a1', subtasks: [{ id: 'a1x' }, { id: 'a1y' }] }, { id: 'a2' }] };
const sectionB = { id: 'b', tasks: [{ id: 'b1' }] };

describe('progress', () => {
  it('lists a task, then its sub-steps', () => {
    expect(sectionItems(sectionA).map((item) => item.id)).toEqual(['a1', 'a1x', 'a1y', 'a2']);
  });

  it('counts done items and leaves not-applicable ones out', () => {
    const records = { a1: record('done'), a1x: record('na'), a2: record('open'), zzz: record('done') };
    expect(sectionProgress(sectionA, records)).toEqual({ done: 1, total: 3, notApplicable: 1, unknown: 0 });
    expect(programProgress([sectionA, sectionB], records)).toEqual({ done: 1, total: 4, notApplicable: 1, unknown: 0 });
  });

  it('knows when a section is complete', () => {
    expect(isComplete(sectionProgress(sectionB, { b1: record('done') }))).toBe(true);
    expect(isComplete(sectionProgress(sectionB, {}))).toBe(false);
    expect(percent({ done: 1, total: 3, notApplicable: 0 })).toBe(33);
    expect(percent({ done: 0, total: 0, notApplicable: 2 })).toBe(0);
  });

  it('finds the next open item in reading order', () => {
    const records = { a1: record('done'), a1x: record('done'), a1y: record('na') };
    expect(nextOpenItem([sectionA, sectionB], records)?.item.id).toBe('a2');
    expect(nextOpenItem([sectionB], { b1: record('done') })).toBeUndefined();
  });

  it('leaves a task not known here out of the count, never complete, never next (a failed read is not "empty")', () => {
    const records = { a1: record('done'), a1x: { state: 'newer' as const }, a1y: { state: 'aside' as const } };
    expect(sectionProgress(sectionA, records)).toEqual({ done: 1, total: 2, notApplicable: 0, unknown: 2 });
    expect(nextOpenItem([sectionA], records)?.item.id).toBe('a2');
    const all = { ...records, a2: record('done') };
    expect(sectionProgress(sectionA, all)).toMatchObject({ done: 2, total: 2 });
    expect(isComplete(sectionProgress(sectionA, all))).toBe(false);
    expect(nextOpenItem([sectionA], all)).toBeUndefined();
    expect(isComplete(sectionProgress(sectionB, { b1: { state: 'unread' } }))).toBe(false);
    // Said after the count in the reader's words: what they are, that they are kept, where to read why.
    expect(unknownWords(sectionProgress(sectionA, records))).toBe(
      '2 could not be read (kept as saved; the checklist says why)',
    );
    expect(unknownWords(sectionProgress(sectionA, all))).toBe(
      '2 could not be read (kept as saved; the checklist says why)',
    );
    expect(unknownWords(sectionProgress(sectionA, { a1: record('done') }))).toBeUndefined();
  });

  it('reports stored ids that no task has any more', () => {
    expect(orphanedIds(['a1', 'old-task', 'b1', 'gone'], new Set(['a1', 'b1']))).toEqual(['gone', 'old-task']);
  });
});
