import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/lib/backup';
import { calendarFile, planCalendarEvents } from '../../src/lib/plan-calendar';
import { mergePlans, stampChanges } from '../../src/lib/plan-clock';
import { filterIdeas, ideasInPlan } from '../../src/lib/plan-ideas';
import { addGoal, addPerson, createPlan, updatePlanFields } from '../../src/lib/plan-model';
import { readPlan } from '../../src/lib/plan-records';
import { addSuggestion, type SuggestionIdea, suggestionBlocked } from '../../src/lib/plan-suggestions';
import { type Plan, planSchema } from '../../src/schemas/plan';
import { unfoldContentLines } from '../support/ics';

const source = { href: '/handbook/customer-success/csm/csm-manager/#review-checklist', label: 'Review Checklist' };
const actionIdea: SuggestionIdea = {
  id: 'sug-account-assignment-review',
  kind: 'action',
  category: 'operations',
  text: 'Check that all accounts are reviewed and assigned',
  source,
};
const goalIdea: SuggestionIdea = {
  id: 'sug-success-plan-review',
  kind: 'goal',
  category: 'strategy',
  text: 'Every customer has a Success Plan',
  measure: 'Success Plans reviewed',
  source,
};
const personIdea: SuggestionIdea = {
  id: 'sug-meet-director',
  kind: 'person',
  category: 'relationships',
  text: 'Your director',
  why: 'The monthly review cadence',
  byDay: 10,
  source,
};

