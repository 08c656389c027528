import { type ExportUiKey, xt } from '../i18n/export-ui';
import { lt } from '../i18n/ladder-ui';
import type { Ladder, LadderGroup } from '../schemas/career-ladder';
import {
  isBlankRating,
  type LadderEvidence,
  type LadderRating,
  type LadderRatingValue,
} from '../schemas/ladder-records';
import { formatDate } from './dates';
import { isEvidenceHref } from './evidence-link';
import { type Comparison, familyItems, familyStatedAt, itemSegments, type ResolvedItem } from './ladder';
import { levelName } from './ladder-names';
import { ladderProgress, ratingOf } from './ladder-progress';
import { listedUnder, twinIds } from './ladder-twins';
import {
  escapeMarkdownLine,
  escapeMarkdownLines,
  markdownUrl,
  segmentsToMarkdown,
  withHardBreaks,
} from './markdown-escape';
import { wordList } from './word-list';

/*
 * The promotion document draft. The manager handbook asks the document to
 * "lead with the results the CSM has achieved, supported with links", so the
 * items new at the target level come by rating, not in the job description's
 * order: what is demonstrated (with its evidence and notes) first, then what
 * is partly there, then the rest, each part by group; then the gaps as a
 * GitLab task list for the growth plan. Handbook words and
 * everything the reader typed are escaped, so nothing becomes HTML, a
 * mention or a reference; evidence addresses are links only when they are
 * http, https or mailto.
 */

export interface PromotionDraftInput {
  comparison: Comparison;
  specialtyLabel?: string | undefined;
  ratings: Readonly<Record<string, LadderRating | undefined>>;
  evidence: Readonly<Record<string, LadderEvidence | undefined>>;
  /** The day the draft is made, `YYYY-MM-DD` (the file's name keeps it so; the text says it as every page does). */
  date: string;
  /** The ladder's address, to find the comparison again (and to make the site's own links absolute). */
  ladderUrl?: string | undefined;
  /** The ladder compared: which levels state a job family item, and their names. */
  ladder: Ladder;
}

const GROUP_HEADING: Record<LadderGroup, ExportUiKey> = {
  responsibilities: 'ladder.md.responsibilities',
  requirements: 'ladder.md.requirements',
  indicators: 'ladder.md.indicators',
  specialty: 'ladder.md.specialtyItems',
};

function ratingLabel(rating: LadderRating['rating']): string {
  return rating ? lt(`ladder.rating.${rating}`) : lt('ladder.rating.unrated');
}

function evidenceLine(evidence: LadderEvidence): string {
  const title = escapeMarkdownLine(evidence.title.replace(/\s+/g, ' ').trim());
  const url = evidence.href && isEvidenceHref(evidence.href) ? markdownUrl(evidence.href) : undefined;
  const tags = evidence.tags.length > 0 ? ` (${escapeMarkdownLine(evidence.tags.join(', '))})` : '';
  return `${url ? `[${title}](${url})` : title}${tags}`;
}

/** The item's words, escaped, with the page's links kept. */
function itemText(resolved: ResolvedItem, input: PromotionDraftInput): string {
  return segmentsToMarkdown(itemSegments(resolved.item), input.ladderUrl);
}

/** The item in bold, `where` it is listed, its rating, then its details, evidence and note; `after` follows the rating. */
function itemLines(resolved: ResolvedItem, input: PromotionDraftInput, where = '', after = ''): string[] {
  const record = input.ratings[resolved.item.id];
  const lines = [`- **${itemText(resolved, input)}**${where}: ${ratingLabel(record?.rating)}${after}`];
  for (const detail of resolved.item.details) lines.push(`  - ${escapeMarkdownLine(detail)}`);
  const evidence = (record?.evidence ?? []).flatMap((id) => input.evidence[id] ?? []);
  if (evidence.length > 0) {
    lines.push(`  - ${xt('ladder.md.evidence')}`);
    for (const piece of evidence) lines.push(`    - ${evidenceLine(piece)}`);
  }
  const note = record?.note.trim() ?? '';
  if (note) {
    // A trailing backslash is a hard line break: the note stays in its list item, on its own lines.
    const noteLines = withHardBreaks(escapeMarkdownLines(note));
    lines.push(...noteLines.map((line, i) => `${i === 0 ? `  - ${xt('ladder.md.note')} ` : '    '}${line}`));
  }
  return lines;
}

/** The draft's parts, in the order the handbook asks for: results first, then what is partly there, then the rest. */
const PARTS: readonly { heading: ExportUiKey; holds: (rating: LadderRatingValue | undefined) => boolean }[] = [
  { heading: 'ladder.md.demonstrated', holds: (rating) => rating === 'demonstrated' },
  { heading: 'ladder.md.partly', holds: (rating) => rating === 'partly' },
  { heading: 'ladder.md.rest', holds: (rating) => rating !== 'demonstrated' && rating !== 'partly' },
];

