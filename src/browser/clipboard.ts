import { announce } from '../stores/announcer';

/**
 * The one way the planners copy for the reader: copies `text` and says `copied`; when the browser refuses (no
 * permission, an insecure page), says `failed`, as an error. Without `failed` the refusal is the caller's to tell:
 * the message offering back a text another tab wrote over offers it again (src/stores/text-clash.ts). Resolves to
 * whether it copied, for a caller that then shows the text to copy by hand (src/islands/use-copy.tsx, the plan's
 * review link).
 *
 * It says so itself, here beside the clipboard, rather than in a store that calls a `copyText` of this module:
 * every planner page loads it, and the two functions measured 9 to 19 bytes gzip more on each (December 7).
 */
export async function copyAndSay(text: string, copied: string, failed?: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    if (failed) announce(failed, 'error');
    return false;
  }
  announce(copied);
  return true;
}
