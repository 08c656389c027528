import { loadOrSay } from '../load-or-say';

/**
 * The backup file's code (writing one, and reading a chosen one for restore) and the restore's preview load when
 * either button is used: most visits to My progress use neither, and it was the page's largest file of its own.
 */
export const loadBackupCode = () => loadOrSay(() => import('./backup-code'));