/** The promotion document draft as GitLab Markdown. */
export function promotionDraft(input: PromotionDraftInput): string {
  const { comparison } = input;
  const all = comparison.groups.flatMap((g) => g.added);
  const progress = ladderProgress(all, input.ratings);
  // Two new items with the same words are told apart by where the page lists them, as on the ladder.
  const twins = twinIds(all);
  const where = (resolved: ResolvedItem) =>
    twins.has(resolved.item.id) ? ` ${escapeMarkdownLine(listedUnder(input.ladder, resolved))}` : '';
  // The handbook's titles, in full: the draft goes to a manager, outside the ladder that names the pair.
  const to = levelName(input.ladder, comparison.to);
  const title = xt('ladder.md.title', { from: levelName(input.ladder, comparison.from), to });
  const lines = [`# ${escapeMarkdownLine(title)}`, ''];
  lines.push(escapeMarkdownLine(xt('ladder.md.leadsWithResults')), '');
  lines.push(escapeMarkdownLine(xt('ladder.md.intro', { date: formatDate(input.date) })), '');
  if (input.specialtyLabel)
    lines.push(escapeMarkdownLine(xt('ladder.md.specialty', { specialty: input.specialtyLabel })), '');
  lines.push(
    escapeMarkdownLine(
      xt('ladder.md.progress', { demonstrated: progress.demonstrated, count: progress.total, partly: progress.partly }),
    ),
    '',
  );
  if (all.length === 0) lines.push(escapeMarkdownLine(xt('ladder.md.nothingNew', { to })), '');
  for (const [index, part] of PARTS.entries()) {
    const groups = comparison.groups
      .map((g) => ({ group: g.group, items: g.added.filter((r) => part.holds(ratingOf(input.ratings, r.item.id))) }))
      .filter((g) => g.items.length > 0);
    // The results part always leads, even empty, so the draft says where the results will go.
    if (groups.length === 0 && (index > 0 || all.length === 0)) continue;
    lines.push(`## ${escapeMarkdownLine(xt(part.heading))}`, '');
    if (groups.length === 0) lines.push(escapeMarkdownLine(xt('ladder.md.noneDemonstrated')), '');
    for (const { group, items } of groups) {
      lines.push(`### ${escapeMarkdownLine(xt(GROUP_HEADING[group], { to }))}`, '');
      for (const resolved of items) lines.push(...itemLines(resolved, input, where(resolved)));
      lines.push('');
    }
  }
  const family = familyItems(comparison);
  if (family.length > 0) {
    lines.push(`## ${escapeMarkdownLine(xt('ladder.md.family'))}`, '');
    lines.push(escapeMarkdownLine(xt('ladder.md.familyIntro')), '');
    for (const resolved of family) {
      const levels = familyStatedAt(input.ladder, resolved.group, resolved.item.text).map((slug) =>
        levelName(input.ladder, slug),
      );
      const stated = ` ${escapeMarkdownLine(xt('ladder.md.familyStated', { levels: wordList(levels) }))}`;
      // A rating stored before these items were set apart is shown as it was, counted nowhere.
      if (Object.hasOwn(input.ratings, resolved.item.id) && !isBlankRating(input.ratings[resolved.item.id]))
        lines.push(...itemLines(resolved, input, '', stated));
      else lines.push(`- ${itemText(resolved, input)}${stated}`);
    }
    lines.push('');
  }
  const gaps = all.filter((r) => ratingOf(input.ratings, r.item.id) !== 'demonstrated');
  lines.push(`## ${escapeMarkdownLine(xt('ladder.md.gaps'))}`, '');
  if (gaps.length === 0) lines.push(escapeMarkdownLine(xt('ladder.md.noGaps')));
  for (const resolved of gaps) {
    lines.push(
      `- [ ] ${itemText(resolved, input)}${where(resolved)} (${ratingLabel(input.ratings[resolved.item.id]?.rating)})`,
    );
  }
  lines.push('');
  if (input.ladderUrl) {
    const url = markdownUrl(input.ladderUrl);
    if (url)
      lines.push(
        `${escapeMarkdownLine(xt('ladder.md.source'))} [${escapeMarkdownLine(xt('ladder.md.ladder'))}](${url})`,
        '',
      );
  }
  return lines.join('\n');
}

/** File name of the draft: `promotion-draft-senior-to-staff-2027-01-04.md`. */
export function promotionDraftFileName(comparison: Comparison, date: string): string {
  return `promotion-draft-${comparison.from}-to-${comparison.to}-${date}.md`;
}

/** What the page says once the draft is copied (or could not be) or downloaded: loaded with it, not with the page. */
export function promotionDraftWords(file: string) {
  return {
    copied: xt('ladder.copied'),
    failed: xt('ladder.copyFailed'),
    downloaded: xt('ladder.downloaded', { file }),
  };
}
