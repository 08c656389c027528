/*
 * Something a component puts into a page once, however many times the
 * component is on it (the manager toolkit's strings before its first tool).
 * Each page's render has its own request, so the marks go with it.
 */
const marks = new WeakMap<Request, Set<string>>();

/** True the first time `what` is asked for while rendering the page of `request`. */
export function firstOnPage(request: Request, what: string): boolean {
  const done = marks.get(request) ?? new Set<string>();
  marks.set(request, done);
  if (done.has(what)) return false;
  done.add(what);
  return true;
}
