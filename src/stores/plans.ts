import { atom, map } from 'nanostores';
import { mergeThreeWay } from '../lib/plan-merge';
import { createPlan, duplicatePlan, newId, sortPlans } from '../lib/plan-model';
import { type KeyValueStorage, keyPrefixes, openStorage, storageKeys } from '../lib/storage';
import { readPlan } from '../lib/stored-records';
import type { Plan } from '../schemas/plan';
import { announce } from './announcer';
import {
  closeSessionForTests,
  isLocked,
  loadKey,
  onExternalChange,
  openSession,
  persist,
  storedKeys,
} from './storage-session';

/*
 * 30-60-90 plans, one storage key each. Edits show at once and are saved
 * after a short pause. If another tab saves the same plan while this one has
 * unsaved edits, the two are merged field by field; where both changed the
 * same field, this tab's text is kept and the reader is told.
 */

/** Pause after the last keystroke before saving. */
export const AUTOSAVE_DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'failed';

export const $plans = map<Record<string, Plan>>({});
export const $currentPlanId = atom<string | undefined>(undefined);
export const $planSaveState = atom<SaveState>('saved');
export const $plansReady = atom(false);

let started = false;
/** The version of each plan last read from or written to storage: the base for merges. */
const saved = new Map<string, Plan>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

function planIdOf(key: string): string {
  return key.slice(keyPrefixes.plan.length);
}

function savePlan(id: string): void {
  timers.delete(id);
  const plan = $plans.get()[id];
  if (!plan) return;
  const result = persist(storageKeys.plan(id), JSON.stringify(plan));
  if (result === 'saved') saved.set(id, plan);
  $planSaveState.set(result === 'saved' && timers.size === 0 ? 'saved' : result === 'saved' ? 'saving' : 'failed');
}

function scheduleSave(id: string): void {
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  $planSaveState.set('saving');
  timers.set(
    id,
    setTimeout(() => savePlan(id), AUTOSAVE_DELAY_MS),
  );
}

/** Saves every plan with a pending edit now (before leaving the page, for example). */
export function flushPlanSaves(): void {
  for (const id of [...timers.keys()]) {
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    savePlan(id);
  }
}

function applyExternalChange(key: string | null): void {
  if (key === null) {
    loadAll();
    return;
  }
  if (!key.startsWith(keyPrefixes.plan)) return;
  const id = planIdOf(key);
  const remote = loadKey(key, readPlan);
  const local = $plans.get()[id];
  const editing = timers.has(id);
  if (!remote) {
    // Deleted in another tab: keep it here only if this tab has unsaved edits to it.
    if (editing) return;
    const { [id]: _removed, ...rest } = $plans.get();
    $plans.set(rest);
    saved.delete(id);
    return;
  }
  if (!local || !editing) {
    $plans.setKey(id, remote);
    saved.set(id, remote);
    return;
  }
  const base = saved.get(id) ?? remote;
  const { value, conflicts } = mergeThreeWay(base, local, remote);
  const merged: Plan = { ...value, updatedAt: Math.max(local.updatedAt, remote.updatedAt) };
  saved.set(id, remote);
  $plans.setKey(id, merged);
  scheduleSave(id);
  if (conflicts.length > 0) {
    announce(
      'This plan was also changed in another tab. Both sets of changes were merged; where both tabs changed the same text, this tab’s version was kept.',
      'error',
    );
  }
}

function loadAll(): void {
  const plans: Record<string, Plan> = {};
  for (const key of storedKeys(keyPrefixes.plan)) {
    const plan = loadKey(key, readPlan);
    if (plan) {
      plans[planIdOf(key)] = plan;
      saved.set(planIdOf(key), plan);
    }
  }
  // Edits not saved yet stay as they are.
  for (const id of timers.keys()) {
    const local = $plans.get()[id];
    if (local) plans[id] = local;
  }
  $plans.set(plans);
}

