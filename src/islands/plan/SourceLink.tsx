import { withBase } from '../../lib/base-path';
import { type SourceView, sourceWords } from '../../lib/plan-ideas';

/** A link to the handbook section an item or idea is based on (stored as a site path; the base is added here). */
export function SourceLink({ source }: { source: SourceView }) {
  return (
    <a class="plan-source" href={withBase(import.meta.env.BASE_URL, source.href)}>
      {sourceWords(source)}
    </a>
  );
}
