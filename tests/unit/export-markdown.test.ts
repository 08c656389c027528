import { describe, expect, it } from 'vitest';
import { exportTaskList } from '../../src/lib/export-markdown';
import { escapeMarkdownLine, escapeMarkdownLines, markdownUrl } from '../../src/lib/markdown-escape';
import type { ProgramView } from '../../src/lib/program-view';
import type { TaskRecord } from '../../src/schemas/stored';

const text = (value: string) => [{ kind: 'text' as const, text: value }];

const program: ProgramView = {
  id: 'onboarding',
  title: 'CSM Onboarding',
  shortTitle: 'Onboarding',
  href: '/handbook/customer-success/csm/csm-onboarding/',
  roles: ['new-csm', 'manager'],
  sections: [
    {
      id: 'module-1',
      title: 'Module 1: Basics',
      anchor: 'module-1',
      role: 'new-csm',
      tasks: [
        {
          id: 't1',
          text: [
            { kind: 'text', text: 'Read the ' },
            { kind: 'link', text: 'values', href: 'https://handbook.gitlab.com/handbook/values/', external: true },
          ],
          plain: 'Read the values',
        },
        {
          id: 't2',
          text: text('Shadow calls'),
          plain: 'Shadow calls',
          details: [{ text: text('Ask questions after') }],
          subtasks: [{ id: 't2a', text: text('First call'), plain: 'First call' }],
        },
      ],
    },
    {
      id: 'manager-1',
      title: 'Manager: month 1',
      anchor: 'manager',
      role: 'manager',
      tasks: [
        { id: 'm1', text: text('Welcome the new hire'), plain: 'Welcome the new hire' },
        {
          id: 'm2',
          text: [{ kind: 'link', text: 'Onboarding', href: '/handbook/x/', external: false }],
          plain: 'Onboarding',
        },
      ],
    },
  ],
};

const record = (state: TaskRecord['state'], note = ''): TaskRecord => ({ v: 2, state, note, updatedAt: 1 });

