import { planT } from '../../i18n/plan-ui';

/**
 * "⚠ Overdue", the plan's one mark for an action past its due date, in the Edit view and on the timeline
 * alike: the site's warning tag (a word and an icon, never colour alone), the icon not read out. It follows
 * the words it marks after a space, not a margin, so where the line wraps it starts the next one flush.
 */
export function OverdueTag() {
  return (
    <>
      {' '}
      <strong class="tag tag--warning">
        <span aria-hidden="true">⚠ </span>
        {planT('plan.overdue')}
      </strong>
    </>
  );
}
