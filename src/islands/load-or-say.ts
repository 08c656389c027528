import { t } from '../i18n/ui';
import { announce } from '../stores/announcer';

/**
 * Code a click loads on demand (a dialog, an export), with what the reader
 * sees when it cannot come: offline, or a newer deploy has replaced the file.
 * The page says so and nothing is done; the promise then gives undefined, and
 * the next click tries again.
 */
export async function loadOrSay<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch {
    announce(t('planner.loadFailed'), 'error');
    return undefined;
  }
}
