import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkEvidenceHref, isEvidenceHref } from '../../src/lib/evidence-link';
import { compareLevels } from '../../src/lib/ladder';
import { promotionDraft, promotionDraftFileName } from '../../src/lib/ladder-markdown';
import { ladderProgress, selectionProgress } from '../../src/lib/ladder-progress';
import { type LadderEvidence, type LadderRating, ladderEvidenceSchema } from '../../src/schemas/ladder-records';
import { readLadder } from '../support/ladder';

const { ladder } = readLadder();
const comparison = compareLevels(ladder, 'senior', 'staff');
const owns = 'staff-resp-owns-the-customer-relationship-of-a';
const coaches = 'staff-resp-coaches-peers-on-strategic-approaches';
const handbook = 'staff-resp-regularly-publishes-handbook-updates-describing-our';

const evidence = (id: string, title: string, href?: string, tags: string[] = []): LadderEvidence => ({
  v: 1,
  id,
  title,
  ...(href ? { href } : {}),
  tags,
  updatedAt: 1,
});
const rating = (value: LadderRating['rating'], ids: string[] = [], note = ''): LadderRating => ({
  v: 3,
  ...(value ? { rating: value } : {}),
  evidence: ids,
  note,
  updatedAt: 1,
});

function draft(ratings: Record<string, LadderRating>, pieces: Record<string, LadderEvidence>): string {
  return promotionDraft({
    comparison,
    ratings,
    evidence: pieces,
    date: '2027-01-04',
    ladderUrl: 'https://example.com/job-families/sales/customer-success-management/ladder/?from=senior&to=staff',
    ladder,
  });
}

