import { withBase } from '../../lib/base-path';

/** A link to the handbook section an item or idea comes from (stored as a site path; the base is added here). */
export function SourceLink({ source, words }: { source: { href: string }; words: string }) {
  return (
    <a class="plan-source" href={withBase(import.meta.env.BASE_URL, source.href)}>
      {words}
    </a>
  );
}
