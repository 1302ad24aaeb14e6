import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { countTable3, kindsByStageLayer } from './asymmetry.ts';
import { countingUnits, unitStages } from './asymmetry-complete.ts';
import { loadModel } from './load.ts';

afterAll(cleanFixtures);

describe('the structural asymmetry computed from Table 3', () => {
  const m = loadModel();

  it("reproduces the paper's Section 6.3 figures under convention B and the paper's reading", () => {
    const r = countTable3(m, 'B', 'paper');
    expect(r.total).toBe(33);
    expect(r.bands.upstream.total).toBe(11);
    expect(r.bands.upstream['decision-shaping']).toBe(10);
    expect(r.bands.downstream.total).toBe(22);
    expect(r.bands.downstream['evidence-producing']).toBe(22);
    expect(r.excludedCategories).toEqual(['G.3', 'G.8', 'G.9']);
  });

  it('names Art. 53(1)(d) as the one evidence-producing upstream provision', () => {
    const ep = countTable3(m, 'B', 'paper').bands.upstream.units.filter((u) => u.kind === 'evidence-producing');
    expect(ep.map((u) => u.provisions)).toEqual([['eu-art-53-1-d']]);
  });

  it('gives the totals of the other conventions in the fact sheet (A 32, C 33, D 35, E 36)', () => {
    expect(['A', 'B', 'C', 'D', 'E'].map((c) => countTable3(m, c as 'A').total)).toEqual([32, 33, 33, 35, 36]);
  });

  it('softens but keeps the direction under the alternative reading', () => {
    const r = countTable3(m, 'B', 'alternative');
    expect(r.bands.upstream['decision-shaping']).toBeLessThan(10);
    expect(r.bands.downstream['evidence-producing']).toBeLessThan(22);
    expect(r.bands.upstream['decision-shaping'] / r.bands.upstream.total).toBeGreaterThan(r.bands.downstream['decision-shaping'] / r.bands.downstream.total);
  });

  it("changes when one provision's kind is flipped in the data", () => {
    const flipped = loadModel(fixture({ file: 'provisions/eu-art-10.mdx', replace: /^kind: decision-shaping$/m, with: 'kind: evidence-producing' }));
    const r = countTable3(flipped, 'B', 'paper');
    expect(r.bands.upstream['decision-shaping']).toBe(9);
    expect(r.bands.upstream['evidence-producing']).toBe(2);
  });

  it('changes when a citation is added to a lifecycle-bound row', () => {
    const grown = loadModel(fixture({ file: 'table3/G.5.yaml', replace: /$/, with: '  - { label: Art. 47, framework: eu-ai-act, form: single, provisions: [eu-art-47] }\n' }));
    expect(countTable3(grown, 'B', 'paper').bands.downstream.total).toBe(23);
  });
});

describe('the asymmetry by stage layer, from the provision mapping', () => {
  it('counts every obligation mapped to a layer once per layer', () => {
    const m = loadModel();
    for (const k of kindsByStageLayer(m)) {
      const expected = countingUnits(m).filter((p) => unitStages(m, p).some((s) => m.byId.stages.get(s)!.data.layer === k.layer));
      expect(k['decision-shaping'].length + k['evidence-producing'].length).toBe(expected.length);
    }
  });
});
