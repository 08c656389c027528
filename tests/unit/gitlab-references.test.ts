// Runs in the node environment (the default): the GFM parser reads its tree from a Node buffer, which jsdom's ArrayBuffer is not.
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { exportTaskList } from '../../src/lib/export-markdown';
import { escapeMarkdownLine } from '../../src/lib/markdown-escape';
import { planToMarkdown } from '../../src/lib/plan-markdown';
import { addAction, addGoal, addPerson, createPlan, updatePhase, updatePlanFields } from '../../src/lib/plan-model';
import type { ProgramView } from '../../src/lib/program-view';
import type { Plan } from '../../src/schemas/plan';
import type { TaskRecord } from '../../src/schemas/stored';

/*
 * Both Markdown exports are pasted into GitLab issues. Whatever the reader
 * typed must show there as typed: no mention that pings @all, no link to
 * issue #1, no label, milestone, epic or iteration picked up on the way.
 *
 * GitLab finds references in the text nodes of the rendered HTML. Its
 * MarkdownPreEscapeFilter and EscapedCharFilter keep a backslash-escaped
 * reference character ($ % # & @ ! ~ ^) in a node of its own, which splits
 * the text and so the reference; every other backslash escape (`\[`, `\*`,
 * `\>` ...) is merged back into the surrounding text before references are
 * looked for. `gitlabTextRuns` does the same to the Markdown source, and the
 * patterns below are GitLab's documented reference forms
 * (docs.gitlab.com/user/markdown/#gitlab-specific-references).
 */
const REFERENCE_CHARS = '$%#&@!~^';

function gitlabTextRuns(markdown: string): string[] {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, (_escape, char: string) => (REFERENCE_CHARS.includes(char) ? '\u0000' : char))
    .split('\u0000');
}

