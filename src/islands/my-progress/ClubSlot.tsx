import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { namesApart } from '../../lib/manager/names';
import type { scoreClub } from '../../lib/manager/presidents-club';
import { $club } from '../../stores/manager-view';
import { useStore } from '../use-store';

export interface ClubCardProps {
  managerHref: string;
  /** Why the tally is not known here, if this page cannot read it. */
  why: string | undefined;
  /** The tally's own scoring (never a second one). */
  score: typeof scoreClub;
  /** The tally's own rule for two CSMs of one name ("Alex (2)"). */
  names: typeof namesApart;
}

type Loaded = { Card: ComponentType<ClubCardProps>; score: typeof scoreClub; names: typeof namesApart };

/**
 * Where "My week as a manager" shows the President's Club tally. Its view, its words and the tally's scoring load
 * only once the reader has a tally (or one this page cannot read, `why`): My progress's own first load stays as it
 * was (as the ladder card's, LadderSlot.tsx). The scoring, and the rule that tells two CSMs of one name apart, come with the manager page's tools' file, where it is
 * (src/islands/manager/tools.ts says why).
 */
export function ClubSlot({ managerHref, why }: Omit<ClubCardProps, 'score' | 'names'>) {
  const csms = useStore($club)?.csms.length ?? 0;
  const show = !!why || csms > 0;
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    if (show && !loaded)
      Promise.all([import('./ClubCard'), import('../manager/tools')]).then(
        ([card, tools]) => setLoaded({ Card: card.default, score: tools.scoreClub, names: tools.namesApart }),
        () => {},
      );
  }, [show]);
  return loaded && show ? (
    <loaded.Card managerHref={managerHref} why={why} score={loaded.score} names={loaded.names} />
  ) : null;
}