describe('the promotion document draft', () => {
  it('lists each new item with its rating, evidence links and note, then the gaps as a task list', () => {
    const md = draft(
      { [owns]: rating('demonstrated', ['ev-1'], 'Led the EBR.\nRenewed early.'), [coaches]: rating('partly') },
      { 'ev-1': evidence('ev-1', 'Renewal MR', 'https://gitlab.com/a/b/-/merge_requests/1', ['renewal', 'EBR']) },
    );
    expect(md).toContain('# Promotion document draft: Senior CSM to Staff CSM');
    // The one date style of every page and export ("4 Jan 2027"); the file's name keeps the sortable form.
    expect(md).toContain('Drafted on 4 Jan 2027 with the CSM Handbook career ladder');
    expect(md).toContain('Progress: 1 of 25 new items demonstrated, 1 partly.');
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
    expect(gaps.match(/^- \[ \] /gm)).toHaveLength(24);
    // The handbook's own ">5m ARR" stays text, not a quote block.
    expect(md).toContain('- [ ] \\>5m ARR book of business maintained (Not rated)');
  });

  it('leads with results: what is demonstrated, with its evidence and note, then what is partly there, then the rest', () => {
    const md = draft(
      {
        [coaches]: rating('partly', [], 'Coached two peers.'),
        [owns]: rating('demonstrated', ['ev-1'], 'Led the EBR.'),
        [handbook]: rating('not-yet'),
      },
      { 'ev-1': evidence('ev-1', 'Renewal MR', 'https://gitlab.com/a/b/-/merge_requests/1') },
    );
    const lines = md.split('\n');
    // The first lines say, in the site's words, that the draft leads with results as the handbook asks.
    expect(lines.slice(0, 4).join('\n')).toContain(
      'It leads with results, as the CSM Manager Handbook asks (“lead with the results the CSM has achieved, supported with links to content, issues, MRs, etc.”)',
    );
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings.slice(0, 3)).toEqual(['## Demonstrated', '## Partly there', '## Not yet shown']);
    const at = (text: string) => md.indexOf(text);
    // The first item of the draft is the demonstrated one, with its evidence link and note under it.
    expect(lines.find((line) => line.startsWith('- **'))).toContain('Owns the customer relationship');
    expect(at('[Renewal MR](https://gitlab.com/a/b/-/merge_requests/1)')).toBeLessThan(at('Coaches peers'));
    expect(at('Note: Led the EBR.')).toBeLessThan(at('Coaches peers'));
    expect(at('- **Coaches peers on strategic approaches**: Partly')).toBeLessThan(at('## Not yet shown'));
    expect(at('  - Note: Coached two peers.')).toBeLessThan(at('## Not yet shown'));
    // The rest keeps the job description's order, the not-yet item among the unrated ones.
    const rest = md.slice(at('## Not yet shown'), at('## Gaps for the growth plan'));
    expect(rest).toContain('- **Regularly publishes handbook updates describing our practice');
    expect(rest).toContain(': Not yet');
    expect(rest).not.toContain('Owns the customer relationship');
    expect(rest).not.toContain('Coaches peers');
    // Groups are kept inside each part.
    expect(md.slice(at('## Demonstrated'), at('## Partly there'))).toContain('### Responsibilities new at Staff CSM');
  });

  it('says so when nothing is demonstrated yet, still leading with that part', () => {
    const md = draft({}, {});
    expect(md.split('\n').filter((line) => line.startsWith('## '))[0]).toBe('## Demonstrated');
    expect(md).toContain('Nothing is rated Demonstrated yet.');
    expect(md).not.toContain('## Partly there');
  });

  it('tells apart two new items with the same words by where the page lists them, in the parts and the gaps', () => {
    const md = promotionDraft({
      comparison: compareLevels(ladder, 'staff', 'director'),
      ratings: { 'director-resp-proven-ability-to-develop-strategies-translate': rating('demonstrated') },
      evidence: {},
      date: '2027-01-04',
      ladder,
    });
    const proven =
      'Proven ability to develop strategies, translate them into initiatives and track successful delivery';
    expect(md).toContain(`- **${proven}** (Director of Customer Success Responsibilities): Demonstrated`);
    expect(md).toContain(`- **${proven}** (Manager, CSM Requirements): Not rated`);
    const gaps = md.split('## Gaps for the growth plan')[1] ?? '';
    expect(gaps).toContain(`- [ ] ${proven} (Manager, CSM Requirements) (Not rated)`);
    expect(gaps).not.toContain('Director of Customer Success Responsibilities');
    // Every other item is named by its words alone.
    expect(md.match(/\((Director of Customer Success Responsibilities|Manager, CSM Requirements)\)/g)).toHaveLength(3);
  });

  it('shows the job family’s own items apart: not counted, not gaps, with their link and any earlier rating kept', () => {
    const netArr = 'family-pi-net-arr-i-e-retention-and';
    const md = draft(
      { [netArr]: rating('demonstrated', ['ev-1'], 'Grew net ARR 20 %.') },
      { 'ev-1': evidence('ev-1', 'ARR report', 'https://example.com/arr') },
    );
    expect(md).toContain('Progress: 0 of 25 new items demonstrated, 0 partly.');
    const family = md.slice(md.indexOf('## The job family’s own, not counted as new'), md.indexOf('## Gaps'));
    expect(family).toContain(
      'The job family page lists these for the whole family and does not say whether they apply at every level, so they are not counted as new and are not gaps.',
    );
    // A rating stored before stays in the draft, under its item, but counts nowhere.
    expect(family).toContain(
      '- **net ARR (i.e., retention and expansion)**: Demonstrated (the page states it under Staff CSM and Vice President of Customer Success only)',
    );
    expect(family).toContain('    - [ARR report](https://example.com/arr)');
    expect(family).toContain('  - Note: Grew net ARR 20 \\%.');
    // The page's link on "CSM-related metrics" is kept.
    expect(family).toContain(
      '- [CSM-related metrics](https://example.com/handbook/customer-success/csm/). (the page states it under Staff CSM and Vice President of Customer Success only)',
    );
    expect(md.slice(0, md.indexOf('## The job family’s own'))).not.toContain('net ARR');
    const gaps = md.split('## Gaps for the growth plan')[1] ?? '';
    expect(gaps).not.toContain('net ARR');
    expect(gaps).not.toContain('CSM-related metrics');
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
    const byGroup = comparison.groups
      .filter((g) => g.added.length > 0)
      .map((g) => ({ group: g.group, progress: ladderProgress(g.added, ratings) }));
    expect(byGroup.map((g) => g.group)).toEqual(['responsibilities', 'requirements', 'indicators']);
    expect(byGroup[0]?.progress).toEqual({ total: 14, demonstrated: 1, partly: 1, notYet: 0, unrated: 12 });
    expect(ladderProgress([], ratings).total).toBe(0);
  });

  it('counts a record emptied by a change (only its stamps left) as nothing: not progress, not an earlier rating', () => {
    const netArr = 'family-pi-net-arr-i-e-retention-and';
    // What a cleared rating, or a record whose evidence was all detached, keeps: the stamps another tab merges with.
    const cleared: LadderRating = { ...rating(undefined), at: { rating: 5, evidence: { 'ev-1': 6 } } };
    const ratings = { [owns]: cleared, [netArr]: cleared };
    expect(selectionProgress(ladder, { from: 'senior', to: 'staff' }, ratings)).toMatchObject({
      demonstrated: 0,
      partly: 0,
      notYet: 0,
      unrated: 25,
    });
    const md = draft(ratings, {});
    const family = md.slice(md.indexOf('## The job family’s own, not counted as new'), md.indexOf('## Gaps'));
    expect(family).toContain(
      '- net ARR (i.e., retention and expansion) (the page states it under Staff CSM and Vice President of Customer Success only)',
    );
    expect(family).not.toContain('Not rated');
  });

  it('for the levels last compared, as My progress shows it: new items only, the family’s own left out', () => {
    const ratings = {
      [owns]: rating('demonstrated'),
      [coaches]: rating('partly'),
      'family-pi-net-arr-i-e-retention-and': rating('demonstrated'),
    };
    expect(selectionProgress(ladder, { from: 'senior', to: 'staff' }, ratings)).toEqual({
      total: 25,
      demonstrated: 1,
      partly: 1,
      notYet: 0,
      unrated: 23,
    });
    // A specialty is added to both levels: nothing of it is new.
    expect(selectionProgress(ladder, { from: 'senior', to: 'staff', specialty: 'strategic' }, {}).total).toBe(25);
    expect(selectionProgress(ladder, { from: 'associate', to: 'intermediate' }, {}).total).toBe(6);
  });

  it('counts nothing towards a lower level: the ladder never assesses one, so it is no promotion', () => {
    // Director → Senior Manager, CSM lists two items Director does not have, yet it is a step down.
    const seniorManagerReq = compareLevels(ladder, 'director', 'senior-manager').groups.find(
      (g) => g.group === 'requirements',
    )?.added;
    expect(seniorManagerReq).toHaveLength(2);
    const ratings = Object.fromEntries((seniorManagerReq ?? []).map((r) => [r.item.id, rating('demonstrated')]));
    expect(selectionProgress(ladder, { from: 'director', to: 'senior-manager' }, ratings)).toEqual({
      total: 0,
      demonstrated: 0,
      partly: 0,
      notYet: 0,
      unrated: 0,
    });
    expect(selectionProgress(ladder, { from: 'vp', to: 'associate' }, {}).total).toBe(0);
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

  // December 7: the description and tags are fields of one line; a break in a stored or restored one is a space.
  it('are read with the line breaks of a description or a tag as spaces', () => {
    const read = v.parse(ladderEvidenceSchema, evidence('ev-1', 'QBR\r\ndeck', undefined, ['big\u2028win', 'big win']));
    expect(read.title).toBe('QBR deck');
    expect(read.tags).toEqual(['big win']);
  });
});