/**
 * Starts the plan store once per page. With no plan yet, it opens a fresh
 * draft (saved once the reader types), so there is no empty list to click through.
 */
export function startPlans(
  options: { open?: () => KeyValueStorage; wantedId?: string | undefined; createDraft?: boolean } = {},
): void {
  if (started) return;
  started = true;
  const { open = () => openStorage(), wantedId, createDraft = true } = options;
  openSession(open);
  loadAll();
  onExternalChange(applyExternalChange);
  const plans = $plans.get();
  const current = wantedId && plans[wantedId] ? wantedId : sortPlans(Object.values(plans))[0]?.id;
  if (current) $currentPlanId.set(current);
  else if (createDraft) {
    const draft = createPlan(newId(), Date.now());
    $plans.setKey(draft.id, draft);
    $currentPlanId.set(draft.id);
  }
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flushPlanSaves);
  $plansReady.set(true);
}

/** Only for tests. */
export function stopPlansForTests(): void {
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  saved.clear();
  started = false;
  closeSessionForTests();
  $plans.set({});
  $currentPlanId.set(undefined);
  $planSaveState.set('saved');
  $plansReady.set(false);
}

/** Applies an edit to a plan: shown at once, saved after a pause. */
export function editPlan(id: string, change: (plan: Plan, now: number) => Plan): void {
  const plan = $plans.get()[id];
  if (!plan) return;
  if (isLocked(storageKeys.plan(id))) {
    announce('This plan was saved by a newer version of the site and cannot be changed here.', 'error');
    return;
  }
  $plans.setKey(id, change(plan, Date.now()));
  scheduleSave(id);
}

export function selectPlan(id: string): void {
  if ($plans.get()[id]) $currentPlanId.set(id);
}

export function newPlan(): string {
  const plan = createPlan(newId(), Date.now());
  $plans.setKey(plan.id, plan);
  $currentPlanId.set(plan.id);
  savePlan(plan.id);
  announce('New plan created.');
  return plan.id;
}

export function duplicateCurrentPlan(): void {
  const id = $currentPlanId.get();
  const plan = id ? $plans.get()[id] : undefined;
  if (!plan) return;
  flushPlanSaves();
  const copy = duplicatePlan(plan, newId(), Date.now());
  $plans.setKey(copy.id, copy);
  $currentPlanId.set(copy.id);
  savePlan(copy.id);
  announce(`Duplicated as “${copy.title}”.`);
}

/** Deletes a plan; offers Undo right after. */
export function deletePlan(id: string): void {
  const plan = $plans.get()[id];
  if (!plan) return;
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  timers.delete(id);
  const { [id]: _removed, ...rest } = $plans.get();
  $plans.set(rest);
  saved.delete(id);
  persist(storageKeys.plan(id), null);
  const next = sortPlans(Object.values(rest))[0];
  if (next) $currentPlanId.set(next.id);
  else {
    const draft = createPlan(newId(), Date.now());
    $plans.setKey(draft.id, draft);
    $currentPlanId.set(draft.id);
  }
  announce(`Deleted “${plan.title || 'Untitled plan'}”.`, 'info', {
    label: 'Undo',
    run: () => {
      $plans.setKey(plan.id, plan);
      $currentPlanId.set(plan.id);
      savePlan(plan.id);
      announce(`“${plan.title || 'Untitled plan'}” is back.`);
    },
  });
}

/** Replaces all plans (restore, reset all). */
export function replacePlans(plans: Readonly<Record<string, Plan>>): void {
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  for (const id of Object.keys($plans.get())) {
    if (!plans[id]) {
      persist(storageKeys.plan(id), null);
      saved.delete(id);
    }
  }
  for (const plan of Object.values(plans)) {
    persist(storageKeys.plan(plan.id), JSON.stringify(plan));
    saved.set(plan.id, plan);
  }
  $plans.set({ ...plans });
}
