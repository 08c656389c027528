/** Who a task or list is for. A plain list, so browser code can check roles without the content schemas. */
export const ROLES = ['new-csm', 'manager', 'buddy', 'intern', 'mentor'] as const;

/** Shape of the stable ids of programs, sections and tasks. */
export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ITEM_ID_MAX_LENGTH = 80;

/** Keys that could reach an object's prototype if a careless consumer merged them. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `id` may name a stored record: a valid item id, never a prototype-reaching key. */
export function isRecordId(id: string): boolean {
  return id.length <= ITEM_ID_MAX_LENGTH && ITEM_ID_PATTERN.test(id) && !PROTOTYPE_KEYS.has(id);
}
