import { useState } from 'preact/hooks';
import { wt } from '../../i18n/manager-week-ui';
import type { clubNames } from '../../lib/manager/names';
import type { scoreClub } from '../../lib/manager/presidents-club';
import { $club } from '../../stores/manager-view';
import { useLazy } from '../use-lazy';
import { useStore } from '../use-store';

export interface ClubCardProps {
  managerHref: string;
  /** Why the tally is not known here, if this page cannot read it. */
  why: string | undefined;
  /** The tally's own scoring (never a second one). */
  score: typeof scoreClub;
  /** The tally's own names for its CSMs ("Alex (2)"; one not named yet, "CSM 2"). */
  names: typeof clubNames;
}

type SlotProps = Omit<ClubCardProps, 'score' | 'names'>;

/** The view and the tally's own code, loaded together (two files at once), as one component. */
const load = () =>
  Promise.all([import('./ClubCard'), import('../manager/tools')]).then(([card, tools]) => ({
    default: (props: SlotProps) => <card.default {...props} score={tools.scoreClub} names={tools.clubNames} />,
  }));

/**
 * Where "My week as a manager" shows the President's Club tally. Its view, its words and the tally's scoring load
 * only once the reader has a tally (or one this page cannot read, `why`): My progress's own first load stays as it
 * was (as the ladder card's, LadderSlot.tsx). The scoring, and the rule that names the CSMs as the tally does, come
 * with the manager page's tools' file, where it is (src/islands/manager/tools.ts says why). If they cannot come,
 * the page says so (useLazy), as for any code loaded on demand.
 */
export function ClubSlot({ managerHref, why }: SlotProps) {
  const csms = useStore($club)?.csms.length ?? 0;
  const show = !!why || csms > 0;
  // Said in the card's place, not only in the page's passing message: no click brought it, so none would try again.
  // Named, here and in the page's message, as the ladder card is (LadderSlot.tsx).
  const [failed, setFailed] = useState(false);
  const says = wt('manager.weekClubFailed');
  const Card = useLazy(show, load, () => setFailed(true), says);
  if (failed) return <p class="notice notice--error">{says}</p>;
  return Card && show ? <Card managerHref={managerHref} why={why} /> : null;
}
