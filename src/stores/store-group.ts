import { atom } from 'nanostores';
import { type KeyValueStorage, openStorage } from '../browser/storage';
import { closeSessionForTests, openSession } from './storage-session';

/** What a group needs of each record store in it. */
interface Startable {
  start(): void;
  resetForTests(): void;
}

/**
 * Record stores a page starts together (the checklists' tasks, programs and
 * meta; the ladder's ratings, evidence and levels): once per page, opening the
 * page's storage session if no other store has, then `$ready` is true. One way
 * to start a family of stores, and to forget it between unit tests.
 */
export function storeGroup(stores: readonly Startable[]) {
  const $ready = atom(false);
  let started = false;
  return {
    $ready,
    start(open: () => KeyValueStorage = () => openStorage()): void {
      if (started) return;
      started = true;
      openSession(open);
      for (const store of stores) store.start();
      $ready.set(true);
    },
    /** Only for tests: forgets everything so `start` can run again. */
    stopForTests(): void {
      started = false;
      closeSessionForTests();
      for (const store of stores) store.resetForTests();
      $ready.set(false);
    },
  };
}
