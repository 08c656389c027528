import type { Plan } from '../schemas/plan';
import { duplicatePlan } from './plan-model';

/*
 * A review link's plan beside the reader's own plans: which of them it is a version of, and the copy "Save a copy
 * to my plans" makes. Loaded with the review view only. A plan keeps its id; a copy of it (Save a copy, Duplicate)
 * takes a new one but keeps its items' ids, which are random: a plan that shares one with the link's is a version
 * of it. So a CSM who gets back a link of the copy their manager saved and wrote in is told it is their plan.
 */

/** The reader's plan a review link holds a version of, and which of the two was changed later (`updatedAt`). */
interface HeldVersion {
  plan: Plan;
  newer: 'link' | 'yours' | 'same';
}

const itemIds = (plan: Plan): string[] =>
  plan.phases
    .flatMap(({ goals, people }) => [...goals, ...goals.flatMap((goal) => goal.actions), ...people])
    .map((item) => item.id);

/**
 * The reader's plan `shared` is a version of: the same plan, or else, of the plans that share an item with it (a
 * copy of it, or the plan it is a copy of), the one of its title, then the one sharing most of its items, then the
 * one changed last. A reader who duplicated the plan they sent and worked on in the duplicate is told of the plan
 * they sent, which keeps the title a copy from a link keeps. None for a plan with no item and another id.
 */
export function heldVersion(shared: Plan, plans: readonly Plan[]): HeldVersion | undefined {
  const items = new Set(itemIds(shared));
  const rank = (mine: Plan): [number, number, number] => [
    Number(mine.title === shared.title),
    itemIds(mine).filter((id) => items.has(id)).length,
    mine.updatedAt,
  ];
  const likeliest = plans
    .map((mine) => ({ mine, rank: rank(mine) }))
    .filter(({ rank: [, shares] }) => shares > 0)
    .sort(({ rank: a }, { rank: b }) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2])[0];
  const plan = plans.find((mine) => mine.id === shared.id) ?? likeliest?.mine;
  if (!plan) return undefined;
  const newer = shared.updatedAt > plan.updatedAt ? 'link' : shared.updatedAt < plan.updatedAt ? 'yours' : 'same';
  return { plan, newer };
}

/**
 * The copy of a review link's plan the reader saves: a new id, its own history, the link's title (the reader's
 * words, never changed by the site), and the day it was saved, which "Your plans" shows beside the title so the
 * copy and a plan of the same title can be told apart.
 */
export function reviewCopy(shared: Plan, id: string, now: number, today: string): Plan {
  return { ...duplicatePlan(shared, id, now), title: shared.title, savedFromReview: today };
}

let stampFormat: Intl.DateTimeFormat | undefined;

/** When a plan was last changed, in the reader's time: `7 Dec 2026, 14:05`. */
export function formatChanged(time: number): string {
  stampFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return stampFormat.format(time);
}
