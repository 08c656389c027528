import { t } from '../i18n/ui';
import type { ViewSegment } from '../lib/program-view';

/** Task text from the handbook, rendered as elements (never as HTML). */
export function InlineText({ segments }: { segments: readonly ViewSegment[] }) {
  return (
    <>
      {segments.map((segment, i) => {
        switch (segment.kind) {
          case 'strong':
            return <strong key={i}>{segment.text}</strong>;
          case 'em':
            return <em key={i}>{segment.text}</em>;
          case 'code':
            return <code key={i}>{segment.text}</code>;
          case 'link':
            return segment.external ? (
              <a key={i} href={segment.href} class="external" rel="noopener">
                {segment.text}
                <span class="sr-only" data-pagefind-ignore="">
                  {' '}
                  {t('link.external')}
                </span>
              </a>
            ) : (
              <a key={i} href={segment.href}>
                {segment.text}
              </a>
            );
          default:
            return segment.text;
        }
      })}
    </>
  );
}
