import { computed, type ReadableAtom } from 'nanostores';
import { type LensProgram, type LensSection, type ProgramLens, programLens } from '../lib/program-view';
import { $plannerReady, $programSettings, $taskStates, type TaskView } from './planner';

/*
 * A program's progress as the reader's role lens shows it ("New CSM: 3 of
 * 37"), kept in a store rather than read from the page, so the panel, My
 * progress, and later the home page and navigation badges, all show the same
 * figures from the stored data alone.
 */

const NO_RECORDS: Readonly<Record<string, TaskView>> = {};

interface ProgramLensState<S extends LensSection = LensSection> extends ProgramLens<S> {
  /** False until stored data has been read: the figures are then the empty program's. */
  ready: boolean;
}

const stores = new Map<string, ReadableAtom<ProgramLensState>>();

/** The lens store of a program (one per program id, shared by every island of the page). */
export function programLensStore<S extends LensSection>(
  program: LensProgram<S> & { id: string },
): ReadableAtom<ProgramLensState<S>> {
  let store = stores.get(program.id);
  if (!store) {
    store = computed([$plannerReady, $taskStates, $programSettings], (ready, tasks, settings) => ({
      ready,
      ...programLens(program, ready ? settings[program.id]?.role : undefined, ready ? tasks : NO_RECORDS),
    }));
    stores.set(program.id, store);
  }
  return store as unknown as ReadableAtom<ProgramLensState<S>>;
}
