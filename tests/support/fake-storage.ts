/**
 * A Storage for tests that can be blocked (every access throws), hold a byte
 * quota (setItem throws QuotaExceededError past it) or be pre-filled with
 * garbage. Two FakeStorage views over one `shared` map act as two tabs.
 */
export class FakeStorage implements Storage {
  blocked = false;
  /** Reads and listing throw (writes still work): a browser refusing access part-way through a visit. */
  failReads = false;
  quotaBytes = Number.POSITIVE_INFINITY;

  constructor(readonly data: Map<string, string> = new Map()) {}

  private guard(): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }

  private guardRead(): void {
    this.guard();
    if (this.failReads) throw new DOMException('The operation failed.', 'UnknownError');
  }

  get length(): number {
    this.guardRead();
    return this.data.size;
  }

  key(index: number): string | null {
    this.guardRead();
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.guardRead();
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    const used = [...this.data].reduce((sum, [k, v]) => (k === key ? sum : sum + k.length + v.length), 0);
    if (used + key.length + value.length > this.quotaBytes) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.guard();
    this.data.delete(key);
  }

  clear(): void {
    this.guard();
    this.data.clear();
  }
}

/**
 * What the browser fires in this tab when another tab changes `storage` (`key` null: it was cleared), with the
 * value that tab's write replaced and the one it wrote (`null`: none). Without `change`, the event says the key
 * held nothing before and holds what it holds now, for tests that make the other tab's write themselves.
 */
export function otherTabChanged(
  storage: Storage,
  key: string | null,
  change = { oldValue: null as string | null, newValue: key === null ? null : storage.getItem(key) },
): void {
  const event = new Event('storage');
  Object.defineProperties(event, {
    key: { value: key },
    storageArea: { value: storage },
    oldValue: { value: change.oldValue },
    newValue: { value: change.newValue },
  });
  window.dispatchEvent(event);
}
