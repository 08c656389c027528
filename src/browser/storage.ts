/**
 * The one place that touches localStorage. Every call is guarded: storage
 * that is blocked (private mode, disabled, sandboxed) or full never throws
 * into the page; callers get a result they can tell the reader about.
 */

/** Every key this site stores starts with this. */
export const KEY_PREFIX = 'csm-handbook:';

/**
 * The keys every page may read: the shell's theme, the progress summary and search's recent list. The planners'
 * records have theirs in src/stores/record-keys.ts, so a plain page does not carry their names.
 */
export const storageKeys = {
  theme: `${KEY_PREFIX}theme`,
  /** The progress summary plain pages read (derived from the planner records, rewritten on every change). */
  summary: `${KEY_PREFIX}summary`,
  /** The search panel's recent searches and opened results (one small list, read fresh before each write). */
  searchRecent: `${KEY_PREFIX}search-recent`,
} as const;

export type WriteResult = 'saved' | 'full' | 'unavailable';

/** What another tab's write replaced and what it wrote (`null`: no value), as the browser's `storage` event says. */
export interface StorageChange {
  oldValue: string | null;
  newValue: string | null;
}

/** What reading one key gave: its value (`null`: no such key), or `failed` when the browser threw. */
export type RawRead = { ok: true; value: string | null } | { ok: false };

export interface KeyValueStorage {
  /** False when storage cannot be used at all: data then lives for this visit only. */
  readonly available: boolean;
  /** A failed read is not an empty key: the caller must not write over what it could not read. */
  read(key: string): RawRead;
  write(key: string, value: string): WriteResult;
  remove(key: string): boolean;
  /** Keys that start with `prefix`; `undefined` when the browser would not list them. */
  keys(prefix: string): string[] | undefined;
  /**
   * Calls `listener` when another tab changes one of our keys (`null`: storage was cleared), with the browser's
   * event, which says what that tab's write replaced and what it wrote.
   */
  subscribe(listener: (key: string | null, change: StorageChange) => void): () => void;
}

/**
 * Fired on `window` after this tab writes or removes one of its keys (`detail`:
 * the key): the browser's `storage` event only reaches the other tabs. An
 * event, not a list in this module, because each page script may bundle its
 * own copy of the module. See `watchKey` (storage-watch.ts).
 */
export const CHANGED_HERE = `${KEY_PREFIX}changed`;

function tellThisTab(key: string): void {
  // Outside a browser (the build, unit tests without a DOM) there is no window to tell, and no event is made.
  globalThis.dispatchEvent?.(new CustomEvent(CHANGED_HERE, { detail: key }));
}

/** Whether an error from setItem means "no room left" (the names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function defaultStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

const PROBE_KEY = `${KEY_PREFIX}probe`;

/** Opens the browser's localStorage (or `getStorage()`), probing once whether it can be used. */
export function openStorage(getStorage: () => Storage | undefined = defaultStorage): KeyValueStorage {
  let storage: Storage | undefined;
  let available = false;
  try {
    storage = getStorage();
    if (storage) {
      storage.setItem(PROBE_KEY, '1');
      storage.removeItem(PROBE_KEY);
      available = true;
    }
  } catch (error) {
    // A full storage still reads and may free up; only a blocked one is unusable.
    available = storage !== undefined && isQuotaError(error);
  }
  const store = available ? storage : undefined;

  return {
    available,
    read(key) {
      if (!store) return { ok: true, value: null };
      try {
        return { ok: true, value: store.getItem(key) };
      } catch {
        return { ok: false };
      }
    },
    write(key, value) {
      if (!store) return 'unavailable';
      try {
        store.setItem(key, value);
        tellThisTab(key);
        return 'saved';
      } catch (error) {
        return isQuotaError(error) ? 'full' : 'unavailable';
      }
    },
    remove(key) {
      if (!store) return false;
      try {
        store.removeItem(key);
        tellThisTab(key);
        return true;
      } catch {
        return false;
      }
    },
    keys(prefix) {
      if (!store) return [];
      try {
        return Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
          (key): key is string => key?.startsWith(prefix) === true,
        );
      } catch {
        return undefined;
      }
    },
    subscribe(listener) {
      if (!store || typeof window === 'undefined') return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea !== store) return;
        if (event.key === null || event.key.startsWith(KEY_PREFIX)) listener(event.key, event);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