/** [what the reader typed, the pattern GitLab would turn into a reference or markup] */
const GITLAB_REFERENCES: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['user', '@alice', /@\w/],
  ['group', '@csm-team', /@\w/],
  ['entire team', '@all', /@all/],
  ['issue', '#123', /#\d/],
  ['issue, cross-project', 'gitlab-org/gitlab#123', /#\d/],
  ['issue, alternative prefix', 'GL-123', /GL-\d/i],
  ['issue, extensible form', '[issue:123]', /\[issue:/],
  ['work item', '[work_item:123]', /\[work_item:/],
  ['merge request', '!123', /!\d/],
  ['snippet', '$123', /\$\d/],
  ['epic', '&123', /&\d/],
  ['epic, extensible form', '[epic:123]', /\[epic:/],
  ['iteration', '*iteration:"Sprint 1"', /\*iteration:/i],
  ['iteration cadence', '[cadence:"plan a"]', /\[cadence:/],
  ['vulnerability', '[vulnerability:123]', /\[vulnerability:/],
  ['feature flag', '[feature_flag:123]', /\[feature_flag:/],
  ['label', '~bug', /~\w/],
  ['label, quoted', '~"feature request"', /~"/],
  ['label, scoped', '~"priority::high"', /~"/],
  ['milestone', '%123', /%\w/],
  ['milestone, by name', '%v1.23', /%\w/],
  ['milestone, quoted', '%"release candidate"', /%"/],
  ['alert', '^alert#123', /\^alert/],
  ['commit in another project', 'group/project@9ba12248', /@\w/],
  ['contact', '[contact:test@example.com]', /\[contact:/],
  ['wiki page', '[[Home]]', /\[\[/],
  ['wiki page, extensible form', '[wiki_page:Home]', /\[wiki_page:/],
  ['project', 'gitlab-org/gitlab>', /[\w.-]\/[\w.-]+>/],
  ['inline diff, deletion', '[- removed -]', /\[-/],
  ['inline diff, addition', '{+ added +}', /\{\+/],
];

const record = (note: string): TaskRecord => ({ v: 2, state: 'open', note, updatedAt: 1 });

function checklistWith(sample: string): ProgramView {
  return {
    id: 'onboarding',
    title: `Onboarding ${sample}`,
    shortTitle: 'Onboarding',
    href: '/handbook/onboarding/',
    sections: [
      {
        id: 's1',
        title: sample,
        anchor: 's1',
        role: 'new-csm',
        tasks: [
          {
            id: 't1',
            text: [{ kind: 'text', text: `${sample} then ${sample}` }],
            plain: sample,
            details: [{ text: [{ kind: 'text', text: sample }] }],
          },
        ],
      },
    ],
  };
}

function planWith(sample: string): Plan {
  const midLine = `see ${sample} today`;
  let plan = createPlan('plan-1', 1, sample);
  plan = updatePlanFields(
    plan,
    { role: midLine, reviewers: sample, context: `${sample}\n${midLine}`, startDate: '2027-01-04' },
    2,
  );
  plan = updatePhase(plan, 0, { theme: sample, review: { happened: sample, why: midLine, next: sample } }, 3);
  plan = addGoal(plan, 0, { id: 'g1', text: sample, category: 'learning', measure: midLine, actions: [] }, 4);
  plan = addAction(plan, 0, 'g1', { id: 'a1', text: sample, owner: 'self', status: 'todo' }, 5);
  plan = addAction(plan, 0, 'g1', { id: 'a2', text: midLine, owner: 'self', status: 'done' }, 6);
  return addPerson(plan, 0, { id: 'p1', name: sample, why: midLine, met: false }, 7);
}

function exportsOf(sample: string): { checklist: string; plan: string } {
  return {
    checklist: exportTaskList(
      checklistWith(sample),
      { t1: record(`${sample}\nsee ${sample} today`) },
      {
        origin: 'https://csm.example',
      },
    ),
    plan: planToMarkdown(planWith(sample)),
  };
}

describe('GitLab references in Markdown exports', () => {
  it.each(GITLAB_REFERENCES)('never leaves a %s reference (%s)', (_name, sample, pattern) => {
    const { checklist, plan } = exportsOf(sample);
    // Make sure the sample really is what GitLab would pick up, or the test proves nothing.
    expect(gitlabTextRuns(sample).some((run) => pattern.test(run))).toBe(true);
    expect(gitlabTextRuns(checklist).filter((run) => pattern.test(run))).toEqual([]);
    expect(gitlabTextRuns(plan).filter((run) => pattern.test(run))).toEqual([]);
  });
});

type Node = {
  type: string;
  value?: string;
  url?: string;
  checked?: boolean | null;
  depth?: number;
  children?: Node[];
};

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The shape a GFM parser sees: block nodes, task states, heading depths; text left out. */
function outline(markdown: string): string[] {
  const shape: string[] = [];
  walk(markdownToMdast(markdown, { position: false }) as Node, (node) => {
    if (['text', 'break', 'emphasis', 'strong', 'paragraph'].includes(node.type)) return;
    // A bare address the reader typed may become a link: the one thing no escape prevents.
    if (node.type === 'link' && node.url?.replace(/^mailto:/, '') === node.children?.[0]?.value) return;
    shape.push(node.type === 'listItem' ? `listItem:${node.checked}` : `${node.type}${node.depth ?? ''}`);
  });
  return shape;
}

/** The text a GFM parser sees, a line per block or line break, without the invisible word joiners the escaping may add. */
function textOf(markdown: string): string {
  const plain = (node: Node): string => {
    if (node.type === 'text') return node.value ?? '';
    if (node.type === 'break') return '\n';
    const inner = (node.children ?? []).map(plain).join('');
    return ['paragraph', 'heading', 'tableCell'].includes(node.type) ? `${inner}\n` : inner;
  };
  return plain(markdownToMdast(markdown, { position: false }) as Node).replaceAll('\u2060', '');
}

describe('escaped exports keep their structure', () => {
  const every = GITLAB_REFERENCES.map(([, sample]) => sample).join(' ');
  const hostile = exportsOf(every);
  const plain = exportsOf('plain words');

  it('parses into the same headings, lists, task states and tables as plain text', () => {
    expect(outline(hostile.checklist)).toEqual(outline(plain.checklist));
    expect(outline(hostile.plan)).toEqual(outline(plain.plan));
  });

  it('shows every reference as typed', () => {
    expect(textOf(hostile.checklist)).toContain(`Note: ${every}`);
    expect(textOf(hostile.checklist)).toContain(`see ${every} today`);
    expect(textOf(hostile.plan)).toContain(`see ${every} today`);
    for (const [, sample] of GITLAB_REFERENCES) expect(textOf(hostile.plan)).toContain(sample);
  });
});

describe('escapeMarkdownLine and GitLab', () => {
  it('puts a backslash before every reference character, at the start of a line and inside it', () => {
    expect(escapeMarkdownLine('#12 see #12, @all, %"v1", ^alert#3, &4, $5, !6, ~bug')).toBe(
      '\\#12 see \\#12, \\@all, \\%"v1", \\^alert\\#3, \\&4, \\$5, \\!6, \\~bug',
    );
  });

  it('breaks the forms a backslash cannot hold with an invisible word joiner', () => {
    expect(escapeMarkdownLine('[vulnerability:1] *iteration:"S" GL-7 a/b> [[Home]] {+ x +}')).toBe(
      '\\[\u2060vulnerability:1\\] \\*\u2060iteration:"S" GL\u2060-7 a/b\u2060\\> \\[\u2060\\[Home\\]\\] \\{\u2060+ x +\\}',
    );
    expect(escapeMarkdownLine('</script> a->b [x] 1/2 > 0')).toBe('\\</script\\> a-\\>b \\[x\\] 1/2 \\> 0');
  });
});
