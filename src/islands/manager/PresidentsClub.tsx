import '../../styles/planner.css';
import '../../styles/manager.css';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { figureFields } from '../../lib/manager/club-figures';
import { clubNames } from '../../lib/manager/names';
import { scoreClub } from '../../lib/manager/presidents-club';
import { figuresApart } from '../../lib/manager/words';
import type { ClubCsm } from '../../schemas/manager';
import { followClubElsewhere } from '../../stores/club-elsewhere';
import { addCsm, clearClub } from '../../stores/manager';
import { $club, toFix } from '../../stores/manager-view';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { loadOrSay } from '../load-or-say';
import { useConfirm } from '../use-confirm';
import { useStore } from '../use-store';
import { clubChoices } from './ClubChoices';
import { clubCsmCard } from './ClubCsmCard';
import { clubResult } from './ClubResult';
import { OPENING_ON_SERVER, PageStatus, unavailableUntil } from './parts';
import { useManagerReady, useUnknownLines } from './shared';

/**
 * The cards open on this page (one tally a page), by the id each CSM first had: a CSM added here opens, their first
 * field ready; others fold to their line until opened (ClubCsmCard.tsx).
 */
const opened: Record<string, boolean> = {};

/**
 * The President's Club tally: per CSM the five criteria's figures, scored
 * by the seed's rules with the working shown, the reader's choices where the
 * seed is silent printed on the result, a Markdown table, and Clear all.
 * Its panel's frame is the page's (src/components/content/ManagerTool.astro), and so are the words of the gaps
 * with one reading (`children`, placed among the choices).
 */
export default function PresidentsClub({ criteria, children }: { criteria: string[]; children?: ComponentChildren }) {
  const ready = useManagerReady();
  const stored = useStore($club);
  const club = ready ? stored : undefined;
  const csms: ClubCsm[] = club?.csms ?? [];
  const choices = club?.choices ?? {};
  // Each CSM by the name the tally shows them by, on the cards, in the ranking, the working and the Markdown: a
  // second Alex is "Alex (2)", in the order they were added; one not named yet is their place, "CSM 2".
  const names = clubNames(csms, mt('manager.colCsm'));
  const result = scoreClub(
    csms.map((csm, index) => ({ ...csm, name: names[index] ?? '', toFix })),
    choices,
  );
  // Each CSM's points as the ranking shows them, apart where they differ and "needs your choice" where one waits (or
  // "a figure to fix" where a figure typed is refused):
  // in the ranking and on their card's first line, so six CSMs read at a glance folded.
  const totals: Record<string, string> = {};
  for (const team of result.teams) {
    const apart = figuresApart(team.rows.map((row) => row.total));
    for (const row of team.rows)
      totals[row.id] =
        apart(row.total) +
        (row.incomplete ? ` (${mt(row.incomplete === 'pending' ? 'manager.needsChoice' : 'manager.why.to-fix')})` : '');
  }
  const [clearDialog, askClear] = useConfirm({
    id: 'manager-club-clear',
    title: mt('manager.clearClubTitle'),
    text: mt('manager.clearClubText'),
    confirmLabel: mt('manager.clearClubConfirm'),
    onConfirm: clearClub,
  });
  useFocusAfterRender();
  // CSMs another tab removes (the store hears it, club-elsewhere.ts): the focus in a card that goes moves at once
  // to the next card, or the one before, or Add a CSM, never to the page; the focus elsewhere stays. The message and
  // Bring them back, which gives the focus to their card, load then (club-told.ts): it is rare.
  useEffect(
    () =>
      followClubElsewhere((shown, gone, typing) => {
        const at = shown.findIndex((csm) =>
          document.getElementById(`club-${csm.id}`)?.contains(document.activeElement),
        );
        if (gone.includes(shown[at] as ClubCsm))
          focusAfterRender(
            [...shown.slice(at + 1), ...shown.slice(0, at).reverse()]
              .filter((csm) => !gone.includes(csm))
              .map((csm) => `club-${csm.id}`)
              .concat('club-add'),
          );
        // Its code not coming (offline, a new deploy) is said, as any part's that cannot load: never a CSM gone
        // without a word. Named, with what to do: no click asked for it, so "this part of the page" says nothing.
        void loadOrSay(() => import('./club-told'), mt('manager.toldFailed')).then((told) =>
          told?.tellClubElsewhere(shown, gone, typing),
        );
      }),
    [],
  );
  const fields = figureFields(criteria);
  // A tally this page cannot read: no choice shown as unmade, no CSM to add to it (the store would not save one).
  const why = useUnknownLines()('club');

  return why ? (
    <p class="field__help">{why}</p>
  ) : (
    <>
      <PageStatus ready={ready} />
      {clubChoices(choices, ready, children)}
      {csms.length === 0 && <p class="field__help">{mt(OPENING_ON_SERVER ? 'manager.opening' : 'manager.noCsms')}</p>}
      <ul class="club-list">
        {csms.map((csm, index) => {
          const neighbour = csms[index + 1] ?? csms[index - 1];
          return clubCsmCard(
            csm,
            names[index] ?? '',
            fields,
            neighbour ? `club-${neighbour.id}-remove` : 'club-add',
            mt('manager.csmTotal', { team: csm.team || mt('manager.noTeamName'), points: totals[csm.id] ?? '' }),
            opened,
          );
        })}
      </ul>
      <div class="tool-actions">
        <button
          type="button"
          id="club-add"
          class="button button--small"
          aria-disabled={unavailableUntil(ready)}
          onClick={() => {
            const id = addCsm();
            if (id) {
              opened[id] = true;
              focusAfterRender(`club-${id}-name`);
            }
          }}
        >
          {mt('manager.addCsm')}
        </button>
      </div>
      {csms.length > 0 &&
        clubResult(choices, result, totals, (id) => names[csms.findIndex((csm) => csm.id === id)] ?? '', askClear)}
      {clearDialog}
    </>
  );
}
