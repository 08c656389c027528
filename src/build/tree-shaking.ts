/*
 * What the browser bundle may leave out (Rolldown's `treeshake.moduleSideEffects`, set on the client build in
 * astro.config.mjs).
 *
 * Rolldown keeps a bare import of a module none of whose exports a file uses when that module imports one with
 * side effects of its own (each island's JSX imports Preact's runtime, and most import a dictionary). So
 * CSM Onboarding loaded the ladder's words component (`InlineText.tsx`, 305 bytes gzip in a file of its own)
 * for nothing: its lists use it only when rendered on the server (`TaskWords.tsx`), and the browser's copy of
 * that code is gone, but not the import. The island modules do nothing when they are imported: they declare
 * components, hooks and helpers (`tests/unit/tree-shaking.test.ts` fails on any statement at the top of one that
 * is not a declaration), so the bundle may leave out an island module, and with it its imports, where nothing
 * of it is used. Every other module keeps Rolldown's own reading.
 */

/** One of Rolldown's side-effect rules (the fields used here). */
interface SideEffectsRule {
  test: RegExp;
  sideEffects: boolean;
}

/** The island modules: the components and hooks of `src/islands/`. */
export const ISLAND_MODULE = /[\\/]src[\\/]islands[\\/][^?]*\.tsx?$/;

export const CLIENT_MODULE_SIDE_EFFECTS: readonly SideEffectsRule[] = [{ test: ISLAND_MODULE, sideEffects: false }];
