import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LadderSelection } from '../../lib/ladder-selection';
import { $ladderSettings, startLadder } from '../../stores/ladder-records';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';

type Card = ComponentType<{ ladderHref: string; selection: LadderSelection }>;

/**
 * Where My progress shows the career ladder. Its card, its words and the ladder's data load only once the
 * reader has compared two levels (the ladder remembers them): My progress's own first load stays as it was.
 */
export function LadderSlot({ ladderHref }: { ladderHref: string }) {
  useStarted(startLadder);
  const settings = useStore($ladderSettings);
  const [Card, setCard] = useState<Card>();
  const from = settings?.from;
  const to = settings?.to;
  useEffect(() => {
    if (from && to && !Card)
      import('./LadderCard').then(
        (m) => setCard(() => m.default),
        () => {},
      );
  }, [from && to]);
  return Card && from && to ? (
    <Card ladderHref={ladderHref} selection={{ from, to, specialty: settings.specialty }} />
  ) : null;
}
