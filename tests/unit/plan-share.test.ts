import { describe, expect, it } from 'vitest';
import { addGoal, createPlan, updatePlanFields } from '../../src/lib/plan-model';
import { decodePlan, encodePlan, MAX_SHARED_PLAN_BYTES, reviewLink } from '../../src/lib/plan-share';
import { addSuggestion } from '../../src/lib/plan-suggestions';
import { MAX_PLAN_TEXT, type Plan } from '../../src/schemas/plan';

/** Deflates and encodes any text, as a hostile link would carry it. */
async function encodeText(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function samplePlan(): Plan {
  let plan = createPlan('shared-plan', 1_700_000_000_000, 'Mock plan: “CSM Manager” 🚀');
  plan = updatePlanFields(plan, { startDate: '2027-01-04', reviewers: 'Sam', context: 'Line 1\nLine 2' }, 2);
  plan = addGoal(plan, 0, { id: 'g1', text: 'Know the team', category: 'team', measure: 'All met', actions: [] }, 3);
  return addSuggestion(
    plan,
    {
      id: 'sug-x',
      kind: 'action',
      category: 'team',
      text: 'Review calls',
      source: { href: '/handbook/customer-success/csm/csm-manager/#review-checklist', label: 'Review Checklist' },
    },
    0,
    4,
    'g1',
  );
}

describe('review links', () => {
  it('round-trips a plan through the link, without its change stamps', async () => {
    const plan = { ...samplePlan(), clock: { title: { s: '00000000a-tab' } }, removed: { gone: '00000000a-tab' } };
    const encoded = await encodePlan(plan);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(reviewLink('https://example.com/plan-builder/', encoded)).toBe(
      `https://example.com/plan-builder/#review=${encoded}`,
    );
    const decoded = await decodePlan(encoded);
    expect(decoded).toEqual({ ok: true, plan: { ...plan, clock: {}, removed: {} } });
  });

  it('keeps a typical template plan well under 8,000 characters', async () => {
    const encoded = await encodePlan(samplePlan());
    expect(encoded.length).toBeLessThan(1_000);
  });

  it('refuses what is not a link of this site: bad characters, cut short, not deflate, not JSON, empty', async () => {
    const good = await encodePlan(samplePlan());
    for (const fragment of [
      '',
      'abc$',
      '%3Cscript%3E',
      good.slice(0, good.length / 2),
      'AAAA',
      await encodeText('nope'),
    ]) {
      expect(await decodePlan(fragment), fragment.slice(0, 20)).toEqual({ ok: false, error: 'link' });
    }
  });

  it('refuses hostile plans with the backup’s rules: prototype keys, bad sources, over the limits', async () => {
    const json = JSON.stringify(samplePlan());
    const proto = await encodeText(json.replace('"title"', '"__proto__":{"polluted":1},"title"'));
    expect(await decodePlan(proto)).toMatchObject({ ok: false, error: 'invalid', detail: '__proto__' });
    expect(({} as { polluted?: number }).polluted).toBeUndefined();

    const badSource = await encodeText(
      json.replace('/handbook/customer-success/csm/csm-manager/', 'javascript:alert(1)//'),
    );
    expect(await decodePlan(badSource)).toMatchObject({ ok: false, error: 'invalid' });

    const longText = await encodeText(json.replace('Know the team', 'x'.repeat(MAX_PLAN_TEXT + 1)));
    expect(await decodePlan(longText)).toMatchObject({ ok: false, error: 'invalid' });

    const plan = samplePlan();
    const goals = Array.from({ length: 201 }, (_, i) => ({ ...plan.phases[0].goals[0], id: `g${i}` }));
    const tooMany = await encodeText(
      JSON.stringify({ ...plan, phases: [{ ...plan.phases[0], goals }, plan.phases[1], plan.phases[2]] }),
    );
    expect(await decodePlan(tooMany)).toMatchObject({ ok: false, error: 'invalid' });

    expect(await decodePlan(await encodeText(JSON.stringify({ ...plan, v: 99 })))).toEqual({
      ok: false,
      error: 'newer',
    });
    expect(await decodePlan(await encodeText('[1,2,3]'))).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('says why a plan is refused in the site’s words, with what it quotes from the link clipped', async () => {
    const json = JSON.stringify(samplePlan());
    const long = await decodePlan(await encodeText(json.replace('Mock plan', 'T'.repeat(5_000))));
    expect(long).toMatchObject({
      ok: false,
      error: 'invalid',
      detail: 'title: 5018 characters, where at most 300 are kept',
    });

    const hostile = '<b>x</b>'.repeat(50);
    const badStatus = await decodePlan(await encodeText(json.replace('"category":"team"', `"category":"${hostile}"`)));
    expect(badStatus.ok).toBe(false);
    const detail = badStatus.ok ? '' : (badStatus.detail ?? '');
    expect(detail).toMatch(/a value this site does not write/);
    expect(detail).not.toMatch(/Invalid|Expected|received/);
    expect(detail.length).toBeLessThanOrEqual(2 * 120 + 2);
  });

  it('refuses a plan with two items under one id: a copy saved from it would edit both as one', async () => {
    const plan = samplePlan();
    const [goal] = plan.phases[0].goals;
    if (!goal) throw new Error('sample plan has a goal');
    const twin = { ...goal, text: 'Goal B: run reviews', actions: [] };
    const phases = [{ ...plan.phases[0], goals: [goal, twin] }, plan.phases[1], plan.phases[2]];
    expect(await decodePlan(await encodeText(JSON.stringify({ ...plan, phases })))).toEqual({
      ok: false,
      error: 'invalid',
      detail: 'phases: two items share one id',
    });
  });

  it('reads a plan from a link without the bidi controls that would turn its words around', async () => {
    const json = JSON.stringify(samplePlan());
    const decoded = await decodePlan(
      await encodeText(
        json.replace('Mock plan', 'Mock \\u202egnp.exe').replace('Know the team', 'Know\u2066 the team'),
      ),
    );
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.plan.title).toBe('Mock gnp.exe: “CSM Manager” 🚀');
    expect(decoded.plan.phases[0].goals[0]?.text).toBe('Know the team');
  });

  // A backup file nested as deep says so (src/lib/backup.ts); the link said it was cut short.
  it('says a link nested too deeply is so, not that it is no link of this site', async () => {
    const deep = await encodeText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(await decodePlan(deep)).toEqual({ ok: false, error: 'too-deep' });
  });

  it('stops inflating a decompression bomb as soon as it passes the plan size limit', async () => {
    // 32 MiB of spaces deflate to about 32 KB: the link is short, the output would not be.
    const bomb = await encodeText(new Uint8Array(32 * 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(50_000);
    expect(await decodePlan(bomb)).toEqual({ ok: false, error: 'too-large' });
    // A valid plan just over a smaller limit is refused the same way.
    const encoded = await encodePlan(samplePlan());
    expect(await decodePlan(encoded, 100)).toEqual({ ok: false, error: 'too-large' });
  }, 30_000);

  it('reads a plan of exactly the size limit, and refuses one byte more', async () => {
    // The plan's JSON with spaces after it (still the same JSON) up to the limit: 1 MiB, as docs/plan-builder.md says.
    // Counted in UTF-8 bytes: the title's quotes and emoji are more than one each.
    const json = JSON.stringify(samplePlan());
    const spaces = MAX_SHARED_PLAN_BYTES - new TextEncoder().encode(json).length;
    const atLimit = await encodeText(json + ' '.repeat(spaces));
    const over = await encodeText(json + ' '.repeat(spaces + 1));
    expect(await decodePlan(atLimit)).toMatchObject({ ok: true, plan: { title: samplePlan().title } });
    expect(await decodePlan(over)).toEqual({ ok: false, error: 'too-large' });
    expect(MAX_SHARED_PLAN_BYTES).toBe(1024 * 1024);
  }, 30_000);
});
