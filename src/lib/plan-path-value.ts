import type { Plan } from '../schemas/plan';
import { BOOKKEEPING, itemOfPath, type Json, type JsonObject } from './plan-clock';
import { isObject } from './stable-json';

/*
 * Putting back a plan's text that another tab's newer text replaced (src/stores/plan-lost-edits.ts). A module
 * of its own, apart from the change stamps in plan-clock.ts: only that rare offer needs it, and it loads with it.
 */

/** `plan` with the field at `path` (a clock path) set to `value`: used to put a lost edit back. */
export function withPathValue(plan: Plan, path: string, value: Json): Plan {
  const copy = structuredClone(plan) as unknown as JsonObject;
  let container: JsonObject | undefined;
  let rest = path;
  const item = itemOfPath(path);
  if (item) {
    const find = (node: Json): JsonObject | undefined => {
      if (Array.isArray(node)) {
        for (const entry of node) {
          const found = find(entry);
          if (found) return found;
        }
      } else if (isObject(node)) {
        if (node.id === item && node !== copy) return node;
        for (const [key, child] of Object.entries(node)) {
          if (BOOKKEEPING.has(key)) continue;
          const found = find(child);
          if (found) return found;
        }
      }
      return undefined;
    };
    container = find(copy);
    rest = path.slice(item.length + 2);
  } else {
    container = copy;
  }
  const keys = rest.split('.');
  const last = keys.pop();
  for (const key of keys) {
    const next: Json | undefined = container?.[key];
    container = Array.isArray(next) ? (next as unknown as JsonObject) : isObject(next) ? next : undefined;
  }
  if (container && last) container[last] = value;
  return copy as unknown as Plan;
}
