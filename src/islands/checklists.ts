/*
 * The checklists' two island kinds, as one module for the pages to import (Checklist.astro, ProgramPanel.astro):
 * one entry for the bundler, so what only they use is in that entry's own file (src/build/chunk-groups.ts).
 */
export { default as ChecklistSection } from './ChecklistSection';
export { default as ProgramPanel } from './ProgramPanel';
