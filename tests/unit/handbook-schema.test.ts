import { describe, expect, it } from 'vitest';
import { handbookPageSchema } from '../../src/schemas/handbook-page';
import { readHandbookFiles } from '../support/content';

const files = readHandbookFiles();

const validPage = {
  title: 'CSM Onboarding',
  description: 'How new CSMs are onboarded.',
  path: '/handbook/customer-success/csm/csm-onboarding/',
  upstream: 'https://handbook.gitlab.com/handbook/customer-success/csm/csm-onboarding/',
  audience: ['new-csm'],
  nav: { group: 'programs', order: 1 },
};

describe('handbook page schema', () => {
  // The rules, not the count: adding a page as the README says must keep these green.
  it('keeps the five seed pages at their upstream paths (more pages may be added)', () => {
    const paths = files.map((f) => handbookPageSchema.parse(f.frontmatter).path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/job-families/sales/customer-success-management/',
        '/handbook/customer-success/csm/csm-onboarding/',
        '/handbook/customer-success/csm/csm-internship/',
        '/handbook/customer-success/csm/csm-aspiring-leaders/',
        '/handbook/customer-success/csm/csm-manager/',
      ]),
    );
  });

  it('names every page file .md, or .mdx only when it uses a component', () => {
    for (const { file, body } of files) {
      expect(file).toMatch(/\.mdx?$/);
      if (file.endsWith('.mdx')) expect(body, `${file} could be plain .md`).toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
    }
  });

  it.each(files.map((f) => [f.file, f.frontmatter]))('accepts %s', (_file, frontmatter) => {
    const result = handbookPageSchema.safeParse(frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('gives every page its own path', () => {
    const paths = files.map((f) => handbookPageSchema.parse(f.frontmatter).path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('rejects a page without a title', () => {
    const { title: _title, ...untitled } = validPage;
    const result = handbookPageSchema.safeParse(untitled);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['title']);
  });

  it('rejects an empty title, an unknown audience and a path without slashes', () => {
    expect(handbookPageSchema.safeParse({ ...validPage, title: '' }).success).toBe(false);
    expect(handbookPageSchema.safeParse({ ...validPage, audience: ['ceo'] }).success).toBe(false);
    expect(handbookPageSchema.safeParse({ ...validPage, path: 'handbook/csm' }).success).toBe(false);
  });

  // A group of its own showed its raw slug ("community") as the sidebar's heading, with no warning: the README's
  // "(add groupLabel)" was a rule only the reader kept.
  it('rejects a group of its own without a groupLabel, and says what to add', () => {
    const community = { ...validPage, nav: { group: 'community', order: 1 } };
    const result = handbookPageSchema.safeParse(community);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['nav', 'groupLabel']);
    expect(result.error?.issues[0]?.message).toMatch(/"community" is a group of its own: add nav\.groupLabel/);
    const labelled = { ...community, nav: { ...community.nav, groupLabel: 'Community' } };
    expect(handbookPageSchema.safeParse(labelled).success).toBe(true);
    // The handbook's own groups take their labels from the UI strings.
    expect(handbookPageSchema.safeParse({ ...validPage, nav: { group: 'leadership', order: 2 } }).success).toBe(true);
  });
});

describe('handbook page bodies', () => {
  it.each(files.map((f) => [f.file, f.body]))('%s has no leftovers from the source format', (_file, body) => {
    expect(body).not.toMatch(/\{:/); // kramdown attributes such as {:toc}
    expect(body).not.toMatch(/â€|Ã©|Â /); // mojibake
    expect(body).not.toMatch(/<iframe|!\[/); // embeds and images that would load or break
    expect(body).not.toMatch(/^# /m); // the layout renders the h1
  });
});
