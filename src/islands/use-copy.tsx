import { useState } from 'preact/hooks';
import { copyText } from '../browser/clipboard';
import { announce } from '../stores/announcer';

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
    const copied = await copyText(text);
    setFallback(copied ? null : text);
    announce(copied ? messages.copied : messages.failed, copied ? 'info' : 'error');
  };
  const fallbackBox =
    fallback === null ? null : (
      <textarea class="program-panel__fallback" readOnly rows={10} value={fallback} aria-label={messages.label} />
    );
  return { copy, fallbackBox };
}