describe('ideas from the handbook (reported: an action idea made an empty “Goal 1”)', () => {
  it('puts an action idea with no goal chosen under a new goal named after its source section', () => {
    const plan = addSuggestion(createPlan('p1', 1), actionIdea, 0, 2);
    const goal = plan.phases[0].goals[0];
    expect(goal?.text).toBe('Review Checklist');
    expect(goal?.actions.map((action) => action.text)).toEqual([actionIdea.text]);
    expect(goal?.actions[0]?.source).toEqual({ id: actionIdea.id, ...source });
  });

  it('puts an action idea under the goal the reader picks', () => {
    let plan = addGoal(
      createPlan('p1', 1),
      0,
      { id: 'g1', text: 'Mine', category: 'team', measure: '', actions: [] },
      2,
    );
    plan = addGoal(plan, 0, { id: 'g2', text: 'Other', category: 'team', measure: '', actions: [] }, 3);
    plan = addSuggestion(plan, actionIdea, 0, 4, 'g1');
    expect(plan.phases[0].goals.map((goal) => goal.actions.length)).toEqual([1, 0]);
  });

  it('adds goals and people with their source, and finds which ideas are in the plan', () => {
    let plan = addSuggestion(createPlan('p1', 1), goalIdea, 1, 2);
    plan = addSuggestion(plan, personIdea, 0, 3);
    expect(plan.phases[0].people[0]).toMatchObject({ name: 'Your director', byDay: 10, why: personIdea.why });
    const found = ideasInPlan(plan);
    expect(found.get(goalIdea.id)).toEqual({ phase: 1, fieldId: `goal-${plan.phases[1].goals[0]?.id}-text` });
    expect(found.get(personIdea.id)?.phase).toBe(0);
    expect(found.has(actionIdea.id)).toBe(false);
    expect(v.safeParse(planSchema, plan).success).toBe(true);
  });

  it('refuses a person when the phase’s people are full', () => {
    let plan = createPlan('p1', 1);
    for (let i = 0; i < 200; i += 1) plan = addPerson(plan, 0, { id: `p${i}`, name: '', why: '', met: false }, 2);
    expect(suggestionBlocked(plan, personIdea, 0)).toEqual({ list: 'people' });
  });

  it('filters ideas by audience and kind', () => {
    const ideas = [
      { id: 'a', kind: 'goal' as const, audience: ['manager' as const] },
      { id: 'b', kind: 'action' as const, audience: ['aspiring-leader' as const, 'manager' as const] },
      { id: 'c', kind: 'person' as const, audience: ['new-csm' as const] },
    ];
    expect(filterIdeas(ideas, { audience: 'all', kind: 'all' }).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(filterIdeas(ideas, { audience: 'manager', kind: 'all' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterIdeas(ideas, { audience: 'manager', kind: 'action' }).map((i) => i.id)).toEqual(['b']);
    expect(filterIdeas(ideas, { audience: 'all', kind: 'person' }).map((i) => i.id)).toEqual(['c']);
  });
});

describe('plan format v3: item sources', () => {
  it('migrates v1 and v2 plans to v3, in storage and in old backups', () => {
    const { clock: _c, removed: _r, ...v1 } = { ...createPlan('old-1', 5), v: 1 };
    const v2 = { ...createPlan('old-2', 5), v: 2 };
    for (const old of [v1, v2]) {
      const read = readPlan(JSON.stringify(old));
      expect(read).toMatchObject({ kind: 'ok', migrated: true, value: { v: 3, id: old.id } });
    }
    const backup = {
      format: 'csm-handbook-backup',
      version: 1,
      exportedAt: '2026-11-30T10:00:00.000Z',
      tasks: {},
      programs: {},
      plans: { 'old-1': v1, 'old-2': v2 },
    };
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok && Object.values(parsed.data.plans).map((plan) => plan.v)).toEqual([3, 3]);
  });

  it('leaves a plan from a newer version alone', () => {
    expect(readPlan(JSON.stringify({ ...createPlan('new', 5), v: 4 }))).toEqual({ kind: 'newer', version: 4 });
  });

  it('refuses a source that is not a path on this site', () => {
    const withSource = (href: string): Plan => {
      const plan = addSuggestion(createPlan('p1', 1), { ...goalIdea, source: { href, label: 'x' } }, 0, 2);
      return JSON.parse(JSON.stringify(plan));
    };
    expect(v.safeParse(planSchema, withSource('/handbook/a/#b')).success).toBe(true);
    for (const href of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/', '/a/"onclick', '/a b/']) {
      expect(v.safeParse(planSchema, withSource(href)).success, href).toBe(false);
    }
  });

  it('merges a source set in one tab with an edit in another', () => {
    const start = stampChanges(createPlan('p1', 1), addSuggestion(createPlan('p1', 1), goalIdea, 0, 2), '00000000a-a');
    const goalId = start.phases[0].goals[0]?.id ?? '';
    const a = stampChanges(start, { ...start, title: 'From tab a' }, '00000000b-a');
    const editedGoal = structuredClone(start);
    (editedGoal.phases[0].goals[0] as Plan['phases'][0]['goals'][0]).text = 'Edited in tab b';
    const b = stampChanges(start, editedGoal, '00000000c-b');
    const { value } = mergePlans(a, b, 'a');
    expect(value.title).toBe('From tab a');
    expect(value.phases[0].goals[0]).toMatchObject({
      id: goalId,
      text: 'Edited in tab b',
      source: { id: goalIdea.id },
    });
  });
});

describe('calendar (reported: no people to meet, no link back)', () => {
  const plan = (() => {
    let p = updatePlanFields(createPlan('plan-1', 1, 'My plan'), { startDate: '2027-01-04' }, 2);
    p = addPerson(p, 0, { id: 'dir', name: 'Director of CS', why: 'Cadence', byDay: 10, met: false }, 3);
    return addPerson(p, 1, { id: 'nobody', name: 'No day', why: '', met: false }, 4);
  })();
  const url = 'https://example.com/plan-builder/?plan=plan-1';

  it('has an event for each person to meet by a day, on that day, with a stable UID', () => {
    const events = planCalendarEvents(plan);
    const meet = events.filter((event) => event.uid.includes('.person-'));
    expect(meet).toEqual([
      expect.objectContaining({
        uid: 'plan-1.person-dir@csm-handbook',
        title: 'Meet: Director of CS',
        start: '2027-01-13',
        end: '2027-01-14',
      }),
    ]);
  });

  it('links every event back to the plan, and adds a weekly check-in when asked', () => {
    const events = planCalendarEvents(plan, { planUrl: url, weeklyCheckIn: true });
    for (const event of events) {
      expect(event.description).toContain(`Open the plan: ${url}`);
      expect(event.url).toBe(url);
    }
    const checkIn = events.find((event) => event.uid === 'plan-1.check-in@csm-handbook');
    expect(checkIn).toMatchObject({ start: '2027-01-08', recurrenceRule: 'FREQ=WEEKLY;COUNT=13' });
    const text = unfoldContentLines(calendarFile(events, new Date()));
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=13');
    expect(text).toContain(`URL:${url}`);
    expect(text).toContain('SUMMARY:Meet: Director of CS');
    expect(planCalendarEvents(plan).some((event) => event.uid.includes('check-in'))).toBe(false);
  });
});
