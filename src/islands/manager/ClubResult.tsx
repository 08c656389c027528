import { mt } from '../../i18n/manager-ui';
import { PLACE_POINTS, type ClubResult as Scored } from '../../lib/manager/presidents-club';
import { choiceLines, criterionShort, figuresApart, formatNumber } from '../../lib/manager/words';
import type { Club } from '../../schemas/manager';
import { clubTable } from './ClubTable';
import { MarkdownButtons } from './exports';

/**
 * The tally's result: the reader's choices, the final tally (top CSMs per team by points), the working per
 * category and team folded under it, the Markdown and Clear all. Figures ranked against each other are shown apart
 * where they differ (figuresApart): never "33.33" twice for 1st and 2nd. `nameOf` gives the name a CSM is shown by,
 * from their id; `askClear` asks before Clear all. Called as a function, not rendered as a component: it keeps no
 * state, and its props, written at the call and in the definition, cost the tools' file more than arguments.
 */
export function clubResult(
  choices: Club['choices'],
  result: Scored,
  nameOf: (id: string) => string,
  askClear: () => void,
) {
  const teamName = (team: string) => team || mt('manager.noTeamName');
  return (
    <div class="club-result">
      <h5>{mt('manager.resultTitle')}</h5>
      <ul class="club-choices">
        {choiceLines(choices).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {/* Any choice waited for (a gap's id, never empty). */}
      {result.pending[0] && <p class="notice notice--warning">{mt('manager.pendingChoice')}</p>}
      {result.teams.map((team) => {
        const total = figuresApart(team.rows.map((row) => row.total));
        return clubTable(
          teamName(team.team),
          [mt('manager.colTotal')],
          team.rows.map((row) => [
            row.id,
            row.name,
            total(row.total) +
              // Not final: waits for a choice ("needs your choice") or a figure refused as typed ("a figure to fix").
              (row.incomplete
                ? ` (${mt(row.incomplete === 'pending' ? 'manager.needsChoice' : 'manager.why.to-fix')})`
                : ''),
          ]),
        );
      })}
      {/* The ranking first; its working, a table per category and team (long on a phone), folded under it. */}
      <details class="club-working">
        <summary>{mt('manager.workingTitle')}</summary>
        {result.teams.map((team) =>
          team.categories.map((category) => {
            const criterion = criterionShort(category.criterion);
            const figure = figuresApart(category.rows.map((row) => row.value));
            return clubTable(
              // Places are counted within each team: with several, each table names its team.
              result.teams.length > 1
                ? mt('manager.workingCaption', { criterion, team: teamName(team.team) })
                : criterion,
              [criterion, mt('manager.colTotal')],
              category.rows.map((row) => [
                row.id,
                nameOf(row.id),
                row.value === undefined ? '–' : figure(row.value),
                // Points that wait for a choice say so once: "needs your choice".
                (row.points === undefined ? '' : `${formatNumber(row.points)} · `) +
                  mt(`manager.why.${row.why}`, { place: row.place ?? '' }),
              ]),
            );
          }),
        )}
      </details>
      <div class="tool-actions">
        <MarkdownButtons
          markdown={(md) => md.clubMarkdown(choices, result, PLACE_POINTS)}
          fileName="presidents-club-tally.md"
        />
        <button type="button" class="button button--small button--danger" onClick={askClear}>
          {mt('manager.clearClub')}
        </button>
      </div>
    </div>
  );
}
