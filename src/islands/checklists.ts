/*
 * The checklists' two island kinds, as one module for the pages to import (Checklist.astro, ProgramPanel.astro):
 * one entry for the bundler, so what only they use is in that entry's own file (src/build/chunk-groups.ts).
 * Their parts are in checklist/: a list (ChecklistSection) and its tasks (TaskItem), the program's panel
 * (ProgramPanel) and its controls.
 */
export { default as ChecklistSection } from './checklist/ChecklistSection';
export { default as ProgramPanel } from './checklist/ProgramPanel';
