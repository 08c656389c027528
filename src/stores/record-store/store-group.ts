import { atom } from 'nanostores';
import { type KeyValueStorage, openStorage } from '../../browser/storage';
import { closeSessionForTests, openSession } from '../storage-session';

/*
 * Record stores a page starts together (the checklists' tasks, programs and meta; the ladder's ratings, evidence
 * and levels): once per page, opening the page's storage session if no other store has, then `$ready` is true.
 * One way to start a family of stores, and to forget it between unit tests. (Its own module costs no file of its
 * own: the planners' shared file claims it, src/build/chunk-groups.ts.)
 */

/** What a group needs of each record store in it. */
interface Startable {
  start(): void;
  resetForTests?: () => void;
}

export function storeGroup(stores: readonly Startable[]) {
  const $ready = atom(false);
  let started = false;
  const group: {
    $ready: typeof $ready;
    start(open?: () => KeyValueStorage): void;
    stopForTests?: () => void;
  } = {
    $ready,
    start(open = () => openStorage()) {
      if (started) return;
      started = true;
      openSession(open);
      for (const store of stores) store.start();
      $ready.set(true);
    },
  };
  // Unit tests only, dropped from the build as `resetForTests` is: forgets everything so `start` can run again.
  if (import.meta.env.MODE === 'test')
    group.stopForTests = () => {
      started = false;
      closeSessionForTests();
      for (const store of stores) store.resetForTests?.();
      $ready.set(false);
    };
  return group;
}