describe('exportTaskList', () => {
  it('writes a GitLab task list with headings, states, details and notes', () => {
    const records = {
      t1: record('done'),
      t2a: record('na'),
      m1: record('open', 'Booked for Monday\nsecond line'),
    };
    expect(exportTaskList(program, records, { origin: 'https://csm.example', startDate: '2027-01-04' })).toBe(
      [
        '# CSM Onboarding',
        '',
        'Progress: 1 of 4 done, 1 not applicable.',
        '',
        'Start date: 4 Jan 2027',
        '',
        '## Module 1: Basics',
        '',
        '- [x] Read the [values](https://handbook.gitlab.com/handbook/values/)',
        '- [ ] Shadow calls',
        '  - Ask questions after',
        '  - [~] First call',
        '',
        '## Manager: month 1',
        '',
        '- [ ] Welcome the new hire\\',
        '  Note: Booked for Monday\\',
        '  second line',
        '- [ ] [Onboarding](https://csm.example/handbook/x/)',
        '',
      ].join('\n'),
    );
  });

  it('leaves the site’s role labels out of the task words: the heading, or the task’s own words, name the role', () => {
    const mixed: ProgramView = {
      ...program,
      sections: [
        {
          id: 'pre',
          title: 'Pre-internship tasks',
          anchor: 'pre',
          role: 'intern',
          tasks: [
            { id: 'p1', text: text('The intern must find a mentor'), plain: 'The intern must find a mentor' },
            {
              id: 'p2',
              text: text('The mentor must get approval'),
              plain: 'The mentor must get approval',
              role: 'mentor',
            },
          ],
        },
      ],
    };
    const everyone = exportTaskList(program, {}, { origin: 'https://csm.example' });
    expect(everyone).toMatch(/^## Manager: month 1$/m);
    expect(everyone).toContain('\n- [ ] Welcome the new hire\n');
    expect(everyone).not.toMatch(/^- \[.\] Manager: /m);
    expect(exportTaskList(mixed, {}, { origin: 'https://csm.example' })).toContain(
      '- [ ] The intern must find a mentor\n- [ ] The mentor must get approval\n',
    );
  });

  it('follows the reader’s role lens, naming it, unless asked for everyone’s tasks', () => {
    const records = { t1: record('done'), m1: record('done') };
    const mine = exportTaskList(program, records, { origin: 'https://csm.example', role: 'new-csm' });
    expect(mine).toContain('New CSM: 1 of 3 done.');
    expect(mine).toContain("Only the New CSM's tasks; the other roles' tasks are left out.");
    expect(mine).not.toContain('## Manager: month 1');
    const manager = exportTaskList(program, records, { origin: 'https://csm.example', role: 'manager' });
    expect(manager).toContain('Manager: 1 of 2 done.');
    expect(manager).not.toContain('## Module 1');
    const everyone = exportTaskList(program, records, { origin: 'https://csm.example' });
    expect(everyone).toContain('Progress: 2 of 5 done.');
    // A role the program does not offer exports everything.
    expect(exportTaskList(program, records, { origin: 'https://csm.example', role: 'intern' })).toBe(everyone);
  });

  it('writes a `- [ ]` task list where the handbook numbers the list too, nesting by indentation', () => {
    const numbered: ProgramView = {
      ...program,
      sections: [
        {
          id: 'week-1',
          title: 'Week 1',
          anchor: 'week-1',
          numbering: 'all',
          tasks: [
            { id: 'w1', text: text('Kick-off call'), plain: 'Kick-off call' },
            {
              id: 'w2',
              text: text('Read pages'),
              plain: 'Read pages',
              subtasks: [
                {
                  id: 'w2a',
                  text: text('Be prepared to discuss:'),
                  plain: 'Be prepared to discuss:',
                  details: [{ text: text('Why?') }, { text: text('How?') }],
                },
              ],
            },
          ],
        },
        {
          id: 'module-2',
          title: 'Module 2',
          anchor: 'module-2',
          numbering: 'tasks',
          tasks: Array.from({ length: 10 }, (_, i) => ({
            id: `m${i}`,
            text: text(`Task ${i + 1}`),
            plain: `Task ${i + 1}`,
            ...(i === 9 ? { details: [{ text: text('How to find a mentor:'), details: [text('Ask around.')] }] } : {}),
          })),
        },
      ],
    };
    const lines = exportTaskList(numbered, { w2a: record('done') }, { origin: 'https://csm.example' }).split('\n');
    expect(lines.slice(lines.indexOf('## Week 1') + 2, lines.indexOf('## Week 1') + 8)).toEqual([
      '- [ ] Kick-off call',
      '- [ ] Read pages',
      '  - [x] Be prepared to discuss:',
      '    - Why?',
      '    - How?',
      '',
    ]);
    expect(lines.slice(-5)).toEqual([
      '- [ ] Task 9',
      '- [ ] Task 10',
      '  - How to find a mentor:',
      '    - Ask around.',
      '',
    ]);
  });

  it('keeps hostile notes as inert text', () => {
    const records = {
      t1: record(
        'done',
        '<img src=x onerror=alert(1)> <script>alert(1)</script>\n- [x] fake task\n# heading\n1. list\n[link](javascript:alert(1)) | cell | $x$ @all ~~s~~',
      ),
    };
    const out = exportTaskList(program, records, { origin: 'https://csm.example' });
    const noteLines = out.split('\n').filter((line) => line.startsWith('  ') && !line.startsWith('  -'));
    expect(noteLines).toEqual([
      '  Note: \\<img src=x onerror=alert(1)\\> \\<script\\>alert(1)\\</script\\>\\',
      '  \\- \\[x\\] fake task\\',
      '  \\# heading\\',
      '  1\\. list\\',
      '  \\[link\\](javascript:alert(1)) \\| cell \\| \\$x\\$ \\@all \\~\\~s\\~\\~',
    ]);
    expect(out).not.toMatch(/(?<!\\)<(img|script)/);
  });

  it('writes a task not known here without a box, saying why, and counts it apart', () => {
    const records = {
      t1: { state: 'newer' as const, note: '' },
      t2a: { state: 'aside' as const, note: '' },
      m1: record('done'),
    };
    const lines = exportTaskList(program, records, { origin: 'https://csm.example' }).split('\n');
    expect(lines[2]).toBe('Progress: 1 of 3 done, 2 could not be read (kept as saved; the checklist says why).');
    expect(lines).toContain(
      '- Read the [values](https://handbook.gitlab.com/handbook/values/) _(not known here: saved by a newer version of this site)_',
    );
    expect(lines).toContain('  - First call _(not known here: what was saved for it could not be read)_');
    // Neither ticked nor open: GitLab would count a box as a task to do.
    expect(lines.filter((line) => /not known here:/.test(line) && /\[.\]/.test(line))).toEqual([]);
  });

  it('leaves the progress line without "not applicable" when there is none', () => {
    expect(exportTaskList(program, {}, { origin: 'https://csm.example' }).split('\n')[2]).toBe(
      'Progress: 0 of 5 done.',
    );
  });
});

describe('markdown escaping', () => {
  it('escapes markup anywhere and list or heading markers at the start', () => {
    expect(escapeMarkdownLine('**bold** _em_ `code` [a](b) <b>')).toBe(
      '\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\[a\\](b) \\<b\\>',
    );
    expect(escapeMarkdownLine('+ item')).toBe('\\+ item');
    expect(escapeMarkdownLine('12) item')).toBe('12\\) item');
    expect(escapeMarkdownLine('plain text - with dash. 1. ok')).toBe('plain text - with dash. 1. ok');
  });

  // CommonMark ends a line at \r\n, \r or \n, and a renderer may take the Unicode separators for one too.
  const BREAKS = ['\r\n', '\r', '\n', '\u2028', '\u2029', '\u0085'];

  it('a single line never breaks: every line break in the text becomes a space', () => {
    for (const lineBreak of BREAKS) {
      const line = escapeMarkdownLine(`CSM Manager${lineBreak}1. injected list${lineBreak}===${lineBreak}# Heading`);
      expect(line.split(/\r\n|[\r\n\u2028\u2029\u0085]/), JSON.stringify(lineBreak)).toHaveLength(1);
      expect(line).toBe('CSM Manager 1. injected list === \\# Heading');
    }
  });

  it('text of several lines splits at every kind of line break, each line escaped', () => {
    for (const lineBreak of BREAKS) {
      expect(escapeMarkdownLines(`Ann${lineBreak}# Heading${lineBreak}1. list${lineBreak}===`)).toEqual([
        'Ann',
        '\\# Heading',
        '1\\. list',
        '\\===',
      ]);
    }
  });

  it('allows only web and mail links', () => {
    expect(markdownUrl('https://a.example/x (y)')).toBe('https://a.example/x%20%28y%29');
    expect(markdownUrl('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(markdownUrl('javascript:alert(1)')).toBeUndefined();
  });
});
