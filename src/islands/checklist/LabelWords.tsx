import { ct } from '../../i18n/checklist-ui';

/**
 * The words the task controls' names start with, once per section: each
 * control is named by these and its task's text (aria-labelledby), so the
 * text is not repeated in the page for every control. Also the description
 * of a task's box marked not applicable (disabled, it said nothing of why).
 */
export function LabelWords({ prefix }: { prefix: string }) {
  return (
    <span hidden data-pagefind-ignore="">
      <span id={`${prefix}-more`}>{ct('planner.noteButtonFor')}</span>
      <span id={`${prefix}-note`}>{ct('planner.noteFor')}</span>
      <span id={`${prefix}-na`}>{ct('planner.naFor')}</span>
      <span id={`${prefix}-nad`}>{ct('planner.naMarked')}</span>
    </span>
  );
}
