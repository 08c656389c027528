import { describe, expect, it } from 'vitest';
import type { PagefindAnchor, PagefindResultData } from '../../src/lib/pagefind-types';
import { buildExcerpt, type ExcerptPart } from '../../src/lib/search-excerpt';
import {
  answersAt,
  askedFor,
  closeness,
  type FoundPage,
  highlight,
  queryTerms,
  rankResults,
  searchedText,
} from '../../src/lib/search-rank';

/** The plain text of an excerpt's parts. */
const partsText = (parts: readonly ExcerptPart[]): string => parts.map((part) => part.text).join('');

/**
 * A page as Pagefind returns it: its text, its anchors (headings with their
 * text, tasks as list items), and the weighted locations of every word that
 * matches one of `words` (7 in the h1, 6 in an h2, 1 elsewhere), the way
 * Pagefind reports them: stems and prefixes included.
 */
function page(
  url: string,
  blocks: { h1?: string; h2?: string; h3?: string; id?: string; task?: string; group?: string; text?: string }[],
  words: string[],
): FoundPage {
  const content: string[] = [];
  const anchors: PagefindAnchor[] = [];
  const weights: number[] = [];
  let title: string | undefined;
  for (const block of blocks) {
    // A checklist's group of tasks: an anchor with no words of its own.
    if (block.group) {
      anchors.push({ element: 'div', id: `checklist-${block.group}`, text: '', location: content.length });
      continue;
    }
    const text = block.h1 ?? block.h2 ?? block.h3 ?? block.text ?? '';
    const at = content.length;
    if (block.h1) {
      title = block.h1;
      anchors.push({ element: 'h1', id: '_top', text: block.h1, location: at });
    }
    if (block.h2) anchors.push({ element: 'h2', id: block.id ?? '', text: block.h2, location: at });
    if (block.h3) anchors.push({ element: 'h3', id: block.id ?? '', text: block.h3, location: at });
    if (block.task) anchors.push({ element: 'li', id: `task-${block.task}`, text: '', location: at });
    const blockWords = (/[.:]$/.test(text) ? text : `${text}.`).split(' ');
    content.push(...blockWords);
    weights.push(...blockWords.map(() => (block.h1 ? 7 : block.h2 ? 6 : block.h3 ? 5 : 1)));
  }
  const keys = words.map((word) => word.toLowerCase());
  const weighted_locations = content.flatMap((word, location) => {
    const key = word.toLowerCase().replace(/[^a-z0-9]/g, '');
    return keys.some((k) => key.startsWith(k.replace(/[^a-z0-9]/g, '')) || k.startsWith(key.slice(0, 4)))
      ? [{ weight: weights[location] ?? 1, balanced_score: 0, location }]
      : [];
  });
  const data: PagefindResultData = { url, content: content.join(' '), meta: { title }, anchors, weighted_locations };
  return { score: 1, data };
}

