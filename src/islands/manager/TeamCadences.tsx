import '../../styles/planner.css';
import '../../styles/manager.css';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { formatDate } from '../../lib/dates';
import { namesApart } from '../../lib/manager/names';
import { callsThisWeek, memberRows } from '../../lib/manager/week-summary';
import { announce } from '../../stores/announcer';
import { countCall, logMemberDate, removeMember } from '../../stores/manager';
import { $calls, $managerSettings, $team } from '../../stores/manager-view';
import { $today, readToday } from '../../stores/today';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { useConfirm } from '../use-confirm';
import { useStore } from '../use-store';
import { AddMemberForm } from './AddMemberForm';
import { OPENING_ON_SERVER, PageStatus, unavailableUntil } from './parts';
import { StateTag, useManagerReady, useUnknownLines } from './shared';

/** A member's Remove button. */
const removeButtonId = (id: string) => `member-${id}-remove`;

/**
 * The team roster (first names or initials, kept in this browser) with each
 * member's weekly 1:1 and quarterly IDP sync, and the week's call review
 * counter, under the responsibilities table that sets them. Its panel's
 * frame is the page's (src/components/content/ManagerTool.astro), and so is the counter's title (`children`,
 * placed between the roster and the counter), with the id search lands on.
 */
export default function TeamCadences({ children }: { children?: ComponentChildren }) {
  const ready = useManagerReady();
  const team = useStore($team);
  const settings = useStore($managerSettings);
  const calls = useStore($calls);
  const today = useStore($today);
  const rows = ready ? memberRows(team, settings, today) : [];
  // Each member by the name they are shown by: a second Alex is "Alex (2)" wherever the roster names them.
  const names = namesApart(rows.map((row) => row.member.name));
  const count = ready ? callsThisWeek(calls, settings, today) : 0;
  const unknown = useUnknownLines();
  // The team or the settings not read here (a newer version saved them): no state, never one worked out without them.
  const why = unknown('team');
  const callsWhy = unknown('calls');
  // The member the dialog asks about, and where the focus goes once they are removed.
  const [asking, setAsking] = useState<(typeof rows)[number]['member'] | undefined>(undefined);
  useFocusAfterRender();
  /**
   * Removes the member asked about; the focus goes to the next member's Remove button (or the one before, or the
   * name field), and with Undo back to theirs, where it was.
   */
  const confirmRemoval = () => {
    if (!asking) return;
    const index = rows.findIndex((row) => row.member.id === asking.id);
    const neighbour = rows[index + 1] ?? rows[index - 1];
    const removed = removeButtonId(asking.id);
    removeMember(asking.id, asking.name, (back) => focusAfterRender(removeButtonId(back)));
    focusAfterRender(neighbour ? removeButtonId(neighbour.member.id) : 'manager-member-name', () => {
      return !document.getElementById(removed);
    });
  };

  const [removalDialog, askRemoval] = useConfirm({
    id: 'manager-member-remove',
    title: mt('manager.removeMemberTitle', { name: asking?.name ?? '' }),
    text: mt('manager.removeMemberText', {
      count: (asking?.oneOnOnes.length ?? 0) + (asking?.idpSyncs.length ?? 0),
    }),
    confirmLabel: mt('manager.removeMemberConfirm'),
    onConfirm: confirmRemoval,
  });

  // Only the call counter's title is in search's index (a tool is found by its title); the rest is this
  // site's screen, not the handbook's words (src/components/content/ManagerTool.astro).
  return (
    <>
      <div data-pagefind-ignore="">
        <PageStatus ready={ready} />
        <AddMemberForm ready={ready} />
        {rows.length === 0 ? (
          <p class="field__help">{unknown('roster') ?? mt(OPENING_ON_SERVER ? 'manager.opening' : 'manager.noTeam')}</p>
        ) : (
          <ul class="team-list">
            {rows.map(({ member, oneOnOne, idp }, index) => {
              const name = names[index] ?? member.name;
              return (
                <li key={member.id} class="team-list__member">
                  <strong class="team-list__name" dir="auto">
                    {name}
                  </strong>
                  {(
                    [
                      ['manager.oneOnOne', oneOnOne],
                      ['manager.idpSync', idp],
                    ] as const
                  ).map(([cadence, status]) => (
                    <span key={cadence}>
                      {mt(cadence)}:{' '}
                      {why ?? (
                        <>
                          <StateTag state={status.state} />{' '}
                          {status.lastDone && mt('manager.lastDone', { date: formatDate(status.lastDone) })}
                          {/* As What is due's rows say it; a 1:1 never held is due from this week, which says nothing more. */}
                          {status.lastDone &&
                            status.state !== 'done' &&
                            `; ${mt('manager.dueSince', { date: formatDate(status.dueSince) })}`}
                        </>
                      )}
                    </span>
                  ))}
                  <span class="tool-actions">
                    {(
                      [
                        ['oneOnOnes', 'manager.logOneOnOneFor'],
                        ['idpSyncs', 'manager.logIdpFor'],
                      ] as const
                    ).map(([list, label]) => (
                      <label key={list} class="tool-check">
                        <input
                          type="checkbox"
                          checked={member[list].includes(today)}
                          onChange={(e) => {
                            const { checked } = e.currentTarget;
                            logMemberDate(member.id, list, readToday(), !checked);
                            // Says which cadence, and whether it was logged or taken off (review3a M2).
                            announce(
                              mt(checked ? 'manager.logged' : 'manager.unlogged', { what: mt(label, { name }) }),
                            );
                          }}
                        />{' '}
                        {mt(label, { name })}
                      </label>
                    ))}
                    <button
                      type="button"
                      id={removeButtonId(member.id)}
                      class="button button--small button--danger"
                      onClick={() => {
                        setAsking({ ...member, name });
                        askRemoval();
                      }}
                    >
                      {mt('manager.removeMember', { name })}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {children}
      <div data-pagefind-ignore="">
        <p aria-live="polite">
          {callsWhy ?? mt(OPENING_ON_SERVER ? 'manager.opening' : 'manager.callsCount', { count })}
        </p>
        {/* Not known here: no count to change either, as a call counted would be shown nowhere (a week the page
            cannot tell, or a record it would not write over). */}
        {!callsWhy && (
          <div class="tool-actions">
            <button
              type="button"
              class="button button--small"
              aria-disabled={unavailableUntil(ready)}
              onClick={() => countCall(readToday(), 1, settings?.weekStart)}
            >
              {mt('manager.callsAdd')}
            </button>
            <button
              type="button"
              class="button button--small"
              aria-disabled={unavailableUntil(ready)}
              // Alive with no call counted this week, it is disabled: nothing to take off.
              disabled={ready && count === 0}
              onClick={() => countCall(readToday(), -1, settings?.weekStart)}
            >
              {mt('manager.callsRemove')}
            </button>
          </div>
        )}
        {removalDialog}
      </div>
    </>
  );
}
