import { xt } from '../i18n/export-ui';
import { planT } from '../i18n/plan-ui';
import type { Action, ItemSource, Plan } from '../schemas/plan';
import { withBase } from './base-path';
import { formatDate, formatRange } from './dates';
import { escapeMarkdownLine, escapeMarkdownLines, segmentsToMarkdown, withHardBreaks } from './markdown-escape';
import { dueDate, phaseRange } from './plan-dates';
import { hasSiteDays, sourceWords } from './plan-ideas';
import { PHASE_TITLES } from './plan-labels';

const CHECKBOX = { todo: '[ ]', doing: '[ ]', done: '[x]', na: '[~]' } as const;

/** One line of user text: escaped, line breaks folded into spaces. */
function inline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s*\r?\n\s*/g, ' ').trim());
}

/** A table cell: escaped (| included) and on one line. */
function cell(text: string): string {
  return inline(text) || ' ';
}

/** A block of user text: each line escaped, paragraphs kept. */
function block(text: string): string[] {
  return text.trim() ? escapeMarkdownLines(text.trim()) : [];
}

/**
 * An item's source, "Based on the handbook: Review Checklist", as a link to its section on the site (`site`, the
 * site's address with its base path), made as the checklists' export makes the site's links; without the address,
 * words. Escaped: a shared link's plan brings its own words (its link is a site path, by the plan schema).
 */
const sourceText = (source: ItemSource, site: string | undefined): string =>
  segmentsToMarkdown(
    [{ kind: 'link', text: sourceWords(source), href: withBase(site ?? '/', source.href), external: false }],
    site,
  );

function dueText(action: Action, startDate: string | undefined): string | undefined {
  if (!action.due) return undefined;
  const date = dueDate(action.due, startDate);
  if (action.due.kind === 'day') {
    const day = planT('plan.printDay', { day: action.due.day });
    return date ? `${day} (${formatDate(date)})` : day;
  }
  return date ? formatDate(date) : undefined;
}

/**
 * A plan as Markdown to bring to an interview or paste into an issue: a
 * heading per phase, goals with their measure, actions as GitLab task items
 * with owner and due date, people to meet as a table, the phase review;
 * what an item was drawn from the handbook says so, linked to its section
 * when the site's address is given (`site`, with its base path: the page's
 * own, as every export of the site), and that its day is the site's.
 * Every piece of user text is escaped: it cannot become HTML, a link, a
 * heading, a task, front matter, a mention or a GitLab reference.
 */
