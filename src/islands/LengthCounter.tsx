import { useEffect } from 'preact/hooks';
import { t } from '../i18n/ui';
import { formatCount, reachedLimit, showsCounter } from '../lib/text-limit';
import { announce } from '../stores/announcer';
import { typedInto } from './typed-into';

/** The id of a field's counter, for its aria-describedby. */
const counterIdFor = (fieldId: string) => `${fieldId}-count`;

/** The field's aria-describedby: its counter while the counter shows. */
export function counterDescribedBy(fieldId: string, length: number, max: number): string | undefined {
  return showsCounter(length, max) ? counterIdFor(fieldId) : undefined;
}

/**
 * "4,100 / 5,000" under a field nearing its limit. It is not a live region:
 * a screen reader hears it as the field's description, and hears once, when
 * the limit is reached, through the page's announcer (see `keepWithinLimit`).
 */
export function LengthCounter({ fieldId, length, max }: { fieldId: string; length: number; max: number }) {
  // Added again by each counter: the browser keeps one listener for the same function, however often it is added.
  useEffect(() => addEventListener('beforeinput', countEdit), []);
  if (!showsCounter(length, max)) return null;
  const count = formatCount(length);
  const limit = formatCount(max);
  return (
    <p id={counterIdFor(fieldId)} class={`length-counter${length >= max ? ' length-counter--full' : ''}`}>
      <span aria-hidden="true">{t('limit.count', { count, max: limit })}</span>
      <span class="sr-only">{t('limit.countLabel', { count, max: limit })}</span>
    </p>
  );
}

/**
 * The text typed into `input` as the field keeps it (`typedInto`: no bidi controls, cut to `max`, the caret where
 * the reader left it; maxlength already stops typing and pasting, this keeps anything else out of storage),
 * announcing the limit, in `field`'s name, when this edit reaches it.
 */
export function keepWithinLimit(
  field: string,
  before: string,
  input: HTMLInputElement | HTMLTextAreaElement,
  max: number,
): string {
  const text = typedInto(input, max);
  if (reachedLimit(before.length, text.length, max)) {
    const cut = wanted - max;
    announce(t(cut > 0 ? 'limit.cut' : 'limit.reached', { field, max: formatCount(max), count: formatCount(cut) }));
  }
  return text;
}

// How long the field would be with the edit about to happen (NaN for one that inserts nothing): the browser's
// maxlength cuts a paste before the input event, whose value no longer says what was left out. A pasted line
// break "\r\n" goes in as one character. Heard from the first counter's effect on (every limited field has one),
// not when the module loads: importing an island's module runs nothing (tests/unit/tree-shaking.test.ts); and the
// server, where the counter is rendered too, runs no effect. A listener, not the page's `onbeforeinput` property
// (until December 6, late night): a property is one per page, and took over, or was taken over by, another's.
let wanted = 0;
const countEdit = (event: InputEvent) => {
  // Any element's: each edit sets it again before its own input event, so only a limited field's is ever read.
  const field = event.target as HTMLInputElement & { selectionStart: number; selectionEnd: number };
  wanted =
    field.value.length - field.selectionEnd + field.selectionStart + (event.data?.replace(/\r/g, '').length as number);
};
