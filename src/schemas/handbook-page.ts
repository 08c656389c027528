import { z } from 'astro/zod';

/** Who a page is mainly for; also a search filter. */
const audienceSchema = z.enum(['new-csm', 'intern', 'mentor', 'manager', 'aspiring-leader']);

/** The handbook's own sidebar groups, shown first and in this order, labelled by the UI strings (`nav.group.*`). */
export const HANDBOOK_GROUPS: readonly string[] = ['role', 'programs', 'leadership'];

/**
 * Sidebar group of a page: one of the handbook's groups (HANDBOOK_GROUPS) or any
 * other lowercase slug, which sorts after them and shows its `groupLabel`.
 */
const navGroupSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug such as "programs"');

/** A path on the upstream handbook site, which is also our route: `/handbook/customer-success/csm/`. */
const upstreamPathSchema = z
  .string()
  .regex(/^\/[a-z0-9\-/]*\/$/, 'must start and end with "/" and use lowercase letters, digits and dashes');

/** Front matter of one handbook page in `content/handbook/`. */
export const handbookPageSchema = z.object({
  /** Page title, shown as the h1 and in the browser tab. */
  title: z.string().min(1),
  /** One sentence for search results, link previews and the home page cards. */
  description: z.string().min(1),
  /** Path of the page on the upstream GitLab handbook; our page lives at the same path so upstream links map onto it. */
  path: upstreamPathSchema,
  /** URL of the original page, credited in the footer (CC BY-SA 4.0). */
  upstream: z.url(),
  /**
   * `section` when the original page's own address is not known: `upstream`
   * then points at the handbook section the text comes from, and the footer
   * says so instead of calling it "this page".
   */
  upstreamIs: z.enum(['page', 'section']).default('page'),
  /** Readers the page is mainly for. */
  audience: z.array(audienceSchema).min(1),
  /** Place in the sidebar. */
  nav: z
    .object({
      group: navGroupSchema,
      /** Position inside the group, smallest first. */
      order: z.number().int(),
      /** Shorter label for the sidebar; defaults to the title. */
      label: z.string().min(1).optional(),
      /** Label of a group other than the handbook's own three: required there (the sidebar would show the slug). */
      groupLabel: z.string().min(1).optional(),
    })
    .refine((nav) => HANDBOOK_GROUPS.includes(nav.group) || nav.groupLabel !== undefined, {
      path: ['groupLabel'],
      error: (issue) => {
        const { group } = issue.input as { group: string };
        return `"${group}" is a group of its own: add nav.groupLabel, the words its sidebar heading shows (the handbook’s groups are role, programs and leadership)`;
      },
    }),
});

export type Audience = z.infer<typeof audienceSchema>;
export type NavGroup = z.infer<typeof navGroupSchema>;
