import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { lct } from '../../i18n/ladder-card-ui';
import { lowerBecause } from '../../lib/ladder';
import { selectionProgress } from '../../lib/ladder-progress';
import { type LadderSelection, selectionQuery } from '../../lib/ladder-selection';
import { type Ladder, ladderSchema } from '../../schemas/career-ladder';
import { $ladderRatings } from '../../stores/ladder-records';
import { useStore } from '../use-store';

interface Props {
  /** The ladder page's address. */
  ladderHref: string;
  selection: LadderSelection;
}

/** The ladder's levels and items, fetched once per page (the ladder route's `levels.json`), checked like any input. */
let ladderLoad: Promise<Ladder | undefined> | undefined;
function loadLadder(ladderHref: string): Promise<Ladder | undefined> {
  ladderLoad ??= fetch(`${ladderHref}levels.json`)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((data: unknown) => {
      const parsed = v.safeParse(ladderSchema, data);
      return parsed.success ? parsed.output : undefined;
    })
    .catch(() => undefined);
  return ladderLoad;
}

/**
 * The career ladder on My progress: the levels last compared, how many of the target's new items the reader
 * has demonstrated (counted as the ladder counts them, `selectionProgress`), and a link back to that comparison.
 * Loaded only for a reader who has compared levels (LadderSlot.tsx).
 */
export default function LadderCard({ ladderHref, selection }: Props) {
  const ratings = useStore($ladderRatings);
  const [ladder, setLadder] = useState<Ladder | null>();
  useEffect(() => {
    loadLadder(ladderHref).then((loaded) => setLadder(loaded ?? null));
  }, []);
  const name = (slug: string) => ladder?.levels.find((l) => l.slug === slug)?.name ?? slug;
  const specialty = ladder?.specialties.find((s) => s.slug === selection.specialty);
  const progress = ladder ? selectionProgress(ladder, selection, ratings) : undefined;
  // A step down is compared on the ladder but never assessed: not a promotion to count.
  const lower = ladder ? lowerBecause(ladder, selection.from, selection.to) : undefined;
  const levels = { from: name(selection.from), to: name(selection.to) };
  return (
    <ul class="dash-grid">
      <li class="dash-card ladder-card">
        <div class="dash-card__titles">
          <h3>
            <a href={`${ladderHref}${selectionQuery(selection)}#compare`}>{lct('ladderCard.levels', levels)}</a>
          </h3>
          {specialty && <p class="dash-card__meta">{lct('ladderCard.specialty', { specialty: specialty.label })}</p>}
        </div>
        {ladder === undefined ? (
          <p>{lct('ladderCard.loading')}</p>
        ) : !progress ? (
          <p>{lct('ladderCard.unavailable')}</p>
        ) : lower ? (
          <p>{lct('ladderCard.lower', levels)}</p>
        ) : progress.total === 0 ? (
          <p>{lct('ladderCard.nothingNew', levels)}</p>
        ) : (
          <>
            {/* The dot ends the first piece (a no-break space before it): a wrapped line never starts with it. */}
            <p class="ladder-card__summary">
              <span>
                {lct('ladderCard.progress', { demonstrated: progress.demonstrated, count: progress.total })}
                {progress.partly > 0 && '\u00a0·'}
              </span>
              {progress.partly > 0 && (
                <>
                  {' '}
                  <span>{lct('ladderCard.partly', { count: progress.partly })}</span>
                </>
              )}
            </p>
            <progress max={progress.total} value={progress.demonstrated} aria-hidden="true" />
          </>
        )}
      </li>
    </ul>
  );
}
