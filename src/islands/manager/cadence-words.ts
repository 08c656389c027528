import { mt } from '../../i18n/manager-ui';
import { formatDate } from '../../lib/dates';
import type { CadenceRow } from '../../lib/manager/week-summary';
import type { ManagerSettings } from '../../schemas/manager';
import { lastDoneWords } from './shared';

/** "At least twice-monthly" as the reader chose it: on two days of each month, or every two weeks from a date. */
export function renewalRuleWords(renewal: ManagerSettings['renewal']): string {
  return !renewal
    ? mt('manager.renewalNotSet')
    : renewal.rule === 'days'
      ? mt('manager.renewalDaysRule', { a: renewal.days[0], b: renewal.days[1] })
      : mt('manager.renewalBiweeklyRule', { date: formatDate(renewal.from) });
}

/** The words under a cadence: its rule from the seed, and when it was last done or is due. */
export function rowDetail(row: CadenceRow, renewalRule: string): string {
  if (row.kind === 'unset') return mt('manager.cadenceTwice', { rule: mt('manager.renewalNotSet') });
  if (row.kind === 'regular')
    return `${row.id === 'checklist' ? mt('manager.cadenceNone') : mt('manager.cadenceRegular')} ${lastDoneWords(row)}.`;
  const rule =
    row.id === 'calls'
      ? mt('manager.cadenceCalls', { count: row.count })
      : row.id === 'renewal'
        ? mt('manager.cadenceTwice', { rule: renewalRule })
        : mt('manager.cadenceMonthly');
  const when =
    row.status.state === 'done'
      ? mt('manager.doneUntil', { date: formatDate(row.status.nextPeriod) })
      : mt('manager.dueSince', { date: formatDate(row.status.dueSince) });
  return `${rule} ${lastDoneWords(row)}; ${when}.`;
}
