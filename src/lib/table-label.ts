import { pageT } from '../i18n/page-ui.ts';

/**
 * The accessible name of a table's scrolling box, from its column headings
 * ("Table: Level, Scope"), so keyboard and screen reader users know which
 * table they are scrolling. Used by the Markdown plugin and by `<Table>`.
 */
export function tableLabel(columns: readonly string[]): string {
  const named = columns.map((column) => column.trim()).filter(Boolean);
  return named.length > 0 ? `${pageT('table.label')}: ${named.join(', ')}` : pageT('table.label');
}
