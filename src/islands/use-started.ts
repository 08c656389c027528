import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Starts an island's stores once it is mounted, and says when that is done: every island starts its stores
 * through this hook (usePlannerReady, useManagerReady, the career ladder, the plan builder, My progress).
 *
 * Islands render stored state only once started: Preact's hydration keeps the server's attributes (unticked,
 * disabled), so the first client render must match the server's. The start runs in a layout effect, not in
 * `useEffect` (which Preact runs after the next paint): the stores read storage synchronously, so the island
 * renders the reader's data with live controls before the browser draws, and no frame shows it live but not
 * ready (the "… comes alive …" browser tests).
 */
export function useStarted(start: () => void): boolean {
  const [started, setStarted] = useState(false);
  useLayoutEffect(() => {
    start();
    setStarted(true);
  }, []);
  return started;
}
