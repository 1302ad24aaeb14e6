import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { checkClaims, claimsByTopic } from './claims.ts';
import { loadModel, validateContent } from './load.ts';

afterAll(cleanFixtures);

describe('the claims ledger', () => {
  const checks = checkClaims(loadModel());
  const byId = new Map(checks.map((c) => [c.claim.id, c]));

  it('checks every claim file', () => {
    expect(checks.length).toBe(loadModel().claims.length);
    expect(checks.length).toBeGreaterThan(20);
  });

  it.each(['stages-total', 'additional-total', 'units-total', 'asymmetry-total', 'asymmetry-upstream-decision', 'asymmetry-downstream-evidence', 'llmops-sec5-consensus'])(
    '%s agrees with the data',
    (id) => expect(byId.get(id)?.agrees).toBe(true),
  );

  it("shows Section 3's LLMOps counts disagreeing with the data", () => {
    expect(byId.get('llmops-sec3-consensus')).toMatchObject({ agrees: false, computed: 7 });
    expect(byId.get('llmops-sec3-gap-closure')).toMatchObject({ agrees: false, computed: 3 });
  });

  it('computes the other readings beside the main one', () => {
    const total = byId.get('asymmetry-total')!;
    expect(total.readings.map((r) => r.value)).toEqual([32, 33, 35, 36]);
    expect(byId.get('llmops-sec5-gap-closure')!.readings[0]).toMatchObject({ value: 0, agrees: false });
  });

  it('keeps contradicting claims under one topic', () => {
    const topic = claimsByTopic(loadModel()).find((t) => t.topic === 'LLMOps synthesis phases')!;
    expect(topic.checks.map((c) => c.claim.data.section)).toEqual(expect.arrayContaining(['Section 3', 'Section 5 and Table 2']));
  });

  it('recomputes when the data changes', () => {
    // The edit makes the content invalid (12 additional stages), so compute on the model it builds.
    const { model: m, issues } = validateContent(fixture({ file: 'stages/4.12.mdx', replace: /^novelty: omitted$/m, with: 'novelty: refined' }));
    expect(issues.map((i) => i.rule)).toContain('expected-counts');
    const c = checkClaims(m).find((x) => x.claim.id === 'additional-total');
    expect(c).toMatchObject({ computed: 12, agrees: false });
  });
});
