import { useLayoutEffect } from 'preact/hooks';
import { isPlanId } from '../../schemas/plan';

/** The plan named in the address (`?plan=<id>`), so a reload or a link reopens it. */
export function planIdFromUrl(): string | undefined {
  const id = new URLSearchParams(location.search).get('plan') ?? '';
  return isPlanId(id) ? id : undefined;
}

/**
 * Keeps the address naming the plan on screen (`?plan=<id>`), and no longer a template it was started from: a
 * reload, or Back and Forward, open that plan again instead of starting another. Not while a review link's plan
 * is shown (`reviewing`): that address is the link's; once the reader leaves it, the link leaves the address too
 * (the fragment goes), so it names the reader's own plan, not the shared one. Before the screen is painted: the
 * address never names what is not shown.
 */
export function usePlanAddress(loaded: boolean, planId: string | undefined, reviewing: boolean): void {
  useLayoutEffect(() => {
    if (!loaded || reviewing) return;
    const url = new URL(location.href);
    url.searchParams.delete('template');
    url.hash = '';
    if (planId) url.searchParams.set('plan', planId);
    else url.searchParams.delete('plan');
    history.replaceState(null, '', url);
  }, [loaded, planId, reviewing]);
}
