import { useState } from 'preact/hooks';
import { copyAndSay } from '../browser/clipboard';

interface Messages {
  /** Label of the copy button, also the name of the fallback text box. */
  label: string;
  copied: string;
  failed: string;
}

/**
 * Copy to the clipboard, and when the browser refuses, show the text in a
 * selected-ready box instead, so the reader can still take it.
 */
export function useCopyWithFallback(messages: Messages) {
  const [fallback, setFallback] = useState<string | null>(null);
  const copy = async (text: string) => {
    setFallback((await copyAndSay(text, messages.copied, messages.failed)) ? null : text);
  };
  const fallbackBox =
    fallback === null ? null : (
      <textarea class="program-panel__fallback" readOnly rows={10} value={fallback} aria-label={messages.label} />
    );
  return { copy, fallbackBox };
}
