import { isEvidenceHref } from '../../lib/evidence-link';
import type { LadderEvidence } from '../../schemas/ladder-records';

/** A piece of evidence: a link when its address is http, https or mailto (checked again here), else text. */
export function EvidenceLink({ evidence }: { evidence: LadderEvidence }) {
  const title = (
    <span class="evidence__title" dir="auto">
      {evidence.title}
    </span>
  );
  return (
    <span class="evidence">
      {evidence.href && isEvidenceHref(evidence.href) ? (
        <a href={evidence.href} rel="noopener noreferrer" data-print-href={evidence.href}>
          {title}
        </a>
      ) : (
        title
      )}
      {evidence.tags.length > 0 && (
        <span class="evidence__tags">
          {evidence.tags.map((tag) => (
            <span key={tag} class="evidence__tag" dir="auto">
              {tag}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
