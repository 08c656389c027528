import { describe, expect, it } from 'vitest';
import { COMPARE_TITLE_ID } from '../../src/lib/ladder-tool-ids';
import { reviewTitleId, TOOL_TITLE_IDS } from '../../src/lib/manager/tool-ids';
import { REVIEWS } from '../../src/lib/manager/toolkit';
import { BACKUP_TITLE_ID } from '../../src/lib/progress-tool-ids';
import { siteToolAbout } from '../../src/lib/site-tools';

describe('what search says a site tool does', () => {
  it('names every manager tool by the id of its title, with a sentence of the site’s own', () => {
    const ids = [...Object.values(TOOL_TITLE_IDS), ...REVIEWS.map((review) => reviewTitleId(review.id))];
    for (const id of ids) {
      const about = siteToolAbout(id);
      expect(about, id).toMatch(/^[A-Z].{20,140}\.$/);
    }
    // The call counter is a tool of its own, inside the team panel: search lands on it.
    expect(TOOL_TITLE_IDS.calls).toBe('manager-calls-title');
    expect(siteToolAbout('manager-calls-title')).toMatch(/call/i);
  });

  it('names My progress’s backup card by the id of its title', () => {
    expect(siteToolAbout(BACKUP_TITLE_ID)).toMatch(/^Downloads .{20,140}\.$/);
  });

  it('names the career ladder’s comparison by the id of its title', () => {
    expect(siteToolAbout(COMPARE_TITLE_ID)).toMatch(/^Sets two levels .{20,140}\.$/);
  });

  it('is silent for a handbook section, a task, or no anchor at all', () => {
    for (const id of [
      'csm-manager-responsibilities--requirements',
      'renewal-review',
      'task-onb-m1-x',
      'review-title',
    ]) {
      expect(siteToolAbout(id), id).toBeUndefined();
    }
    expect(siteToolAbout(undefined)).toBeUndefined();
  });
});
