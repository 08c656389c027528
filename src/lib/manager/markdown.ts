import { mt } from '../../i18n/manager-ui';
import { t } from '../../i18n/ui';
import type { Club, ItemState, ReviewSession } from '../../schemas/manager';
import { formatDate } from '../dates';
import { escapeMarkdownLine, escapeMarkdownLines, markdownUrl } from '../markdown-escape';
import type { AgendaWeekView } from './agenda';
import { type ClubResult, criterionValue } from './presidents-club';
import { type CriterionId, type ReviewDefinition, TOOLKIT } from './toolkit';

/*
 * The manager toolkit's Markdown exports, for GitLab: a review session as
 * an issue (a task list with notes), a week's 1:1 agenda for the running 1:1
 * document, the President's Club tally as a table. Every text, the reader's
 * and the handbook's, is escaped, so nothing becomes HTML, a mention or a
 * reference.
 */

/** A task list item with its note on the lines under it (a trailing backslash keeps them in the item). */
function taskLines(text: string, state: ItemState, extra: string[] = []): string[] {
  const box = state.done ? '[x]' : '[ ]';
  const noteLines = state.note.trim() ? escapeMarkdownLines(state.note.trim()) : [];
  const under = [...extra, ...noteLines.map((line, i) => (i === 0 ? `${t('export.note')} ${line}` : line))];
  if (under.length === 0) return [`- ${box} ${text}`];
  return [`- ${box} ${text}\\`, ...under.map((line, i) => `  ${line}${i < under.length - 1 ? '\\' : ''}`)];
}

/** A review item's words: the seed's lead-in and text. */
export function reviewItemText(item: { label?: string | undefined; text: string }): string {
  if (!item.label) return item.text;
  return item.label.endsWith(':') ? `${item.label} ${item.text}` : `${item.label}: ${item.text}`;
}

/** A review session as a GitLab issue body. */
export function reviewMarkdown(review: ReviewDefinition, session: ReviewSession, sourceUrl: string): string {
  const url = markdownUrl(sourceUrl);
  const title = escapeMarkdownLine(review.title);
  const lines = [
    `## ${title}: ${formatDate(session.date)}`,
    '',
    session.finished ? mt('manager.mdFinished') : mt('manager.mdInProgress'),
    '',
    ...review.items.flatMap((item) =>
      taskLines(escapeMarkdownLine(reviewItemText(item)), session.items[item.id] ?? { done: false, note: '' }),
    ),
    '',
    url ? mt('manager.mdSource', { link: `[${title}](${url})` }) : mt('manager.mdSource', { link: title }),
  ];
  return `${lines.join('\n')}\n`;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** `December 2026` for `2026-12`. */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return MONTH.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Which week it is, in words: "2nd week of December 2026", or the 5th week the handbook does not define. */
export function weekLabel(view: Pick<AgendaWeekView, 'week'>): string {
  const month = monthName(view.week.month);
  return view.week.index === 5 ? mt('manager.fifthWeek', { month }) : mt(`manager.week.${view.week.index}`, { month });
}

/** A week's 1:1 agenda with notes, for the running 1:1 document. */
export function agendaMarkdown(view: AgendaWeekView): string {
  const lines = [`## ${mt('manager.agendaHeading', { date: formatDate(view.week.start) })}`, '', weekLabel(view)];
  if (view.chosen && view.agenda)
    lines.push(mt('manager.mdChosenAgenda', { week: mt(`manager.agendaName.${view.agenda}`) }));
  lines.push('');
  const own = view.items.filter((item) => !item.carried);
  const carried = view.items.filter((item) => item.carried);
  if (own.length === 0) lines.push(mt('manager.noAgenda'));
  for (const item of own) lines.push(...taskLines(escapeMarkdownLine(item.title), item.state));
  if (carried.length > 0) {
    lines.push('', `### ${mt('manager.carriedHeading')}`, '');
    for (const item of carried) {
      const from = mt('manager.carriedFrom', { date: formatDate(item.carried?.from ?? view.week.start) });
      const earlier =
        item.carried?.note.trim() && item.carried.note !== item.state.note
          ? escapeMarkdownLines(item.carried.note.trim()).map((line, i) =>
              i === 0 ? `${mt('manager.earlierNote')} ${line}` : line,
            )
          : [];
      lines.push(...taskLines(`${escapeMarkdownLine(item.title)} (${escapeMarkdownLine(from)})`, item.state, earlier));
    }
  }
  return `${lines.join('\n')}\n`;
}

const CRITERION_SHORT: Record<CriterionId, string> = {
  'net-arr': 'manager.critNetArr',
  ebr: 'manager.critEbr',
  'green-plans': 'manager.critGreen',
  'adoption-plays': 'manager.critPlays',
  workshops: 'manager.critWorkshops',
};

/** A criterion's short column name. */
export function criterionShort(id: CriterionId): string {
  return mt(CRITERION_SHORT[id] as 'manager.critEbr');
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
export const formatNumber = (value: number) => NUMBER.format(value);

// escapeMarkdownLine escapes `|` too, so a cell never splits.
const cell = (text: string) => escapeMarkdownLine(text);

/** The reader's choices for the seed's gaps, in words (printed with every result). */
export function choiceLines(choices: Club['choices']): string[] {
  return [
    mt('manager.choiceCategories', {
      choice: mt(`manager.cat.${choices.categories ?? 'all-five'}`),
    }),
    mt('manager.choiceLowerTie', {
      choice: choices.lowerTie ? mt(`manager.lowerTie.${choices.lowerTie}`) : mt('manager.notChosen'),
    }),
    mt('manager.choiceAfterTie', {
      choice: choices.afterTie ? mt(`manager.afterTie.${choices.afterTie}`) : mt('manager.notChosen'),
    }),
  ];
}

/** The President's Club tally as a Markdown table: per CSM each category's value and points, and the total. */
export function clubMarkdown(club: Club, result: ClubResult): string {
  const criteria = result.categories.map((category) => category.criterion);
  const header = [mt('manager.colCsm'), mt('manager.colTeam'), ...criteria.map(criterionShort), mt('manager.colTotal')];
  const lines = [
    `## ${mt('manager.clubTitle')}`,
    '',
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
  ];
  for (const team of result.teams) {
    for (const row of team.rows) {
      const csm = club.csms.find((c) => c.id === row.id);
      const cells = result.categories.map((category) => {
        const scored = category.rows.find((r) => r.id === row.id);
        const value = csm ? criterionValue(csm, category.criterion) : undefined;
        const shown = value === undefined ? '–' : formatNumber(value);
        const points = scored?.points === undefined ? mt('manager.needsChoice') : formatNumber(scored.points);
        return `${shown} → ${points}`;
      });
      const total = row.incomplete
        ? `${formatNumber(row.total)} (${mt('manager.needsChoice')})`
        : formatNumber(row.total);
      lines.push(`| ${[row.name || '–', row.team || '–', ...cells, total].map(cell).join(' | ')} |`);
    }
  }
  lines.push('', ...choiceLines(club.choices).map((line) => `- ${escapeMarkdownLine(line)}`));
  lines.push('', escapeMarkdownLine(mt('manager.mdClubSource', { points: TOOLKIT.points.join('/') })));
  return `${lines.join('\n')}\n`;
}
