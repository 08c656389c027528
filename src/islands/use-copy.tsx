import { useState } from 'preact/hooks';
import { copyAndSay } from '../browser/clipboard';

/**
 * Copy to the clipboard, and when the browser refuses, show the text in a
 * selected-ready box instead, so the reader can still take it. `label` is the
 * copy button's, also the name of the fallback text box. What the page says
 * (copied, or not) comes with the text: where the text's code loads on demand,
 * its words load with it (the plan builder's, the ladder's), not with the page.
 */
export function useCopyWithFallback(label: string) {
  const [fallback, setFallback] = useState<string | null>(null);
  const copy = async (text: string, copied: string, failed: string) => {
    setFallback((await copyAndSay(text, copied, failed)) ? null : text);
  };
  const fallbackBox =
    fallback === null ? null : (
      <textarea class="program-panel__fallback" readOnly rows={10} value={fallback} aria-label={label} />
    );
  return { copy, fallbackBox };
}
