import { type KeyValueStorage, openStorage, storageKeys } from '../browser/storage';
import { newlyFinished, type SummaryInput, summarizeProgram, withPrograms } from '../lib/progress-summary';
import { readSummary, type SummaryProgram } from '../lib/summary-read';
import { $plannerReady, $programSettings, $taskStates } from './planner';

/*
 * Keeps the progress summary (csm-handbook:summary, see src/lib/summary-read.ts)
 * up to date: every page that knows a program's structure (its planner page,
 * My progress) rewrites that program's entry whenever its records change, here
 * or in another tab. It is derived data, not the reader's: not backed up,
 * never locked, and a failed write changes nothing the reader sees. So it writes
 * through a storage handle of its own, not the storage session (src/stores/storage-session.ts),
 * whose status and notices are about the reader's own records.
 */

export interface TrackedProgram extends SummaryInput {
  /** The plain words of a task or sub-step, by id. */
  taskText: (id: string) => string;
}

/** Told when a change finishes sections (their anchors) or a whole program. */
type FinishListener = (programId: string, sections: string[], programDone: boolean) => void;

function sameEntry(a: SummaryProgram | undefined, b: SummaryProgram): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** Starts tracking these programs; returns a function that stops. */
export function trackSummary(
  programs: readonly TrackedProgram[],
  onFinish?: FinishListener,
  open: () => KeyValueStorage = () => openStorage(),
): () => void {
  const storage = open();
  /** This tab's last view of each program: a celebration needs a change seen here, not a page load. */
  const seen = new Map<string, SummaryProgram>();

  const update = () => {
    if (!$plannerReady.get() || !storage.available) return;
    const records = $taskStates.get();
    const settings = $programSettings.get();
    const read = storage.read(storageKeys.summary);
    if (!read.ok) return;
    const current = readSummary(read.value);
    const entries: Record<string, SummaryProgram> = {};
    let changed = false;
    for (const program of programs) {
      const entry = summarizeProgram(program, records, settings[program.id], program.taskText);
      entries[program.id] = entry;
      if (!sameEntry(current?.programs[program.id], entry)) changed = true;
      const before = seen.get(program.id);
      seen.set(program.id, entry);
      if (!before || !onFinish) continue;
      const finished = newlyFinished(before, entry);
      const programDone = entry.total > 0 && entry.done === entry.total && !entry.unknown && before.done < before.total;
      if (finished.length > 0 || programDone) onFinish(program.id, finished, programDone);
    }
    if (changed) storage.write(storageKeys.summary, JSON.stringify(withPrograms(current, entries)));
  };

  const stops = [$taskStates.listen(update), $programSettings.listen(update), $plannerReady.listen(update)];
  update();
  return () => {
    for (const stop of stops) stop();
  };
}
