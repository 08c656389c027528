/*
 * The site's own tools among search results: a result that links to a tool's
 * title (the manager toolkit's, src/components/content/ManagerTool.astro,
 * My progress's backup card, islands/my-progress/BackupSection.tsx, and the
 * career ladder's comparison, islands/ladder/ComparePanel.tsx) is the
 * site's, not the handbook's, and search says so, with a sentence of what the
 * tool does.
 */
import { stt } from '../i18n/site-tool-ui';
import { COMPARE_TITLE_ID } from './ladder-tool-ids';
import { isReviewTitleId, TOOL_TITLE_IDS } from './manager/tool-ids';
import { BACKUP_TITLE_ID } from './progress-tool-ids';

const ABOUT = new Map<string, string>([
  [TOOL_TITLE_IDS.cadences, stt('siteTool.cadences')],
  [TOOL_TITLE_IDS.team, stt('siteTool.team')],
  [TOOL_TITLE_IDS.calls, stt('siteTool.calls')],
  [TOOL_TITLE_IDS.agenda, stt('siteTool.agenda')],
  [TOOL_TITLE_IDS.club, stt('siteTool.club')],
  [BACKUP_TITLE_ID, stt('siteTool.backup')],
  [COMPARE_TITLE_ID, stt('siteTool.compare')],
]);

/** What the tool whose title has this id does; undefined for anything else (a handbook section, a task). */
export function siteToolAbout(anchor: string | undefined): string | undefined {
  if (!anchor) return undefined;
  return ABOUT.get(anchor) ?? (isReviewTitleId(anchor) ? stt('siteTool.review') : undefined);
}
