import { t } from '../i18n/ui';
import { announce } from '../stores/announcer';

/**
 * Code a click loads on demand (a dialog, an export), with what the reader
 * sees when it cannot come: offline, or a newer deploy has replaced the file.
 * The page says so and nothing is done; the promise then gives undefined, and
 * the next click tries again. Code no click asked for (a card of My progress) says which part it is: `failed`.
 */
export async function loadOrSay<T>(load: () => Promise<T>, failed = t('planner.loadFailed')): Promise<T | undefined> {
  try {
    return await load();
  } catch {
    announce(failed, 'error');
    return undefined;
  }
}