const text = (parts: readonly ExcerptPart[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

const manager = (words: string[]) =>
  page(
    '/manager/',
    [
      { h1: 'CSM Manager Handbook' },
      { text: 'Field guide for managers on success and reviews.' },
      { h2: 'Review Checklist', id: 'review-checklist' },
      { text: 'Success Plans: customers have a Success Plan and the CSM uses it.' },
      { h2: 'Success Plan Review', id: 'success-plan-review' },
      { text: 'On a regular basis the manager should review the success plans of the team.' },
      { h2: 'Renewal Review', id: 'renewal-review' },
      { text: 'Twice a month the manager reviews upcoming renewals.' },
    ],
    words,
  );

const internship = (words: string[]) =>
  page(
    '/internship/',
    [
      { h1: 'CSM Internship Program' },
      { text: 'Internships with the CSM team, weekly.' },
      { h2: 'Week 1', id: 'week-1' },
      { task: 'w1-git', text: 'Learn Git Branching' },
      { task: 'w1-gitlab', text: 'GitLab 101 course' },
      { h2: 'Week 3', id: 'week-3' },
      { task: 'w3-shadow', text: 'Shadow your mentor on customer calls' },
      { h2: 'Week 11', id: 'week-11' },
      { task: 'w11-shadow', text: 'Shadow other CSMs on customer calls' },
    ],
    words,
  );

describe('query words', () => {
  it('keeps the words once, without the punctuation around them', () => {
    expect(queryTerms('  “Success” plan, PLAN? ').map((t) => t.key)).toEqual(['success', 'plan']);
    expect(queryTerms("President's Club")[0]).toMatchObject({ text: "president's", key: 'presidents', strict: false });
  });

  it('takes numbers joined by punctuation as written', () => {
    expect(queryTerms('1:1 cadence')[0]).toMatchObject({ text: '1:1', key: '11', strict: true });
    expect(queryTerms('30-60-90')[0]?.strict).toBe(true);
    expect(queryTerms('kick-off')[0]?.strict).toBe(false);
  });
});

describe('closeness of a page word to a query word', () => {
  const [plan] = queryTerms('plan');
  const [oneToOne] = queryTerms('1:1');
  const [gainsite] = queryTerms('gainsite');
  const [shadowing] = queryTerms('shadowing');
  const [one] = queryTerms('1');
  if (!plan || !oneToOne || !gainsite || !shadowing || !one) throw new Error('terms');

  it('is 1 for the same word, whatever its case and punctuation', () => {
    expect(closeness('Plan,', plan)).toBe(1);
    expect(closeness('(1:1)', oneToOne)).toBe(1);
  });

  it('is high for another form of the word, lower for a longer word it starts', () => {
    expect(closeness('plans', plan)).toBeCloseTo(0.8);
    expect(closeness('shadow', shadowing)).toBeGreaterThan(0.6);
    expect(closeness('planning', plan)).toBe(0.5);
  });

  it('takes the word a derived one is made from as another form of it', () => {
    const [mentorship] = queryTerms('mentorship');
    if (!mentorship) throw new Error('terms');
    expect(closeness('mentor', mentorship)).toBeCloseTo(0.6);
    expect(closeness('mentee', mentorship)).toBe(0);
    expect(text(highlight('Find a mentor for the mentorship program', [mentorship]))).toBe(
      'Find a [mentor] for the [mentorship] program',
    );
  });

  it('is 0 for what Pagefind finds when a word is not in the index, and for a different number', () => {
    expect(closeness('gained', gainsite)).toBe(0);
    expect(closeness('11.', oneToOne)).toBe(0);
    expect(closeness('1:1s', oneToOne)).toBeGreaterThan(0);
    expect(closeness('10', one)).toBe(0);
    expect(closeness('1st', one)).toBeGreaterThan(0);
  });
});

describe('ranking', () => {
  it('puts the section that is about the query first, and leaves out sections with too little of it', () => {
    const { pages } = rankResults('success plan review', [manager(['success', 'plan', 'review'])]);
    // Renewal Review has one of the three words: too little beside the others to be listed.
    expect(pages[0]?.entries.map((e) => e.url)).toEqual([
      '/manager/#success-plan-review',
      '/manager/#review-checklist',
    ]);
    expect(text(pages[0]?.entries[0]?.title ?? [])).toBe('[Success] [Plan] [Review]');
  });

  it('links to the task that answers, with its section', () => {
    const { pages } = rankResults('learn git branching', [internship(['learn', 'git', 'branching'])]);
    const first = pages[0]?.entries[0];
    expect(first).toMatchObject({ kind: 'task', url: '/internship/#task-w1-git', section: 'week-1' });
    expect(text(first?.excerpt ?? [])).toBe('[Learn] [Git] [Branching].');
  });

  it('finds "week 3" under its own heading, not every week', () => {
    const { pages } = rankResults('week 3', [internship(['week', '3'])]);
    expect(pages[0]?.entries[0]?.url).toBe('/internship/#week-3');
  });

  it('never lists the same excerpt twice on a page, nor the page text as a section', () => {
    const { pages } = rankResults('shadow customer calls', [internship(['shadow', 'customer', 'calls'])]);
    const excerpts = pages.flatMap((p) => p.entries.map((e) => partsText(e.excerpt)));
    expect(new Set(excerpts).size).toBe(excerpts.length);
  });

  it('gives a section that is a heading only the excerpt of the sections under it', () => {
    const weeks = page(
      '/internship/',
      [
        { h1: 'CSM Internship Program' },
        { h2: 'Week 1', id: 'week-1' },
        { h3: 'Kick-off call', id: 'kick-off-call' },
        { task: 'w1-first-call', text: 'The intern and mentor will have their first call' },
        { h2: 'Week 2', id: 'week-2' },
        { text: 'Shadow your mentor.' },
      ],
      ['week', '1'],
    );
    const heading = rankResults('week 1', [weeks]).pages[0]?.entries.find((entry) => entry.url.endsWith('#week-1'));
    expect(text(heading?.excerpt ?? [])).toBe('Kick-off call. The intern and mentor will have their first call.');
  });

  it('says where a task sits when a short label stands over its list ("Month 1"), and not when a heading does', () => {
    const onboarding = page(
      '/onboarding/',
      [
        { h1: 'CSM Onboarding' },
        { h2: 'Expectations for Manager support', id: 'manager' },
        { text: 'Your manager will support you on the following:' },
        { text: 'Month 1' },
        { group: 'manager-month-1' },
        { task: 'm1-coffee', text: 'Suggest coffee chats' },
        { text: 'Month 2' },
        { group: 'manager-month-2' },
        { task: 'm2-review', text: 'Review coffee notes' },
        { text: 'Then:' },
        { group: 'manager-then' },
        { task: 'then-tea', text: 'Have tea' },
        { h2: 'Module 1', id: 'module-1' },
        { group: 'module-1' },
        { task: 'module-coffee', text: 'Have coffee with the team' },
      ],
      ['coffee', 'tea'],
    );
    const entries = rankResults('coffee', [onboarding]).pages[0]?.entries ?? [];
    const at = (id: string) => entries.find((entry) => entry.url.endsWith(`#task-${id}`));
    const tea = rankResults('tea', [onboarding]).pages[0]?.entries[0];
    expect(at('m1-coffee')).toMatchObject({ context: 'Expectations for Manager support' });
    expect(partsText(at('m1-coffee')?.title ?? [])).toBe('Month 1');
    expect(partsText(at('m2-review')?.title ?? [])).toBe('Month 2');
    // A list after a sentence that introduces it has no label, and does not take the one before.
    expect(tea?.url).toBe('/onboarding/#task-then-tea');
    expect(partsText(tea?.title ?? [])).toBe('Expectations for Manager support');
    // The last task of Month 1 does not take "Month 2" as its words.
    expect(partsText(at('m1-coffee')?.excerpt ?? [])).toBe('Suggest coffee chats.');
    // A list right under its heading: the heading is its place, said once.
    expect(at('module-coffee')).toMatchObject({ context: undefined });
    expect(partsText(at('module-coffee')?.title ?? [])).toBe('Module 1');
  });

  it('orders pages by their best section', () => {
    const { pages } = rankResults('week 3', [manager(['week', 'review']), internship(['week', '3'])]);
    expect(pages.map((p) => p.url)).toEqual(['/internship/']);
  });

  it('takes a heading that names part of the query as text: the section with the words together leads', () => {
    const reviews = page(
      '/manager/',
      [
        { h1: 'CSM Manager Handbook' },
        { h2: 'Responsibilities', id: 'responsibilities' },
        { text: 'Coaching and Call Reviews: a CSM manager is to review calls with each CSM of the team, weekly.' },
        { h2: 'Triage and Health Review', id: 'triage-and-health-review' },
        { text: 'Monthly, review accounts for the one-on-ones and the triage call.' },
      ],
      ['call', 'review'],
    );
    // "Review" alone names another review than the one asked for.
    expect(rankResults('call review', [reviews]).pages[0]?.entries[0]?.url).toBe('/manager/#responsibilities');
    // A heading that names the whole query still leads, its common words ("and") aside.
    expect(rankResults('triage health review', [reviews]).pages[0]?.entries[0]?.url).toBe(
      '/manager/#triage-and-health-review',
    );
  });

  it('lists the task that asks for a thing before a later list that names it again', () => {
    const onboarding = page(
      '/onboarding/',
      [
        { h1: 'CSM Onboarding' },
        { h2: 'Module 6: EBR and Customer Conversations', id: 'module-6' },
        { task: 'm6-ebrs', text: 'Understand the role of the CSM in Executive Business Reviews with your customer' },
        {
          task: 'm6-security-cert',
          text: 'Complete the following certification: GitLab Certified Security Specialist',
        },
        { h2: 'Graduation from CSM Onboarding', id: 'graduation' },
        { task: 'grad-sqs', text: 'Attended the SQS workshop and completed all relevant activities' },
        { task: 'grad-certificates', text: 'Attained the following certificates:' },
        { task: 'grad-cert-git', text: 'GitLab Certified Git Associate' },
        { task: 'grad-cert-security', text: 'GitLab Certified Security Specialist' },
      ],
      ['security', 'specialist'],
    );
    const { pages } = rankResults('security specialist', [onboarding]);
    // The graduation list's item, shorter, would score higher; it comes second, after the task it names again.
    expect(pages[0]?.entries.map((e) => e.url)).toEqual([
      '/onboarding/#task-m6-security-cert',
      '/onboarding/#task-grad-cert-security',
    ]);
  });

  it('counts the shorter forms of a query word that Pagefind does not report: "mentor" for "mentorship"', () => {
    const leaders = page(
      '/aspiring-leaders/',
      [
        { h1: 'CSM Aspiring Leaders Program' },
        { h2: 'Ongoing Activities', id: 'ongoing' },
        { task: 'skill-gaps', text: 'Identify any gaps in your skills, through coaching, mentorship, and training.' },
        { task: 'record', text: 'Create and keep up-to-date a record of your achievements that you can reference.' },
        { h2: 'Module 2: Learn', id: 'module-2' },
        {
          task: 'find-mentor',
          text: 'Find a mentor for yourself who is in a manager or higher role and can help you grow your leadership skills.',
        },
        {
          text: 'How to find a mentor: seek recommendations from your own manager or fellow CSMs; connect directly with existing managers via Slack or coffee chats to express your interest; attend meetings outside of your existing sales segment for exposure to other CSM managers in action; be proactive and persistent; consider participating in the GitLab mentorship program if currently open.',
        },
        {
          text: 'What to discuss in mentorship calls: suggest a meeting cadence going forward; share an agenda ahead of time with your leadership goals and the questions you have for your mentor; ask for feedback on your existing work; ask your mentor about their leadership style; leave each meeting with agreed-upon action items.',
        },
      ],
      ['mentorship'],
    );
    // Pagefind reports the words that start with the query word's stem, and "mentorship" is its own stem.
    const words = leaders.data.content.split(' ');
    leaders.data.weighted_locations = leaders.data.weighted_locations.filter(({ location }) =>
      (words[location] ?? '').toLowerCase().startsWith('mentorship'),
    );
    const { pages } = rankResults('mentorship', [leaders]);
    expect(pages[0]?.entries[0]?.url).toBe('/aspiring-leaders/#task-find-mentor');
  });

  it('says whether a result has every word, in its own words or a heading above it: not when they are far apart', () => {
    // "learn" and "shadow" are both on the internship page, in two different weeks' tasks: no result has both.
    expect(rankResults('learn shadow', [internship(['learn', 'shadow'])]).whole).toBe(false);
    // "week" is in the heading above the task that says "shadow": that task has both.
    expect(rankResults('week shadow', [internship(['week', 'shadow'])]).whole).toBe(true);
    // The common words aside: "to" need not be in the result.
    expect(rankResults('shadow to calls', [internship(['shadow', 'calls'])]).whole).toBe(true);
    // Nor the words a question is asked with, typed outside one: "my" says nothing of what is asked about.
    expect(rankResults('my customer calls', [internship(['my', 'customer', 'calls'])]).whole).toBe(true);
  });

  it('drops what is not a match, and reports query words found nowhere', () => {
    const { pages, unmatched } = rankResults('onbaording', [internship(['on'])]);
    expect(pages).toEqual([]);
    expect(unmatched.map((t) => t.text)).toEqual(['onbaording']);
  });
});

describe('excerpts', () => {
  const words = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');

  it('shows the words around the matches, with an ellipsis where text was cut', () => {
    const parts = buildExcerpt(words, { start: 0, end: 12 }, new Map([[8, 1]]), 5);
    expect(text(parts)).toBe('…six seven eight [nine] ten…');
  });

  it('stays inside its range and marks only the word, not its punctuation', () => {
    const parts = buildExcerpt(['Plans:', 'yes.', 'Next'], { start: 0, end: 2 }, new Map([[0, 1]]), 24);
    expect(text(parts)).toBe('[Plans]: yes.');
  });

  it('does not mark common words as matches', () => {
    expect(text(highlight('Time to Value', queryTerms('time to value')))).toBe('[Time] to [Value]');
  });
});

describe('marks', () => {
  it('marks only the matching piece of words joined by slashes', () => {
    expect(text(highlight('Gainsight/Customer Review', queryTerms('gainsight')))).toBe('[Gainsight]/Customer Review');
    expect(text(highlight('GitLab CI/CD Associate', queryTerms('ci/cd')))).toBe('GitLab [CI/CD] Associate');
  });

  it('keeps the ellipsis apart from a full stop', () => {
    const parts = buildExcerpt(['One', 'two.', 'Three', 'four.', 'Five'], { start: 0, end: 5 }, new Map([[1, 1]]), 4);
    expect(text(parts)).toBe('One [two]. Three four. …');
  });

  it('starts at the sentence of its first match, not at sentences before it that say something else', () => {
    const words = 'Complete the certificate. Complete the advanced one. Understand the stages of call shadowing.'.split(
      ' ',
    );
    const parts = buildExcerpt(
      words,
      { start: 0, end: words.length },
      new Map([
        [11, 1],
        [12, 1],
      ]),
      24,
    );
    expect(text(parts)).toBe('…Understand the stages of [call] [shadowing].');
  });
});

describe('questions', () => {
  const qbr = 'how do I prepare for a QBR';
  /** The manager page's QBR section, and an aspiring leaders task that says "Do", "how", "prepared" and "QBR" in passing. */
  const pages = (words: string[]) => [
    page(
      '/aspiring-leaders/',
      [
        { h1: 'CSM Aspiring Leaders Program' },
        { h2: 'Module 3: Practice', id: 'module-3-practice' },
        { task: 'asp-m3-find-mentee', text: 'Find a mentee. Do this in team meetings, how you prepare is up to you.' },
        { task: 'asp-m2-find-mentor', text: 'Attend a QBR. Be prepared and succinct; how you ask is yours.' },
      ],
      words,
    ),
    page(
      '/manager/',
      [
        { h1: 'CSM Manager Handbook' },
        { h2: 'Quarterly Business Review (QBR)', id: 'quarterly-business-review-qbr' },
        { text: 'The CSM Manager is responsible for delivering a Quarterly Business Review for their team.' },
      ],
      words,
    ),
  ];

  it('asks Pagefind for what a question is about, not the words it is asked with', () => {
    expect(searchedText(qbr)).toBe('QBR');
    expect(searchedText('how many calls should I shadow')).toBe('calls shadow');
    expect(searchedText('what does a buddy do')).toBe('buddy');
    // "there" (the review of December 7): "is there a mentor" was searched as "there mentor", led by "there".
    expect(searchedText('is there a mentor')).toBe('mentor');
    expect(queryTerms(qbr).map((term) => term.text)).toEqual(['qbr']);
  });

  it('searches a question of such words only as typed, and a query that is not a question as typed', () => {
    expect(searchedText('what can I do')).toBe('what can I do');
    expect(queryTerms('what can I do').map((term) => term.text)).toEqual(['what', 'can', 'i', 'do']);
    // "can" and "do" among other words, not asking: words of the query, as common words.
    expect(searchedText('prepare agenda')).toBe('prepare agenda');
    expect(queryTerms('tin can').map((term) => term.text)).toEqual(['tin', 'can']);
  });

  it("'do' in a question is not marked as a match", () => {
    expect(text(highlight('Do this in team meetings', queryTerms(qbr)))).toBe('Do this in team meetings');
    // A question of such words only is searched as typed, and its words are shown as matches, as any typed word.
    expect(text(highlight('Do this in team meetings', queryTerms('what can I do')))).toBe('[Do] this in team meetings');
    // Not a question: "my" and "US" are words like any other (the review of December 7: "US" was never marked).
    expect(text(highlight('Based in the US', queryTerms('US')))).toBe('Based in the [US]');
    expect(text(highlight('Attend a QBR.', queryTerms(qbr)))).toBe('Attend a [QBR].');
  });

  it("a question's filler words do not drop the page that answers it", () => {
    const { pages: ranked } = rankResults(qbr, pages(['how', 'do', 'prepare', 'qbr']));
    expect(ranked[0]?.entries[0]?.url).toBe('/manager/#quarterly-business-review-qbr');
    // The task that says "Do" and "prepare" but not "QBR" is not listed at all.
    expect(ranked.flatMap((p) => p.entries.map((entry) => entry.url))).not.toContain(
      '/aspiring-leaders/#task-asp-m3-find-mentee',
    );
  });
});

describe('a question that asks how many, how long or how often', () => {
  const onboarding = (words: string[]) =>
    page(
      '/onboarding/',
      [
        { h1: 'CSM Onboarding' },
        { h2: 'Module 1: CSM Basics', id: 'module-1' },
        { task: 'm1-certificate', text: 'Complete Pulse+ Customer Success Manager Certificate I' },
        { task: 'm1-call-shadowing', text: 'Understand the stages of shadowing on calls' },
        { h2: 'Graduation from CSM Onboarding', id: 'graduation' },
        { task: 'grad-sqs', text: 'Attended the SQS workshop and completed all relevant activities' },
        {
          task: 'grad-shadowed-calls',
          text: 'Shadowed at least 4 calls per week throughout your onboarding and discussed with your manager',
        },
      ],
      words,
    );

  it('tells what a question asks for from its first two words, and nothing for any other query', () => {
    expect(askedFor('how many calls should I shadow')).toBe('number');
    expect(askedFor('How much time')).toBe('number');
    expect(askedFor('how long is the internship')).toBe('duration');
    expect(askedFor('how often should an intern meet their mentor')).toBe('frequency');
    expect(askedFor('how do I prepare for a QBR')).toBeUndefined();
    expect(askedFor('many calls')).toBeUndefined();
    expect(askedFor('long term goals')).toBeUndefined();
  });

  it('finds the words that give a number, a length of time, or how often', () => {
    const words =
      'lasts 3 months, a 30-minute call, 8 hours per week, weekly, twice-monthly, every month, level 7'.split(' ');
    const at = (asked: Parameters<typeof answersAt>[2]) =>
      words.filter((_, i) => answersAt(words, i, asked)).map((word) => word.replace(/,$/, ''));
    expect(at('number')).toEqual(['3', '30-minute', '8', '7']);
    expect(at('duration')).toEqual(['3', '30-minute', '8']);
    expect(at('frequency')).toEqual(['per', 'weekly', 'twice-monthly', 'every']);
  });

  it('leads with the task that gives the number over a shorter one that only names the subject', () => {
    const first = (query: string) => rankResults(query, [onboarding(['calls', 'shadow'])]).pages[0]?.entries[0]?.url;
    expect(first('how many calls should I shadow')).toBe('/onboarding/#task-grad-shadowed-calls');
    // Typed as keywords, the same words ask for no number: the shorter task leads.
    expect(first('shadow calls')).toBe('/onboarding/#task-m1-call-shadowing');
  });
});

describe('the search for some of the words, when no result has every word', () => {
  // "which slack channels should i join" (a tester, December 7): the onboarding's SLACK Channels section says
  // "participate", not "join"; the manager's Month 1 task and the internship's name Slack channels in passing.
  const slack = ['slack', 'channels', 'join'];
  const found = [
    page(
      '/internship/',
      [
        { h1: 'CSM Internship Program' },
        { h2: 'Pre-internship tasks', id: 'pre-internship-tasks' },
        {
          task: 'pre-add-to-channels',
          text: 'The mentor will add the intern to the #timtams Slack channel, Global CSM biweekly team call, and the mentor’s team call',
        },
      ],
      slack,
    ),
    page(
      '/onboarding/',
      [
        { h1: 'CSM Onboarding' },
        { h2: 'Expectations for Manager support during onboarding', id: 'manager-support' },
        {
          task: 'mgr-m1-tool-access',
          text: 'Ensure new team member has access to role-specific tools and appropriate Slack channels',
        },
        { h2: 'Helpful resources for faster onboarding', id: 'helpful-resources' },
        { text: 'The buddy should join the first 5-10 customer meetings led by the new joiner.' },
        { h3: 'SLACK Channels', id: 'slack-channels' },
        {
          text: 'New team members often struggle to find the right set of slack channels to participate in, and to filter out noise that is not relevant to them, especially in the first weeks of their start in the CSM team. The following list should provide an initial set of channels that will be helpful to new hires.',
        },
        { text: 'CSM - General.' },
        { text: '#cs-questions. #customer-success. #sales-support. #field-fyi. #csm-updates. #tim-tams.' },
        { text: 'GitLab - General.' },
        { text: '#questions. #whats-happening-at-gitlab. #company-fyi. #it-help. #people-connect. #thanks.' },
        { text: 'CSM - Regional - EMEA / DACH Team.' },
        { text: '#team-csm-dach. #emea-customer-success. #team-csm-emea. #social-csm-emea.' },
        {
          text: 'For all product management related questions, a CSM should review our handbook page at following location to identify the right channel for the topic they are looking to learn more. Those team channels should be asked if there is no documentation available for the problem/question and also if the CSM did not find an issue that already discusses this question.',
        },
      ],
      slack,
    ),
  ];
  const question = 'which slack channels should i join';

  it('leads with the part whose heading names every word of the query it has', () => {
    const { pages } = rankResults(question, found, { some: true });
    expect(pages[0]?.entries[0]?.url).toBe('/onboarding/#slack-channels');
  });

  it('keeps the rule of the search for every word: a heading that names part of the query is not a title', () => {
    // Asked for every word (the pages Pagefind lists for all of them), the heading names two of three: text.
    const { pages } = rankResults(question, found);
    expect(pages[0]?.entries[0]?.url).toBe('/onboarding/#task-mgr-m1-tool-access');
  });
});

describe('ordinal words: "the first month" is the handbook’s "Month 1"', () => {
  // What Pagefind reports for the query: the words it is asked for.
  const found = (query: string) => {
    const words = searchedText(query).split(' ');
    return [
      page(
        '/onboarding/',
        [
          { h1: 'CSM Onboarding' },
          { h2: 'Helpful resources for faster onboarding', id: 'helpful' },
          {
            text: 'New team members often struggle with noise in the first weeks. Your manager points you to the channels, first of all the team channel, and to its notes of the month. Take a second look at them every week.',
          },
          { h2: 'Expectations for Manager support during onboarding', id: 'manager-support' },
          { text: 'Your manager will support you on the following:' },
          { text: 'Month 1' },
          { group: 'manager-month-1' },
          { task: 'mgr-m1-tool-access', text: 'Ensure new team member has access to role-specific tools' },
          { text: 'Month 2' },
          { group: 'manager-month-2' },
          { task: 'mgr-m2-role-play', text: 'Give feedback on role plays' },
          { h2: 'Week 2', id: 'week-2' },
          { task: 'w2-git', text: 'Learn Git with your manager' },
        ],
        words,
      ),
    ];
  };

  it('asks Pagefind for the unit, not the ordinal word, which pages say in passing', () => {
    expect(searchedText('what does my manager do in the first month')).toBe('manager month');
    // "first" in running text is a word like any other.
    expect(searchedText('when is my first 1:1')).toBe('first 1:1');
    expect(queryTerms('second week').map((term) => term.text)).toEqual(['second', 'week']);
  });

  it('leads with the section of Month 1, its "1" marked as the ordinal', () => {
    const query = 'what does my manager do in the first month';
    const [first] = rankResults(query, found(query)).pages[0]?.entries ?? [];
    expect(first?.section).toBe('manager-support');
    expect(text(first?.excerpt ?? [])).toContain('[Month] [1]. Ensure');
    // "Month 2" is not marked: its number is not the ordinal.
    expect(text(first?.excerpt ?? [])).toContain(' [Month] 2');
    // In a title, too (a task's label): the "1" after its unit.
    expect(text(highlight('Month 1', queryTerms(query)))).toBe('[Month] [1]');
    expect(text(highlight('Module 1', queryTerms(query)))).toBe('Module 1');
  });

  it('reads "second week" and "2nd week" as Week 2', () => {
    for (const query of ['second week', '2nd week manager']) {
      const [first] = rankResults(query, found(query)).pages[0]?.entries ?? [];
      expect(first?.section, query).toBe('week-2');
    }
  });
});
