import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkEvidenceHref, isEvidenceHref } from '../../src/lib/evidence-link';
import { compareLevels } from '../../src/lib/ladder';
import { promotionDraft, promotionDraftFileName } from '../../src/lib/ladder-markdown';
import { ladderProgress, progressByGroup } from '../../src/lib/ladder-progress';
import { type LadderEvidence, type LadderRating, ladderEvidenceSchema } from '../../src/schemas/ladder-records';
import { readLadder } from '../support/ladder';

const { ladder } = readLadder();
const comparison = compareLevels(ladder, 'senior', 'staff');
const owns = 'staff-resp-owns-the-customer-relationship-of-a';
const coaches = 'staff-resp-coaches-peers-on-strategic-approaches';

const evidence = (id: string, title: string, href?: string, tags: string[] = []): LadderEvidence => ({
  v: 1,
  id,
  title,
  ...(href ? { href } : {}),
  tags,
  updatedAt: 1,
});
const rating = (value: LadderRating['rating'], ids: string[] = [], note = ''): LadderRating => ({
  v: 2,
  ...(value ? { rating: value } : {}),
  evidence: ids,
  note,
  updatedAt: 1,
});

function draft(ratings: Record<string, LadderRating>, pieces: Record<string, LadderEvidence>): string {
  return promotionDraft({
    comparison,
    fromName: 'Senior CSM',
    toName: 'Staff CSM',
    ratings,
    evidence: pieces,
    date: '2027-01-04',
    ladderUrl: 'https://example.com/job-families/sales/customer-success-management/ladder/?from=senior&to=staff',
  });
}

describe('the promotion document draft', () => {
  it('lists each new item with its rating, evidence links and note, then the gaps as a task list', () => {
    const md = draft(
      { [owns]: rating('demonstrated', ['ev-1'], 'Led the EBR.\nRenewed early.'), [coaches]: rating('partly') },
      { 'ev-1': evidence('ev-1', 'Renewal MR', 'https://gitlab.com/a/b/-/merge_requests/1', ['renewal', 'EBR']) },
    );
    expect(md).toContain('# Promotion document draft: Senior CSM to Staff CSM');
    expect(md).toContain('Progress: 1 of 27 new items demonstrated, 1 partly.');
    expect(md).toContain('## Responsibilities new at Staff CSM');
    expect(md).toContain('## Requirements new at Staff CSM');
    expect(md).toContain('## Performance indicators new at Staff CSM');
    expect(md).toContain(
      '- **Owns the customer relationship of a global or large scale enterprise account and actively manages the stakeholder relationship at all levels (i.e., executive, management, technical leaders) including strategic roadmap discussions**: Demonstrated',
    );
    expect(md).toContain('    - [Renewal MR](https://gitlab.com/a/b/-/merge_requests/1) (renewal, EBR)');
    expect(md).toContain('  - Note: Led the EBR.\\\n    Renewed early.');
    const gaps = md.split('## Gaps for the growth plan')[1] ?? '';
    expect(gaps).toContain('- [ ] Coaches peers on strategic approaches (Partly)');
    expect(gaps).not.toContain('Owns the customer relationship');
    expect(gaps.match(/^- \[ \] /gm)).toHaveLength(26);
    // The handbook's own ">5m ARR" stays text, not a quote block.
    expect(md).toContain('- [ ] \\>5m ARR book of business maintained (Not rated)');
  });

  it('keeps hostile text as text: no HTML, no mention, no reference, no link from a bad address', () => {
    const hostile = '<img src=x onerror=alert(1)> @all #1 !2 ~label [x](javascript:alert(1)) **bold** | cell';
    const md = draft(
      { [owns]: rating('demonstrated', ['ev-1', 'ev-2'], `${hostile}\n- [x] fake task\n# heading`) },
      {
        'ev-1': evidence('ev-1', hostile, 'https://example.com/a(b)', ['<script>', '@team']),
        // An address that would not pass the schema never becomes a link, even if it were stored.
        'ev-2': evidence('ev-2', 'Bad', 'javascript:alert(1)'),
      },
    );
    // Every `<` has its backslash: GitLab shows it as text.
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\@all \\#1 \\!2 \\~label');
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).toContain('(https://example.com/a%28b%29)');
    expect(md).toContain('    - Bad');
    expect(md).toContain('    \\- \\[x\\] fake task');
    expect(md).toContain('    \\# heading');
    expect(md).toContain('(\\<script\\>, \\@team)');
  });

  it('says so when every new item is demonstrated, and names its file', () => {
    const all = Object.fromEntries(
      comparison.groups.flatMap((g) => g.added).map((r) => [r.item.id, rating('demonstrated')]),
    );
    expect(draft(all, {})).toContain('None: every new item is demonstrated.');
    expect(promotionDraftFileName(comparison, '2027-01-04')).toBe('promotion-draft-senior-to-staff-2027-01-04.md');
  });
});

describe('progress towards a level', () => {
  it('counts demonstrated, partly, not yet and unrated items per group', () => {
    const ratings = { [owns]: rating('demonstrated'), [coaches]: rating('partly') };
    const byGroup = progressByGroup(comparison.groups, ratings);
    expect(byGroup.map((g) => g.group)).toEqual(['responsibilities', 'requirements', 'indicators']);
    expect(byGroup[0]?.progress).toEqual({ total: 14, demonstrated: 1, partly: 1, notYet: 0, unrated: 12 });
    expect(ladderProgress([], ratings).total).toBe(0);
  });
});

describe('evidence links', () => {
  it('accepts http, https and mailto only', () => {
    expect(checkEvidenceHref(' https://gitlab.com/x ')).toEqual({ ok: true, href: 'https://gitlab.com/x' });
    expect(checkEvidenceHref('mailto:me@example.com').ok).toBe(true);
    expect(checkEvidenceHref('http://intranet/doc').ok).toBe(true);
    expect(checkEvidenceHref('javascript:alert(1)')).toEqual({ ok: false, reason: 'scheme' });
    expect(checkEvidenceHref('JavaScript:alert(1)')).toEqual({ ok: false, reason: 'scheme' });
    expect(checkEvidenceHref('data:text/html,x')).toEqual({ ok: false, reason: 'scheme' });
    expect(checkEvidenceHref('gitlab.com/x')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkEvidenceHref('https://a b')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkEvidenceHref(`https://x/${'a'.repeat(2_000)}`)).toEqual({ ok: false, reason: 'long' });
    expect(isEvidenceHref(' https://x')).toBe(false);
  });

  it('are refused by the stored schema too', () => {
    expect(v.safeParse(ladderEvidenceSchema, evidence('ev-1', 'x', 'javascript:alert(1)')).success).toBe(false);
    expect(v.safeParse(ladderEvidenceSchema, evidence('ev-1', 'x', 'https://ok.example')).success).toBe(true);
    expect(v.safeParse(ladderEvidenceSchema, evidence('constructor', 'x')).success).toBe(false);
  });
});