export function planToMarkdown(plan: Plan, site?: string): string {
  const lines: string[] = [`# ${inline(plan.title) || xt('plan.md.untitled')}`, ''];
  const facts: string[] = [];
  if (plan.role.trim()) facts.push(`- **${xt('plan.md.role')}:** ${inline(plan.role)}`);
  facts.push(`- **${xt('plan.md.startDate')}:** ${plan.startDate ? formatDate(plan.startDate) : xt('plan.md.notSet')}`);
  if (plan.reviewers.trim()) facts.push(`- **${planT('plan.reviewedBy')}:** ${inline(plan.reviewers)}`);
  lines.push(...facts);
  const context = block(plan.context);
  if (context.length) lines.push('', ...context);
  if (hasSiteDays(plan)) lines.push('', `*${planT('plan.siteDays')}*`);

  plan.phases.forEach((phase, index) => {
    const dates = plan.startDate ? ` (${formatRange(phaseRange(plan.startDate, index))})` : '';
    const theme = phase.theme.trim() ? `: ${inline(phase.theme)}` : '';
    lines.push('', `## ${PHASE_TITLES[index]}${theme}${dates}`);

    for (const goal of phase.goals) {
      lines.push('', `### ${inline(goal.text) || planT('plan.goal')}`, '');
      const about = [`*${planT(`plan.category.${goal.category}`)}*`];
      if (goal.measure.trim()) about.push(`${xt('plan.md.measure')}: ${inline(goal.measure)}`);
      if (goal.source) about.push(sourceText(goal.source, site));
      lines.push(about.join(' · '));
      if (goal.actions.length) {
        lines.push('');
        for (const action of goal.actions) {
          const extra = [`${planT('plan.owner')}: ${planT(`plan.owner.${action.owner}`)}`];
          const due = dueText(action, plan.startDate);
          if (due) extra.push(`${xt('plan.md.due')}: ${due}`);
          if (action.status === 'doing') extra.push(xt('plan.md.inProgress'));
          if (action.source) extra.push(sourceText(action.source, site));
          lines.push(
            `- ${CHECKBOX[action.status]} ${inline(action.text) || planT('plan.action')} (${extra.join(', ')})`,
          );
        }
      }
    }

    if (phase.people.length) {
      const head = [planT('plan.person'), planT('plan.why'), xt('plan.md.by'), planT('plan.met')];
      lines.push('', `### ${planT('plan.people')}`, '', `| ${head.join(' | ')} |`, '| --- | --- | --- | --- |');
      for (const person of phase.people) {
        const by =
          person.byDay === undefined
            ? ' '
            : plan.startDate
              ? `${planT('plan.printDay', { day: person.byDay })} (${formatDate(dueDate({ kind: 'day', day: person.byDay }, plan.startDate) ?? '')})`
              : planT('plan.printDay', { day: person.byDay });
        // Its source goes with why to meet them, so the table keeps its columns.
        const why = person.source ? `${cell(person.why)} (${sourceText(person.source, site)})` : cell(person.why);
        lines.push(`| ${cell(person.name)} | ${why} | ${by} | ${planT(person.met ? 'plan.yes' : 'plan.no')} |`);
      }
    }

    const review = phase.review;
    if (review.happened.trim() || review.why.trim() || review.next.trim()) {
      lines.push('', `### ${planT('plan.review')}`, '');
      // Each field a bullet whose lines stay as typed, as a checklist's note does (a heading is one line).
      for (const part of ['happened', 'why', 'next'] as const) {
        const [first, ...rest] = block(review[part]);
        if (first !== undefined)
          lines.push(
            ...withHardBreaks([`- **${planT(`plan.review.${part}`)}:** ${first}`, ...rest.map((l) => `  ${l}`)]),
          );
      }
    }
  });
  return `${lines.join('\n')}\n`;
}

/** Longest part of a download's name drawn from the plan's title, in characters (a letter beyond the BMP is one). */
const FILE_NAME_TITLE_CHARS = 40;

/**
 * File name for a plan download: `30-60-90-plan-csm-manager.md`, after the title as a reader would write it in a
 * file name. A Latin letter's accents are folded ("Plán für Jürgen", `plan-fur-jurgen`), apostrophes dropped
 * ("Alex’s", `alexs`), and the letters, marks and digits of any script kept ("计划", "योजना"): they are safe in every
 * file system's names, where a dash stands for everything between them (a slash, a colon, a quote, an emoji, a
 * control). Only a Latin letter's accents: another script's marks make its letters (the breve of the Cyrillic й, a
 * Hindi vowel sign). A title with nothing of that (emoji only, or none) names the plan by its start
 * date, or else its id: each such plan a name of its own (until December 7, late, they were all `30-60-90-plan`).
 */
export function planFileName(plan: Plan, extension: 'md' | 'ics' | 'json'): string {
  // Its words: runs of letters (each with its marks) and digits. A mark after anything else is no letter's: the
  // emoji presentation selector (U+FE0F) of "❤️", a keycap's frame, which a file name would carry unseen.
  const words =
    plan.title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
      .normalize('NFC')
      .replace(/['\u2018\u2019\u02bc]/g, '')
      .match(/(?:\p{L}\p{M}*|\p{N})+/gu)
      ?.join('-') ?? '';
  // Cut by characters, not UTF-16 units, so a letter beyond the BMP is never halved; no dash at the end.
  const slug = [...words].slice(0, FILE_NAME_TITLE_CHARS).join('').replace(/-$/, '');
  return `30-60-90-plan-${slug || plan.startDate || plan.id}.${extension}`;
}
