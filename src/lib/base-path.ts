/** Turns a user-supplied base path (`handbook`, `/handbook`, `/handbook/`) into `/handbook/`; empty means `/`. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins the site base and a root-relative path: `withBase('/handbook/', '/a/')` is `/handbook/a/`. */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}
