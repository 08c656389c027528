import { lt } from '../../i18n/ladder-ui';
import { levelName } from '../../lib/ladder-names';
import type { LadderSelection } from '../../lib/ladder-selection';
import type { Ladder, LevelSlug } from '../../schemas/career-ladder';
// From the slugs' own module: career-ladder.ts would bring the ladder's schemas, which this page never checks.
import { isLevelSlug, isSpecialtySlug } from '../../schemas/ladder-slugs';

interface Props {
  ladder: Ladder;
  selection: LadderSelection;
  /** False until the island runs: the server's controls do nothing without JavaScript, so they start disabled. */
  enabled: boolean;
  onChange: (selection: LadderSelection) => void;
}

/**
 * Titles longer than this may be cut by their field on a phone: a select cannot wrap, and the handbook's titles are
 * kept whole (no short names). The longest two are cut at 375 px, the Senior Director's and the Vice President's
 * on a 360 px one; the Director's (28 characters) fits at 320.
 */
const CUT_ON_A_PHONE = 28;

/**
 * The chosen title again, whole, under its field, when the title is one a phone can cut: shown only while the field
 * is narrow (ladder.css). Hidden from assistive tech, which hears the select's chosen option in full.
 */
function WholeTitle({ ladder, slug }: { ladder: Ladder; slug: LevelSlug }) {
  const name = levelName(ladder, slug);
  return name.length > CUT_ON_A_PHONE ? (
    <span class="ladder-picker__whole" aria-hidden="true">
      {name}
    </span>
  ) : null;
}

/** Two level choices (grouped by track), a swap button and the specialty. */
export function LevelPicker({ ladder, selection, enabled, onChange }: Props) {
  const levelOptions = (['ic', 'manager'] as const).map((track) => (
    <optgroup key={track} label={lt(`ladder.track.${track}`)}>
      {ladder.levels
        .filter((level) => level.track === track)
        .map((level) => (
          // The handbook's title alone: a grade after it did not fit the field (each column's heading says it).
          <option key={level.slug} value={level.slug}>
            {level.name}
          </option>
        ))}
    </optgroup>
  ));
  return (
    // Not a <form>: each choice applies as it is made, so there is nothing to submit.
    <div class="ladder-picker">
      <div class="ladder-picker__field">
        <label for="ladder-from">{lt('ladder.from')}</label>
        <select
          id="ladder-from"
          value={selection.from}
          disabled={!enabled}
          onChange={(event) => {
            const from = event.currentTarget.value;
            if (isLevelSlug(from)) onChange({ ...selection, from });
          }}
        >
          {levelOptions}
        </select>
        <WholeTitle ladder={ladder} slug={selection.from} />
      </div>
      <button
        type="button"
        class="button ladder-picker__swap"
        disabled={!enabled}
        onClick={() => onChange({ ...selection, from: selection.to, to: selection.from })}
      >
        <span aria-hidden="true">⇄</span> {lt('ladder.swap')}
      </button>
      <div class="ladder-picker__field">
        <label for="ladder-to">{lt('ladder.to')}</label>
        <select
          id="ladder-to"
          value={selection.to}
          disabled={!enabled}
          onChange={(event) => {
            const to = event.currentTarget.value;
            if (isLevelSlug(to)) onChange({ ...selection, to });
          }}
        >
          {levelOptions}
        </select>
        <WholeTitle ladder={ladder} slug={selection.to} />
      </div>
      <div class="ladder-picker__field">
        <label for="ladder-specialty">{lt('ladder.specialty')}</label>
        <select
          id="ladder-specialty"
          value={selection.specialty ?? ''}
          disabled={!enabled}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const { specialty: _old, ...rest } = selection;
            onChange(isSpecialtySlug(value) ? { ...rest, specialty: value } : rest);
          }}
        >
          <option value="">{lt('ladder.specialtyNone')}</option>
          {ladder.specialties.map((specialty) => (
            <option key={specialty.slug} value={specialty.slug}>
              {specialty.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
