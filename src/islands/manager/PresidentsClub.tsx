import '../../styles/planner.css';
import '../../styles/manager.css';
import { useState } from 'preact/hooks';
import { type ManagerUiKey, mt } from '../../i18n/manager-ui';
import {
  FIGURE_KINDS,
  type FigureField,
  type FigureKind,
  type FigureProblem,
  readFigure,
} from '../../lib/manager/club-figures';
import { namesApart } from '../../lib/manager/names';
import {
  type CategoryResult,
  type ClubChoices,
  CRITERION_IDS,
  PLACE_POINTS,
  scoreClub,
  type TeamResult,
} from '../../lib/manager/presidents-club';
import { choiceLines, criterionShort, figuresApart, formatNumber } from '../../lib/manager/words';
import { type ClubCsm, MAX_PERSON_NAME, MAX_TEAM_NAME } from '../../schemas/manager';
import { $club, addCsm, changeClubChoices, changeCsm, clearClub, removeCsm } from '../../stores/manager';
import { AUTOSAVE_MS } from '../../stores/record-store';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { useConfirm } from '../use-confirm';
import { useStore } from '../use-store';
import { MarkdownButtons } from './exports';
import { OPENING_ON_SERVER, PageStatus, sayFieldError, unavailableUntil } from './parts';
import { useManagerReady, useUnknownLines } from './shared';

/**
 * The figures asked for each CSM, in the seed's order of criteria (FIGURE_KINDS has them so): criterion 1 takes
 * two inputs, which the site names; each other criterion's field is named by its text.
 */
const numberFields = (criteria: readonly string[]): { field: FigureField; label: string }[] =>
  (Object.keys(FIGURE_KINDS) as FigureField[]).map((field, index) => ({
    field,
    label: index < 2 ? mt(`manager.${field as 'netArr' | 'endingArr'}`) : (criteria[index - 1] ?? ''),
  }));

/** The browser's own limits for each kind of figure (its arrows keep within them; `readFigure` decides). */
const FIGURE_ATTRIBUTES: Record<FigureKind, { min?: string; max?: string; step: string }> = {
  signed: { step: 'any' },
  amount: { min: '0', step: 'any' },
  percent: { min: '0', max: '100', step: 'any' },
  count: { min: '0', step: '1' },
};

/**
 * A figure, shown as typed while it is being typed: a re-render meanwhile
 * (another tab's change) keeps the typing. A figure within its kind's limits
 * is saved as it is typed, after the autosave pause like every text field
 * (so a reload or a closed tab keeps it), and at once when the field is
 * left; one outside them stays as typed, is not saved, and the field says
 * why when it is left, as does the page's live region.
 */
function AmountInput({
  id,
  kind,
  value,
  onCommit,
}: {
  id: string;
  kind: FigureKind;
  value: number | undefined;
  onCommit: (value: number | undefined, delayMs?: number) => void;
}) {
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<FigureProblem | undefined>(undefined);
  const errorId = `${id}-error`;
  return (
    <>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        {...FIGURE_ATTRIBUTES[kind]}
        value={typed ?? (value === undefined ? '' : String(value))}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? errorId : undefined}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          const reading = readFigure(e.currentTarget.value, kind);
          if (reading.ok) onCommit(reading.value, AUTOSAVE_MS);
        }}
        onChange={(e) => {
          const reading = readFigure(e.currentTarget.value, kind);
          if (!reading.ok) {
            setProblem(reading.problem);
            // Said in the page's live region too, as the field is left (as a date not used is).
            sayFieldError(mt(`manager.figure.${reading.problem}`));
            return;
          }
          setProblem(undefined);
          setTyped(undefined);
          onCommit(reading.value);
        }}
      />
      {problem && (
        <span id={errorId} class="field__error">
          {mt(`manager.figure.${problem}`)}
        </span>
      )}
    </>
  );
}

function Choice<K extends keyof ClubChoices>({
  name,
  gap,
  options,
  value,
  ready,
  onChange,
}: {
  name: K;
  gap: string;
  options: readonly NonNullable<ClubChoices[K]>[];
  value: ClubChoices[K];
  ready: boolean;
  onChange: (value: NonNullable<ClubChoices[K]>) => void;
}) {
  return (
    <fieldset class="tool-choice">
      <legend>{gap}</legend>
      {options.map((option) => (
        <label key={option} class="tool-check">
          <input
            type="radio"
            name={`club-${name}`}
            checked={value === option}
            aria-disabled={unavailableUntil(ready)}
            onChange={() => onChange(option)}
          />{' '}
          {mt(`manager.${name}.${option}` as ManagerUiKey)}
        </label>
      ))}
    </fieldset>
  );
}

