import { CLUB_READINGS, crt } from '../../i18n/club-readings-ui';
import { xt } from '../../i18n/export-ui';
import { mt } from '../../i18n/manager-ui';
import type { Club, ItemState, ReviewSession } from '../../schemas/manager';
import { formatDate } from '../dates';
import { escapeMarkdownLine, escapeMarkdownLines, markdownUrl, withHardBreaks } from '../markdown-escape';
import type { AgendaItemView, AgendaWeekView } from './agenda';
import type { ClubResult } from './presidents-club';
import type { ReviewView } from './toolkit';
import { choiceLines, criterionShort, figuresApart, formatNumber, notedWords, weekLabel } from './words';

/*
 * The manager toolkit's Markdown exports, for GitLab (loaded on demand): a review session as
 * an issue (a task list with notes), a week's 1:1 agenda for the running 1:1
 * document, the President's Club tally as a table. Every text, the reader's
 * and the handbook's, is escaped, so nothing becomes HTML, a mention or a
 * reference.
 */

/** A task list item with its note on the lines under it (a trailing backslash keeps them in the item). */
function taskLines(text: string, state: ItemState, extra: string[] = []): string[] {
  const box = state.done ? '[x]' : '[ ]';
  const noteLines = state.note.trim() ? escapeMarkdownLines(state.note.trim()) : [];
  const under = [...extra, ...noteLines.map((line, i) => (i === 0 ? `${xt('export.note')} ${line}` : line))];
  return withHardBreaks([`- ${box} ${text}`, ...under.map((line) => `  ${line}`)]);
}

/** A review session as a GitLab issue body. */
export function reviewMarkdown(review: ReviewView, session: ReviewSession, sourceUrl: string): string {
  const url = markdownUrl(sourceUrl);
  const title = escapeMarkdownLine(review.title);
  const lines = [
    `## ${title}: ${formatDate(session.date)}`,
    '',
    session.finished ? xt('manager.mdFinished') : xt('manager.mdInProgress'),
    '',
    ...review.items.flatMap((item) =>
      taskLines(escapeMarkdownLine(item.text), session.items[item.id] ?? { done: false, note: '' }),
    ),
    '',
    url ? xt('manager.mdSource', { link: `[${title}](${url})` }) : xt('manager.mdSource', { link: title }),
  ];
  return `${lines.join('\n')}\n`;
}

/** A week's 1:1 agenda with notes, for the running 1:1 document. */
export function agendaMarkdown(view: AgendaWeekView): string {
  const lines = [
    `## ${xt('manager.agendaHeading', { date: formatDate(view.week.start) })}`,
    '',
    xt('manager.agendaWhose'),
    '',
    weekLabel(view),
  ];
  if (view.chosen && view.agenda)
    lines.push(xt('manager.mdChosenAgenda', { week: mt(`manager.agendaName.${view.agenda}`) }));
  lines.push('');
  if (!view.agenda) lines.push(mt('manager.noAgenda'));
  // Each item with where it comes from, as on the page: the agenda it was noted under, the week it carried over from.
  const itemLines = ({ title, state, noted, carried }: AgendaItemView) => {
    const text = escapeMarkdownLine(title);
    const earlier =
      carried?.note.trim() && carried.note !== state.note
        ? escapeMarkdownLines(carried.note.trim()).map((line, i) =>
            i === 0 ? `${mt('manager.earlierNote')} ${line}` : line,
          )
        : [];
    return taskLines(
      carried ? `${text} (${escapeMarkdownLine(mt('manager.carriedFrom', { date: formatDate(carried.from) }))})` : text,
      state,
      [...(noted ? [escapeMarkdownLine(notedWords(noted))] : []), ...earlier],
    );
  };
  for (const item of view.items) lines.push(...itemLines(item));
  // Notes from elsewhere, and items carried over, apart from the agenda's list, as on the page: the list is the
  // handbook's agenda.
  for (const [heading, items] of [
    ['manager.notedHeading', view.noted],
    ['manager.carriedHeading', view.carried],
  ] as const) {
    if (items.length > 0) lines.push('', `### ${mt(heading)}`, '', ...items.flatMap(itemLines));
  }
  return `${lines.join('\n')}\n`;
}

// escapeMarkdownLine escapes `|` too, so a cell never splits.
const cell = (text: string) => escapeMarkdownLine(text);

/** The President's Club tally as a Markdown table: per CSM each category's value and points, and the total. */
export function clubMarkdown(choices: Club['choices'], result: ClubResult, placePoints: readonly number[]): string {
  const criteria = result.criteria;
  const header = [mt('manager.colCsm'), xt('manager.colTeam'), ...criteria.map(criterionShort), mt('manager.colTotal')];
  const lines = [
    `## ${xt('manager.mdClubTitle')}`,
    '',
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
  ];
  for (const team of result.teams) {
    // Each category's figures and the totals are ranked within the team: shown apart where they differ.
    const figures = team.categories.map((category) => figuresApart(category.rows.map((r) => r.value)));
    const totalFigure = figuresApart(team.rows.map((r) => r.total));
    for (const row of team.rows) {
      const cells = team.categories.map((category, index) => {
        const scored = category.rows.find((r) => r.id === row.id);
        const shown = scored?.value === undefined ? '–' : (figures[index] ?? formatNumber)(scored.value);
        const points = scored?.points === undefined ? mt('manager.needsChoice') : formatNumber(scored.points);
        // An ending ARR of 0 says why, in the working's words: "–" alone reads as not entered.
        const why =
          scored?.why === 'ending-zero' || scored?.why === 'to-fix' ? ` (${mt(`manager.why.${scored.why}`)})` : '';
        return `${shown} → ${points}${why}`;
      });
      const total = row.incomplete
        ? `${totalFigure(row.total)} (${mt(`manager.why.${row.incomplete}`)})`
        : totalFigure(row.total);
      lines.push(`| ${[row.name || '–', row.team || '–', ...cells, total].map(cell).join(' | ')} |`);
    }
  }
  lines.push('', ...choiceLines(choices).map((line) => `- ${escapeMarkdownLine(line)}`));
  lines.push('', escapeMarkdownLine(xt('manager.mdClubSource', { points: placePoints.join('/') })));
  // The site's readings where the handbook is silent, in the sentences of the page's box of gaps: pasted
  // elsewhere, the table does not pass them off as the handbook's rules.
  lines.push(
    '',
    `### ${crt('club.readingsTitle')}`,
    '',
    ...CLUB_READINGS.map((id) => `- ${escapeMarkdownLine(`${crt(`club.silent.${id}`)} ${crt(`club.here.${id}`)}`)}`),
  );
  return `${lines.join('\n')}\n`;
}
