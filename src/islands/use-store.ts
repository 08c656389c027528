import type { ReadableAtom } from 'nanostores';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * A store's value in an island, re-rendered when it changes: every island reads stores through this hook.
 *
 * Why not `useStore` from @nanostores/preact: it puts off every re-render to a timer (`setTimeout`), and it
 * subscribes in `useEffect`, which Preact runs after the next paint. So a tick's counts were drawn a frame
 * after the tick (85.6 → 25.4 ms median on CSM Onboarding at 4× CPU), and a list came alive a frame before
 * its boxes could be used. Here a change asks Preact to render, which Preact batches itself (once per
 * component, in a microtask, before the browser draws), and the subscription starts before any paint.
 */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  const [, rerender] = useState({});
  const rendered = store.get();
  useLayoutEffect(() => {
    // A change between this render and the subscription would otherwise be missed.
    if (store.get() !== rendered) rerender({});
    return store.listen(() => rerender({}));
  }, [store]);
  return store.get();
}
