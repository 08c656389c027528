import { gt } from '../i18n/progress-ui';
import { t } from '../i18n/ui';
import { restoreWrites } from '../lib/restore-writes';
import type { PlannerData } from '../schemas/backup';
import {
  EMPTY_LADDER_DATA,
  type LadderEvidence,
  type LadderRating,
  type LadderSettings,
} from '../schemas/ladder-records';
import type { ManagerRecord } from '../schemas/manager';
import type { Plan } from '../schemas/plan';
import { announce } from './announcer';
import { flushLadderSaves, ladderStores, stampRating, startLadder } from './ladder-records';
import { managerStore, stampManagerReplacement } from './manager-records';
import { checklistStores, markBackupMade } from './planner';
import { flushPlanSaves, planStoreForRestore as planStore, stampReplacement } from './plans';
import { RESET_KEY } from './record-keys';
import type { UndoSnapshot } from './record-store';
import { $storageStatus } from './storage-session';
import { writeAll } from './storage-transaction';

/*
 * Everything the reader keeps at once: backups, restore and Reset all. A
 * restore writes every record or none (the session's all-or-nothing write),
 * is refused as a whole if it would overwrite a record from a newer version,
 * and its Undo (src/stores/undo-all.ts) puts back what it replaced and loses
 * nothing changed since.
 */

/**
 * Everything the reader keeps, for backups; nothing when the browser would
 * not read (or list) some of it: what could not be read is unknown, never
 * empty, so a backup of the rest would look whole and miss it.
 */
export function snapshotAll(): PlannerData | undefined {
  flushPlanSaves();
  // The toolkit's island may not have started its store on this page yet (it hydrates when visible).
  managerStore.start();
  managerStore.flush();
  startLadder();
  flushLadderSaves();
  if ($storageStatus.get().unreadable.length > 0) return undefined;
  const ladderSettings = ladderStores.settings.$records.get()[''];
  return {
    tasks: { ...checklistStores.tasks.$records.get() },
    programs: { ...checklistStores.programs.$records.get() },
    plans: { ...planStore.$records.get() },
    manager: { ...managerStore.$records.get() },
    ladder: {
      ratings: { ...ladderStores.ratings.$records.get() },
      evidence: { ...ladderStores.evidence.$records.get() },
      ...(ladderSettings ? { settings: ladderSettings } : {}),
    },
  };
}

/** `records` as restored over `current`: each stamped by `stamp` as this tab's newest change. */
function stampedOver<T>(
  current: Readonly<Record<string, T>>,
  records: Readonly<Record<string, T>>,
  stamp: (current: T | undefined, next: T) => T | undefined,
): Record<string, T> {
  const stamped: Record<string, T> = {};
  for (const [id, record] of Object.entries(records)) {
    stamped[id] = stamp(Object.hasOwn(current, id) ? current[id] : undefined, record) ?? record;
  }
  return stamped;
}

type RestoreOutcome = { ok: true } | { ok: false; error: string };

export interface Undo {
  tasks: UndoSnapshot<PlannerData['tasks'][string]>;
  programs: UndoSnapshot<PlannerData['programs'][string]>;
  plans: UndoSnapshot<Plan>;
  manager: UndoSnapshot<ManagerRecord>;
  ladderRatings: UndoSnapshot<LadderRating>;
  ladderEvidence: UndoSnapshot<LadderEvidence>;
  ladderSettings: UndoSnapshot<LadderSettings>;
}

/** The stored keys that hold newer or unreadable records, for the reader: "task int-week-1", "plan …". */
function describeKeys(keys: readonly string[]): string {
  return keys
    .map((key) => key.replace(/^csm-handbook:/, '').replace(':', ' '))
    .slice(0, 5)
    .join(', ')
    .concat(keys.length > 5 ? ` (+${keys.length - 5})` : '');
}

/**
 * Replaces all reader data with `data` (a backup, or nothing to start over):
 * all of it or none. Offers Undo right after. `resetLabel` words the message for Reset all; `backupAt`, the
 * time of a whole backup restored, is noted as the last backup's (the data now matches that file). `forVisit`
 * words a restore where the browser keeps no data (storage blocked, as in private browsing): the planners work
 * for the visit there, in memory, and so does the restore, saying so. `done` words a restore that is no backup's,
 * a plan's own file ("“Plan to carry” is back."), in place of "Your backup was restored.".
 */
