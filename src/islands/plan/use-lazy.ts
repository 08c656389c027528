import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component loaded with `import()` the first time `wanted` is true, and
 * undefined until it has arrived: the plan builder keeps what only a click
 * shows (template picker, ideas sheet and dialog, timeline, review view) out
 * of the page's first load (see the planner budget in tests/e2e/budgets.spec.ts).
 */
export function useLazy<P>(
  wanted: boolean,
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> | undefined {
  const [loaded, setLoaded] = useState<ComponentType<P> | undefined>(undefined);
  useEffect(() => {
    if (!wanted || loaded) return;
    load().then((module) => setLoaded(() => module.default));
  }, [wanted]);
  return loaded;
}
