import { z } from 'astro/zod';
import { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN, ROLES } from './roles';

/**
 * A stable id: lowercase words joined by dashes. Stored progress is keyed by
 * it, so it must never change once published (rename the text, not the id).
 */
const itemIdSchema = z
  .string()
  .regex(ITEM_ID_PATTERN, 'ids are lowercase words joined by dashes, like "int-w1-kickoff-call"')
  .max(ITEM_ID_MAX_LENGTH);

/** Who a task or list is for. */
const roleSchema = z.enum(ROLES);

/**
 * Text of a task or detail: plain text with inline Markdown links
 * (`[label](/handbook/path/)`), `**bold**`, `*emphasis*` and `` `code` ``.
 */
const inlineTextSchema = z.string().trim().min(1);

/**
 * A point under a task or sub-step, shown and not ticked. A point that
 * introduces points of its own ("How to find a mentor:") carries them
 * under it, one level deep, as the handbook nests them.
 */
const detailSchema = z.union([
  inlineTextSchema,
  z.object({ text: inlineTextSchema, details: z.array(inlineTextSchema).min(1) }),
]);

/** A sub-step of a task that the reader ticks on its own, like one reading of a reading list. */
const subtaskSchema = z.object({
  id: itemIdSchema,
  text: inlineTextSchema,
  /** Points shown under the sub-step, not ticked (for example questions to prepare). */
  details: z.array(detailSchema).optional(),
});

/** One thing to do. */
const taskSchema = z.object({
  id: itemIdSchema,
  text: inlineTextSchema,
  /** Who does it, when not the section's role. Shown as a prefix, as in the export ("Manager: …"). */
  role: roleSchema.optional(),
  /** Points shown under the task, not ticked. */
  details: z.array(detailSchema).optional(),
  /** Sub-steps ticked on their own. */
  subtasks: z.array(subtaskSchema).optional(),
});

/** A period of the program a section belongs to: internship weeks, onboarding months. */
const periodSchema = z.object({
  unit: z.enum(['week', 'month']),
  /** 1 for week 1 or month 1; months after the last numbered one use `beyond`. */
  index: z.number().int().min(1),
  /** "Beyond month 3": open-ended, from the start of that month on. */
  beyond: z.boolean().optional(),
});

/** A list of tasks under one heading of the handbook page. */
const sectionSchema = z.object({
  id: itemIdSchema,
  /** Title used in progress, export and the My progress page. */
  title: z.string().trim().min(1),
  /** Id of the page heading the section sits under, for links such as "jump to week 3". */
  anchor: z.string().min(1),
  /** Whose list this is (the manager's and the buddy's expectations). */
  role: roleSchema.optional(),
  period: periodSchema.optional(),
  tasks: z.array(taskSchema).min(1),
});

/** One program: a checklist built from a handbook page. The entry id (file name) is the program id. */
export const programSchema = z
  .object({
    title: z.string().trim().min(1),
    /** Short name for buttons and the My progress page. */
    shortTitle: z.string().trim().min(1),
    /** Path of the handbook page that shows the program. */
    page: z.string().regex(/^\/.*\/$/),
    /** What the start date means for this program; none means the program has no dates. */
    schedule: z.enum(['weeks', 'months']).optional(),
    /**
     * How the handbook numbers the program's lists, so the page shows the same
     * numbers ("task 1 in Module 3"): `tasks` numbers each list's tasks, `all`
     * numbers sub-steps and points too. Without it the lists are bullets.
     */
    numbering: z.enum(['tasks', 'all']).optional(),
    /** Roles the reader can switch between to see their part. */
    roles: z.array(roleSchema).optional(),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((program, ctx) => {
    const seen = new Set<string>();
    const check = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
      seen.add(id);
    };
    program.sections.forEach((section, s) => {
      check(section.id, ['sections', s, 'id']);
      section.tasks.forEach((task, t) => {
        check(task.id, ['sections', s, 'tasks', t, 'id']);
        task.subtasks?.forEach((sub, u) => {
          check(sub.id, ['sections', s, 'tasks', t, 'subtasks', u, 'id']);
        });
      });
    });
  });

export type Role = z.infer<typeof roleSchema>;
export type Detail = z.infer<typeof detailSchema>;
export type Numbering = NonNullable<z.infer<typeof programSchema>['numbering']>;
export type Period = z.infer<typeof periodSchema>;
export type Program = z.infer<typeof programSchema>;