export function restoreAll(
  data: PlannerData,
  resetLabel?: string,
  backupAt?: Date,
  forVisit?: string,
  done?: string,
): RestoreOutcome {
  flushPlanSaves();
  managerStore.start();
  managerStore.flush();
  startLadder();
  flushLadderSaves();
  const ladder = ladderStores;
  // No ladder data (an older caller, Reset all) means none: the restore replaces everything.
  const ladderData = data.ladder ?? EMPTY_LADDER_DATA;
  const ladderSettings: Record<string, LadderSettings> = ladderData.settings ? { '': ladderData.settings } : {};
  const { tasks, programs } = checklistStores;
  // Restored plans, manager records and ladder ratings carry this tab's newest stamps, so other tabs take
  // them instead of merging them away.
  const currentPlans = planStore.$records.get();
  const plans = stampedOver(currentPlans, data.plans, stampReplacement);
  const currentManager = managerStore.$records.get();
  const manager = stampedOver(currentManager, data.manager ?? {}, stampManagerReplacement);
  const ratings = stampedOver(ladder.ratings.$records.get(), ladderData.ratings, stampRating);
  const writes = [
    restoreWrites(tasks, data.tasks),
    restoreWrites(programs, data.programs),
    restoreWrites(planStore, plans),
    restoreWrites(managerStore, manager),
    restoreWrites(ladder.ratings, ratings),
    restoreWrites(ladder.evidence, ladderData.evidence),
    restoreWrites(ladder.settings, ladderSettings),
  ];
  const invalid = writes.flatMap((w) => w.invalid);
  if (invalid.length > 0) return { ok: false, error: gt('restore.invalidRecords', { ids: invalid.join(', ') }) };
  const before = {
    tasks: tasks.snapshot(Object.keys({ ...tasks.$records.get(), ...data.tasks })),
    programs: programs.snapshot(Object.keys({ ...programs.$records.get(), ...data.programs })),
    plans: planStore.snapshot(Object.keys({ ...currentPlans, ...plans })),
    manager: managerStore.snapshot(Object.keys({ ...currentManager, ...manager })),
    ladderRatings: ladder.ratings.snapshot(Object.keys({ ...ladder.ratings.$records.get(), ...ratings })),
    ladderEvidence: ladder.evidence.snapshot(
      Object.keys({ ...ladder.evidence.$records.get(), ...ladderData.evidence }),
    ),
    ladderSettings: ladder.settings.snapshot(['']),
  };
  const visit = $storageStatus.get().mode === 'unavailable' && forVisit;
  // Reset all writes its time last, after the removals: other tabs then show their data cleared and say so once
  // (src/stores/storage-session.ts). To the second, as `Date()` gives it: the next Reset all, after its
  // confirmation, is a new value, and so news to the other tabs.
  const result = visit
    ? ({ ok: true } as const)
    : writeAll(writes.flatMap((w) => w.entries).concat(resetLabel ? [[RESET_KEY, Date()]] : []));
  if (!result.ok) {
    const error =
      result.reason === 'locked'
        ? gt('restore.refusedNewer', { records: describeKeys(result.keys) })
        : result.reason === 'stuck'
          ? gt('restore.refusedStuck', { records: describeKeys(result.keys) })
          : result.reason === 'full'
            ? gt('restore.refusedFull')
            : gt('restore.refusedUnavailable');
    return { ok: false, error };
  }
  tasks.adopt(data.tasks);
  programs.adopt(data.programs);
  planStore.adopt(plans);
  managerStore.adopt(manager);
  ladder.ratings.adopt(ratings);
  ladder.evidence.adopt(ladderData.evidence);
  ladder.settings.adopt(ladderSettings);
  const undo: Undo = {
    tasks: tasks.undoSnapshot(before.tasks),
    programs: programs.undoSnapshot(before.programs),
    plans: planStore.undoSnapshot(before.plans),
    manager: managerStore.undoSnapshot(before.manager),
    ladderRatings: ladder.ratings.undoSnapshot(before.ladderRatings),
    ladderEvidence: ladder.evidence.undoSnapshot(before.ladderEvidence),
    ladderSettings: ladder.settings.undoSnapshot(before.ladderSettings),
  };
  // Before the message: a note that finds the storage full says so, and the restore's message, said last, tells
  // both (the restore's own records are all written).
  if (backupAt) markBackupMade(backupAt);
  // No Undo for the visit (it reads back what is stored: nothing here), and the words stay until the reader closes
  // them: they are the restore's one word that what it shows will not last.
  if (visit) {
    announce(visit, 'info', [], undefined, true);
    return { ok: true };
  }
  const keptNewer = $storageStatus.get().newer.length;
  const message = resetLabel
    ? keptNewer > 0
      ? gt('restore.resetKeptNewer', { label: resetLabel, count: keptNewer })
      : gt('restore.resetDone', { label: resetLabel })
    : (done ?? gt(backupAt && $storageStatus.get().lastSave === 'failed' ? 'restore.doneUnnoted' : 'restore.done'));
  // Loaded now rather than with the page (few readers undo), so Undo works even if the connection goes meanwhile.
  const undoCode = import('./undo-all');
  undoCode.catch(() => {});
  announce(message, 'info', {
    label: t('planner.undo'),
    run: () =>
      undoCode.then(
        (code) => code.undoRestore(undo),
        () => announce(t('planner.loadFailed'), 'error'),
      ),
  });
  return { ok: true };
}
