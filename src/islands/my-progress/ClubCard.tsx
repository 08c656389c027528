import { Fragment } from 'preact';
import { cct } from '../../i18n/club-card-ui';
import { mt } from '../../i18n/manager-ui';
import { figuresApart } from '../../lib/manager/words';
import { $club } from '../../stores/manager-view';
import { useStore } from '../use-store';
import type { ClubCardProps } from './ClubSlot';

/**
 * The President's Club tally on My progress, read-only: per team its CSMs by points, scored by the tally's own
 * code (`score`, the tally's scoreClub: never a second scoring), each CSM named as the tally names them (`names`), "needs your choice" where a total waits for one, and a link to the
 * tally to edit it. Loaded only for a reader who has a tally, or one this page cannot read (ClubSlot.tsx).
 */
export default function ClubCard({ managerHref, why, score, names }: ClubCardProps) {
  const club = useStore($club);
  const csms = club?.csms ?? [];
  // Each CSM by the name the tally shows them by, as on the manager page: a second Alex is "Alex (2)", one not named
  // yet "CSM 2".
  const shown = names(csms, mt('manager.colCsm'));
  const result = score(
    csms.map((csm, index) => ({ ...csm, name: shown[index] ?? '' })),
    club?.choices ?? {},
  );
  return (
    <>
      <h3>{cct('clubCard.title')}</h3>
      {why ? (
        <p>{why}</p>
      ) : (
        <>
          <p>{cct('clubCard.intro')}</p>
          <ul class="due-list">
            {result.teams.map((team) => {
              // Totals shown apart where they differ, as the tally shows them.
              const total = figuresApart(team.rows.map((row) => row.total));
              return (
                <li key={team.team} class="due-list__item">
                  {team.team || mt('manager.noTeamName')}
                  <span class="due-list__detail">
                    {team.rows.map((row, index) => {
                      // The name in a <bdi> of its own, the rest of the line filled around it: a Hebrew or Arabic
                      // name beside ", 0 points" took the figure into its own run ("0 ,שלום points").
                      const [before, after] = cct('clubCard.csm', { points: total(row.total) }).split('{name}');
                      return (
                        <Fragment key={row.id}>
                          {index > 0 && '; '}
                          {before}
                          <bdi>{row.name}</bdi>
                          {after}
                          {row.incomplete && ` (${mt('manager.needsChoice')})`}
                        </Fragment>
                      );
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>
        {/* The tally's title id, as a literal (TOOL_TITLE_IDS.club): importing it split it into a file of its own. */}
        <a href={`${managerHref}#manager-club-title`}>{cct('clubCard.edit')}</a>
      </p>
    </>
  );
}
