import { createElement, Fragment } from 'preact';

/*
 * JSX's automatic runtime in the browser's build (`jsx(type, props, key)`, what Oxc compiles each element of an
 * island to) as Preact's own `createElement`, which Preact's client carries on every planner page anyway. Preact's
 * `preact/jsx-runtime` builds the same element with a second copy of that code (and two fields for its dev
 * tools): about 90 bytes gzip more in the file every planner page loads (December 7). Aliased in
 * preact-islands.ts for `astro build` only; `npm run dev` keeps Preact's (its `jsxDEV` feeds preact/debug).
 */
type Props = Parameters<typeof createElement>[1];

/** An element: its `key`, which the compiled JSX passes apart, goes back into the props for `createElement`. */
export const jsx = (type: Parameters<typeof createElement>[0], props: Props, key?: string | number) =>
  createElement(type, key === undefined ? props : { ...props, key });

export { Fragment, jsx as jsxs };
