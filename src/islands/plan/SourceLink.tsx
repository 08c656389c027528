import { withBase } from '../../lib/base-path';
import { printHref } from '../../lib/links';
import { type SourceView, sourceWords } from '../../lib/plan-ideas';

/**
 * A link to the handbook section an item or idea is based on (stored as a site path; the base is added here). On
 * paper it is followed by its address in full (global.css), made by `printHref` from the page's own address, as the
 * Markdown's links are.
 */
export function SourceLink({ source }: { source: SourceView }) {
  const href = withBase(import.meta.env.BASE_URL, source.href);
  return (
    <a class="plan-source" href={href} data-print-href={printHref(href, location.origin)}>
      {sourceWords(source)}
    </a>
  );
}
