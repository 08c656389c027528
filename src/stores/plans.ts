import { atom, computed } from 'nanostores';
import { type KeyValueStorage, openStorage } from '../browser/storage';
import { pst } from '../i18n/plan-store-ui';
import { t } from '../i18n/ui';
import { createStampClock, mergePlans, newTabId, stampChanges } from '../lib/plan-clock';
import { titleOf } from '../lib/plan-labels';
import { createPlan, duplicatePlan, newId, sortPlans } from '../lib/plan-model';
import { readPlan } from '../lib/plan-records';
import { isPlanId, type Plan } from '../schemas/plan';
import { announce } from './announcer';
import { recordKeys } from './record-keys';
import { AUTOSAVE_MS, createRecordStore } from './record-store';
import { closeSessionForTests, openSession } from './storage-session';

/*
 * 30-60-90 plans, one storage key each, in a record store. Edits show at once
 * and are saved after a short pause. Each edit stamps the fields it changed
 * (src/lib/plan-clock.ts), so when another tab saves the same plan the two
 * merge field by field in any timing; where both tabs typed in the same field
 * without seeing each other's text, the newer text stays in both tabs and the
 * tab whose text lost is told and offered it back.
 */

const tabId = newTabId();
const nextStamp = createStampClock(tabId);

const planStore = createRecordStore<Plan>({
  prefix: recordKeys.plan(''),
  read: readPlan,
  isValidId: isPlanId,
  merge: (local, remote) => {
    const { value, lost } = mergePlans(local, remote, tabId);
    // This tab's texts that the other tab's newer ones replaced are offered back (plan-lost-edits.ts, loaded
    // then: it is rare). If its file cannot come (offline), nothing is said; the plan is as both tabs merged it.
    if (lost.length > 0)
      queueMicrotask(() =>
        import('./plan-lost-edits').then(
          (edits) => edits.offerLostEdits(local.id, lost),
          () => {},
        ),
      );
    return value;
  },
  lockedMessage: pst('storage.lockedPlan'),
  idOf: (plan) => plan.id,
});

export const planStoreForRestore = planStore;
export const $plans = planStore.$records;
export const $planSaveState = planStore.$saveState;
export const $currentPlanId = atom<string | undefined>(undefined);
/** False until stored plans have been read: the builder shows "Opening…" only until then. */
export const $plansLoaded = atom(false);
/** The plan on screen: the chosen one if it exists, else the newest, else none (the builder offers New plan). */
export const $currentPlan = computed([$plans, $currentPlanId], (plans, id) =>
  id && Object.hasOwn(plans, id) ? plans[id] : sortPlans(Object.values(plans))[0],
);

function hasPlan(id: string): boolean {
  return Object.hasOwn($plans.get(), id);
}

let started = false;
/** Plans deleted in this tab in this visit, until their Undo: another tab writing one again is news (plan-elsewhere.ts). */
export const deletedHere = new Set<string>();
/**
 * The fresh draft a first visit opens, untouched while it is the very object shown (an edit replaces it): a plan made
 * from a template here replaces it, and so does one another tab saves (src/stores/plan-told.ts).
 */
export let untouchedDraft: Plan | undefined;

/** Saves every plan with a pending edit now (before leaving the page, for example). */
export function flushPlanSaves(): void {
  planStore.flush();
}

/** Keeps the current plan id pointing at a plan that exists, or at none. */
function settleCurrentPlan(): void {
  const current = $currentPlan.get();
  if ($currentPlanId.get() !== current?.id) $currentPlanId.set(current?.id);
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
  planStore.start();
  if (wantedId && hasPlan(wantedId)) $currentPlanId.set(wantedId);
  settleCurrentPlan();
  if (!$currentPlanId.get() && createDraft) {
    const draft = createPlan(newId(), Date.now());
    // Shown, not stored: an untouched draft leaves nothing behind.
    $plans.setKey(draft.id, draft);
    untouchedDraft = draft;
    $currentPlanId.set(draft.id);
  }
  // Whatever another tab does (delete, clear, Reset all), the builder settles on a plan or on "no plan".
  $plans.listen(settleCurrentPlan);
  $plansLoaded.set(true);
}

/** Only for tests. */
export function stopPlansForTests(): void {
  started = false;
  closeSessionForTests();
  planStore.resetForTests?.();
  $currentPlanId.set(undefined);
  $plansLoaded.set(false);
  untouchedDraft = undefined;
  deletedHere.clear();
}

/** Applies an edit to a plan: shown at once, stamped, saved after a pause. */
export function editPlan(id: string, change: (plan: Plan, now: number) => Plan): void {
  if (!hasPlan(id)) return;
  const plan = $plans.get()[id] as Plan;
  planStore.set(id, stampReplacement(plan, change(plan, Date.now())), AUTOSAVE_MS);
}

export function selectPlan(id: string): void {
  if (hasPlan(id)) $currentPlanId.set(id);
}

/**
 * Adds a new plan (from a template, Blank included, or a copy of a shared one)
 * and opens it, saying `message`; it replaces the first visit's draft if nobody typed in it.
 */
export function newPlan(plan: Plan, message: string): string {
  if (untouchedDraft && $plans.get()[untouchedDraft.id] === untouchedDraft) $plans.setKey(untouchedDraft.id, undefined);
  untouchedDraft = undefined;
  planStore.set(plan.id, plan);
  $currentPlanId.set(plan.id);
  announce(message);
  return plan.id;
}

export function duplicateCurrentPlan(): void {
  const plan = $currentPlan.get();
  if (!plan) return;
  flushPlanSaves();
  const copy = duplicatePlan(plan, newId(), Date.now());
  planStore.set(copy.id, copy);
  $currentPlanId.set(copy.id);
  announce(pst('plan.duplicated', { title: copy.title }));
}

/** Deletes a plan; offers Undo right after, which then calls `undone` (the island moves the focus). */
export function deletePlan(id: string, undone?: () => void): void {
  const plan = hasPlan(id) ? $plans.get()[id] : undefined;
  if (!plan) return;
  const before = planStore.snapshot([id]);
  if (planStore.set(id, undefined) === 'refused') return;
  const undo = planStore.undoSnapshot(before);
  const title = titleOf(plan);
  deletedHere.add(id);
  announce(pst('plan.deleted', { title }), 'info', {
    label: t('planner.undo'),
    run: () => {
      deletedHere.delete(id);
      // The store tells the reader what it could not put back or save.
      const told = planStore.undo(undo);
      $currentPlanId.set(id);
      if (!told) announce(pst('plan.restored', { item: title }));
      undone?.();
    },
  });
}

/**
 * A plan's next version (an edit, a restore, an Undo), stamped as this tab's newest change so other tabs take it rather
 * than merge it away; `editPlan` goes through it too, so the stamping is written once (December 7, for size).
 */
export function stampReplacement(current: Plan | undefined, next: Plan | undefined): Plan | undefined {
  if (!next || !current) return next;
  return stampChanges(current, next, nextStamp(current, next));
}
