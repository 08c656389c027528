import type { PlannerData } from '../lib/backup';
import { announce } from './announcer';
import { checklistSnapshot, replaceChecklistRecords } from './planner';
import { $plans, replacePlans } from './plans';

/** Everything the reader keeps, for backups and undo. */
export function snapshotAll(): PlannerData {
  return { ...checklistSnapshot(), plans: { ...$plans.get() } };
}

/** Replaces all reader data with `data` (a backup, or nothing to start over); offers Undo right after. */
export function restoreAll(data: PlannerData, resetLabel?: string): void {
  const before = snapshotAll();
  const taskIds = new Set([...Object.keys(before.tasks), ...Object.keys(data.tasks)]);
  const programIds = new Set([...Object.keys(before.programs), ...Object.keys(data.programs)]);
  replaceChecklistRecords(taskIds, programIds, data);
  replacePlans(data.plans);
  announce(resetLabel ? `${resetLabel} was reset.` : 'Your backup was restored.', 'info', {
    label: 'Undo',
    run: () => {
      replaceChecklistRecords(taskIds, programIds, before);
      replacePlans(before.plans);
      announce('Undone: your data is back as it was.');
    },
  });
}
