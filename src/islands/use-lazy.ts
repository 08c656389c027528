import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadOrSay } from './load-or-say';

/**
 * A component loaded with `import()` the first time `wanted` is true, and
 * undefined until it has arrived: the plan builder keeps what only a click
 * shows (template picker, ideas sheet and dialog, timeline, review view) out
 * of the page's first load (see the planner budget in tests/e2e/budgets.spec.ts).
 * When it cannot load, the page says so (loadOrSay) and `failed` runs: the
 * caller puts its control back as it was (wanted false), so the reader's next
 * click, which makes `wanted` true again, tries again instead of doing nothing.
 * `says`, if given, is what the page says then, naming the part (loadOrSay).
 */
export function useLazy<P>(
  wanted: boolean,
  load: () => Promise<{ default: ComponentType<P> }>,
  failed: () => void,
  says?: string,
): ComponentType<P> | undefined {
  const [loaded, setLoaded] = useState<ComponentType<P> | undefined>(undefined);
  useEffect(() => {
    if (!wanted || loaded) return;
    void loadOrSay(load, says).then((module) => {
      if (module) setLoaded(() => module.default);
      else failed();
    });
  }, [wanted]);
  return loaded;
}