/** A team's final tally: its CSMs, most points first (totals shown apart where they differ: figuresApart). */
function TeamTally({ team }: { team: TeamResult }) {
  const total = figuresApart(team.rows.map((row) => row.total));
  return (
    <div class="table-scroll">
      <table>
        <caption>{team.team || mt('manager.noTeamName')}</caption>
        <thead>
          <tr>
            <th scope="col">{mt('manager.colCsm')}</th>
            <th scope="col">{mt('manager.colTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {team.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>
                {total(row.total)}
                {row.incomplete && ` (${mt('manager.needsChoice')})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One category's working within a team: each CSM's figure, points and why. The figures are placed against
 * each other, so they are shown apart where they differ (figuresApart): never "33.33" twice for 1st and 2nd.
 */
function CategoryWorking({
  category,
  caption,
  nameOf,
}: {
  category: CategoryResult;
  caption: string;
  nameOf: (id: string) => string;
}) {
  const figure = figuresApart(category.rows.map((row) => row.value));
  return (
    <div class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{mt('manager.colCsm')}</th>
            <th scope="col">{criterionShort(category.criterion)}</th>
            <th scope="col">{mt('manager.colTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {category.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{nameOf(row.id)}</th>
              <td>{row.value === undefined ? '–' : figure(row.value)}</td>
              <td>
                {/* Points that wait for a choice say so once: "needs your choice". */}
                {row.points !== undefined && `${formatNumber(row.points)} · `}
                {mt(`manager.why.${row.why}`, {
                  place: row.place ?? '',
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The President's Club tally: per CSM the five criteria's figures, scored
 * by the seed's rules with the working shown, the reader's choices where the
 * seed is silent printed on the result, a Markdown table, and Clear all.
 * Its panel's frame is the page's (src/components/content/ManagerTool.astro).
 */
export default function PresidentsClub({ criteria }: { criteria: string[] }) {
  const ready = useManagerReady();
  const stored = useStore($club);
  const club = ready ? stored : undefined;
  const csms: ClubCsm[] = club?.csms ?? [];
  const choices = club?.choices ?? {};
  // Each CSM by the name the tally shows them by, on the cards, in the ranking, the working and the Markdown: a
  // second Alex is "Alex (2)", in the order they were added; one not named yet is their place, "CSM 2".
  const names = namesApart(csms.map((csm, index) => csm.name || `${mt('manager.colCsm')} ${index + 1}`));
  const result = scoreClub(
    csms.map((csm, index) => ({ ...csm, name: names[index] ?? '' })),
    choices,
  );
  const [clearDialog, askClear] = useConfirm({
    id: 'manager-club-clear',
    title: mt('manager.clearClubTitle'),
    text: mt('manager.clearClubText'),
    confirmLabel: mt('manager.clearClubConfirm'),
    onConfirm: clearClub,
  });
  useFocusAfterRender();
  const nameOf = (id: string) => names[csms.findIndex((c) => c.id === id)] ?? '';
  const fields = numberFields(criteria);
  // A tally this page cannot read: no choice shown as unmade, no CSM to add to it (the store would not save one).
  const why = useUnknownLines()('club');

  return why ? (
    <p class="field__help">{why}</p>
  ) : (
    <>
      <PageStatus ready={ready} />
      <fieldset class="tool-choices">
        <legend>{mt('manager.gapsTitle')}</legend>
        <Choice
          name="categories"
          gap={mt('manager.gapCategories')}
          options={['all-five', ...CRITERION_IDS.map((id) => `without-${id}` as const)]}
          value={choices.categories}
          ready={ready}
          onChange={(categories) => changeClubChoices({ categories })}
        />
        <Choice
          name="lowerTie"
          gap={mt('manager.gapLowerTie')}
          options={['same-place', 'fifty-each', 'share']}
          value={choices.lowerTie}
          ready={ready}
          onChange={(lowerTie) => changeClubChoices({ lowerTie })}
        />
        <Choice
          name="afterTie"
          gap={mt('manager.gapAfterTie')}
          options={['next-place', 'count-csms']}
          value={choices.afterTie}
          ready={ready}
          onChange={(afterTie) => changeClubChoices({ afterTie })}
        />
        {/* Not choices: gaps with one reading the tally makes, said rather than made silently. A score below 0 gets
            the 0 rule's (why: 'zero'); a figure not entered scores nothing (why: 'missing'); "Top CSMs per team by
            points" names no number (every CSM is listed) and no order for equal totals (by name: scoreClub). */}
        {(['zero', 'missing', 'top', 'ties'] as const).map((gap) => (
          <div class="tool-choice" key={gap}>
            <p class="tool-choice__gap">{mt(`manager.silent.${gap}`)}</p>
            <p>{mt(`manager.here.${gap}`)}</p>
          </div>
        ))}
      </fieldset>
      {csms.length === 0 && <p class="field__help">{mt(OPENING_ON_SERVER ? 'manager.opening' : 'manager.noCsms')}</p>}
      <ul class="club-list">
        {csms.map((csm, index) => {
          const base = `club-${csm.id}`;
          const label = names[index] ?? '';
          return (
            <li key={csm.id}>
              <fieldset class="club-csm">
                <legend>{label}</legend>
                <div class="club-csm__fields">
                  {(
                    [
                      ['name', mt('manager.csmName'), MAX_PERSON_NAME],
                      ['team', mt('manager.csmTeam'), MAX_TEAM_NAME],
                    ] as const
                  ).map(([field, fieldLabel, max]) => (
                    <p class="field" key={field}>
                      <label for={`${base}-${field}`}>{fieldLabel}</label>
                      <input
                        id={`${base}-${field}`}
                        type="text"
                        autoComplete="off"
                        maxLength={max}
                        value={csm[field]}
                        onInput={(e) => changeCsm(csm.id, { [field]: e.currentTarget.value }, AUTOSAVE_MS)}
                      />
                    </p>
                  ))}
                  {fields.map(({ field, label: fieldLabel }) => (
                    <div class="field" key={field}>
                      <label for={`${base}-${field}`}>{fieldLabel}</label>
                      <AmountInput
                        id={`${base}-${field}`}
                        kind={FIGURE_KINDS[field]}
                        value={csm[field]}
                        onCommit={(value, delayMs) => changeCsm(csm.id, { [field]: value }, delayMs)}
                      />
                    </div>
                  ))}
                </div>
                <button
                  type="button"
                  id={`${base}-remove`}
                  class="button button--small button--danger"
                  onClick={() => {
                    // As Your team's Remove: the focus goes to the next CSM's Remove button (or the one before, or
                    // Add a CSM), and with Undo back to theirs; it fell to the page, sending a keyboard reader to the top.
                    const neighbour = csms[index + 1] ?? csms[index - 1];
                    removeCsm(csm.id, label, (back) => focusAfterRender(`club-${back}-remove`));
                    focusAfterRender(neighbour ? `club-${neighbour.id}-remove` : 'club-add');
                  }}
                >
                  {mt('manager.removeCsm', { name: label })}
                </button>
              </fieldset>
            </li>
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
            if (id) focusAfterRender(`club-${id}-name`);
          }}
        >
          {mt('manager.addCsm')}
        </button>
      </div>
      {csms.length > 0 && (
        <div class="club-result">
          <h5>{mt('manager.resultTitle')}</h5>
          <ul class="club-choices">
            {choiceLines(choices).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {result.pending.length > 0 && <p class="notice notice--warning">{mt('manager.pendingChoice')}</p>}
          {result.teams.map((team) => (
            <TeamTally key={team.team} team={team} />
          ))}
          {/* The ranking first; its working, a table per category and team (long on a phone), folded under it. */}
          <details class="club-working">
            <summary>{mt('manager.workingTitle')}</summary>
            {result.teams.map((team) =>
              team.categories.map((category) => (
                <CategoryWorking
                  key={`${team.team}/${category.criterion}`}
                  category={category}
                  // Places are counted within each team: with several, each table names its team.
                  caption={
                    result.teams.length > 1
                      ? mt('manager.workingCaption', {
                          criterion: criterionShort(category.criterion),
                          team: team.team || mt('manager.noTeamName'),
                        })
                      : criterionShort(category.criterion)
                  }
                  nameOf={nameOf}
                />
              )),
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
      )}
      {clearDialog}
    </>
  );
}
