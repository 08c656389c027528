import { useEffect } from 'preact/hooks';
import { isPlanId } from '../../schemas/plan';

/** The plan named in the address (`?plan=<id>`), so a reload or a link reopens it. */
export function planIdFromUrl(): string | undefined {
  const id = new URL(window.location.href).searchParams.get('plan') ?? '';
  return isPlanId(id) ? id : undefined;
}

/**
 * Keeps the address naming the plan on screen (`?plan=<id>`), and no longer a template it was started from: a
 * reload, or Back and Forward, open that plan again instead of starting another. Not while a review link's plan
 * is shown (`reviewing`): that address is the link's.
 */
export function usePlanAddress(loaded: boolean, planId: string | undefined, reviewing: boolean): void {
  useEffect(() => {
    if (!loaded || reviewing) return;
    const url = new URL(window.location.href);
    url.searchParams.delete('template');
    if (planId) url.searchParams.set('plan', planId);
    else url.searchParams.delete('plan');
    history.replaceState(null, '', url);
  }, [loaded, planId, reviewing]);
}
