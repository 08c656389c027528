import { CHANGED_HERE, type KeyValueStorage } from './storage';

/*
 * Following one key as it changes, wherever the change is made: in this tab
 * (any adapter's write or removal fires CHANGED_HERE) or in another (the
 * browser's `storage` event). Its own module so only the pages that follow a
 * key (the navigation's progress marks) carry it.
 */

/** Calls `listener` whenever `key` is written or removed, here or in another tab; returns a function that stops. Browser only. */
export function watchKey(storage: KeyValueStorage, key: string, listener: () => void): () => void {
  const onHere = (event: Event) => {
    if ((event as CustomEvent<unknown>).detail === key) listener();
  };
  window.addEventListener(CHANGED_HERE, onHere);
  const stop = storage.subscribe((changed) => {
    if (changed === key || changed === null) listener();
  });
  return () => {
    window.removeEventListener(CHANGED_HERE, onHere);
    stop();
  };
}
