import { lt } from '../../i18n/ladder-ui';
import { namedWithItem } from '../../lib/assess-item';
import { LADDER_RATINGS, type LadderRatingValue } from '../../schemas/ladder-records';
import { rateItem } from '../../stores/ladder';
import { focusAfterRender } from '../focus-after-render';

interface Props {
  id: string;
  rating: LadderRatingValue | undefined;
}

/** A self-assessment item's rating: Not yet, Partly, Demonstrated as radio buttons, and Clear rating once rated. */
export function RatingChoice({ id, rating }: Props) {
  const clearId = `clear-${id}`;
  const legendId = `rate-legend-${id}`;
  return (
    <fieldset class="rating" id={`rating-${id}`} aria-labelledby={namedWithItem(legendId, id)}>
      <legend id={legendId}>{lt('ladder.rateLegend')}</legend>
      <div class="rating__options" data-unrated={lt('ladder.rating.unrated')}>
        {LADDER_RATINGS.map((value) => (
          <label key={value} class={`rating__option rating__option--${value}`}>
            <input
              type="radio"
              name={`rate-${id}`}
              value={value}
              checked={rating === value}
              onChange={() => rateItem(id, value)}
            />
            <span>{lt(`ladder.rating.${value}`)}</span>
          </label>
        ))}
        {rating && (
          <button
            type="button"
            id={clearId}
            class="button button--small button--quiet"
            aria-labelledby={namedWithItem(clearId, id)}
            onClick={() => {
              // The button goes with the rating: the focus goes to the ratings, where the arrows rate again.
              rateItem(id, undefined);
              focusAfterRender(`rating-${id}`);
            }}
          >
            {lt('ladder.clearRating')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
