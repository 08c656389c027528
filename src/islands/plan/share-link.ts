import { copyAndSay } from '../../browser/clipboard';
import { pt } from '../../i18n/plan-views-ui';
import { encodePlan, MAX_REVIEW_LINK_CHARS, reviewLink } from '../../lib/plan-share';
import { formatCount } from '../../lib/text-limit';
import type { Plan } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { siteUrl } from './PlanExport';

/** What the share button shows: the link's length, and the link itself when the clipboard refused it. */
export interface ShareStatus {
  text: string;
  link?: string;
}

/**
 * Makes the plan's review link and copies it; over MAX_REVIEW_LINK_CHARS it
 * says so and points at the Markdown export instead. Loaded when asked for.
 * The builder's address is made here, not passed in: bytes off the builder's first load.
 */
export async function copyReviewLink(plan: Plan): Promise<ShareStatus> {
  const link = reviewLink(`${siteUrl()}plan-builder/`, await encodePlan(plan));
  const length = formatCount(link.length);
  if (link.length > MAX_REVIEW_LINK_CHARS) {
    const text = pt('plan.shareTooLong', { length, max: formatCount(MAX_REVIEW_LINK_CHARS) });
    announce(text, 'error');
    return { text };
  }
  const copied = await copyAndSay(link, pt('plan.shareCopied', { length }), pt('plan.shareCopyFailed'));
  const text = pt('plan.shareLength', { length });
  return copied ? { text } : { text, link };
}
