import { useState } from 'preact/hooks';
import { gt } from '../../i18n/progress-ui';
import { $ladderSettings, startLadder } from '../../stores/ladder-records';
import { useLazy } from '../use-lazy';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';

const load = () => import('./LadderCard');

/**
 * Where My progress shows the career ladder. Its card, its words and the ladder's data load only once the
 * reader has compared two levels (the ladder remembers them): My progress's own first load stays as it was.
 * If the card's code cannot come, the page says so (useLazy), as for any code loaded on demand. Before any
 * comparison the section stays, saying what to do next, as Plans does when there is no plan.
 */
export function LadderSlot({ ladderHref }: { ladderHref: string }) {
  useStarted(startLadder);
  const settings = useStore($ladderSettings);
  const from = settings?.from;
  const to = settings?.to;
  // Said in the card's place, not only in the page's passing message: no click brought it, so none would try again.
  // Named, here and in the page's message: no click asked for it, so "this part of the page" would not say which.
  const [failed, setFailed] = useState(false);
  const says = gt('progressPage.ladderFailed');
  const Card = useLazy(!!(from && to), load, () => setFailed(true), says);
  return (
    <section aria-labelledby="ladder-title">
      <h2 id="ladder-title">{gt('progressPage.ladderTitle')}</h2>
      {failed ? (
        <p class="notice notice--error">{says}</p>
      ) : !(from && to) ? (
        <p>
          {gt('progressPage.noLadder')} <a href={`${ladderHref}#compare`}>{gt('progressPage.openLadder')}</a>
        </p>
      ) : (
        Card && <Card ladderHref={ladderHref} selection={{ from, to, specialty: settings.specialty }} />
      )}
    </section>
  );
}
