/*
 * Choices the home page's "What brings you here?" paths carry in a planner
 * page's address: `?role=new-csm` (whose part to show) and `?start=ask` (ask
 * for the start date). Read once, then taken out of the address so a reload
 * or a shared link does not choose again.
 */

interface UrlChoice {
  role?: string | undefined;
  askStart: boolean;
}

export function takeUrlChoice(): UrlChoice {
  const url = new URL(window.location.href);
  const role = url.searchParams.get('role') ?? undefined;
  const askStart = url.searchParams.get('start') === 'ask';
  if (role === undefined && !askStart) return { askStart };
  url.searchParams.delete('role');
  url.searchParams.delete('start');
  history.replaceState(history.state, '', url.href);
  return { role, askStart };
}
