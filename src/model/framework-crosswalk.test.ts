/** The crosswalk between governance frameworks, computed from the stage mapping. */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { unitStages } from './asymmetry-complete.ts';
import { relatedAcrossFrameworks, stageFrameworkMatrix, stagesUnreached } from './framework-crosswalk.ts';
import { loadModel, validateContent } from './load.ts';

afterAll(cleanFixtures);
const m = loadModel();

describe('provision to provision', () => {
  it('relates Art. 15 only to provisions of the other frameworks, of its kind, sharing a stage', () => {
    const art15 = m.byId.provisions.get('eu-art-15')!;
    const related = relatedAcrossFrameworks(m, art15);
    expect(related.length).toBeGreaterThan(0);
    for (const { framework, related: rs } of related) {
      expect(framework).not.toBe('eu-ai-act');
      for (const r of rs) {
        expect(r.provision.data.kind).toBe(art15.data.kind);
        expect(r.shared.length).toBeGreaterThan(0);
        for (const s of r.shared) expect(unitStages(m, art15)).toContain(s);
      }
    }
  });
});

describe('stages × frameworks', () => {
  it('counts per cell the obligations mapped there, and an unreached stage is an empty cell', () => {
    const matrix = stageFrameworkMatrix(m);
    expect(matrix.map((r) => r.stage)).toEqual(m.stages.map((s) => s.id));
    for (const f of ['eu-ai-act', 'nist-ai-rmf'] as const)
      expect(stagesUnreached(m, f)).toEqual(matrix.filter((r) => r.cells.find((c) => c.framework === f)!.units.length === 0).map((r) => r.stage));
  });
  it('reaches a stage once an obligation is mapped there', () => {
    const gap = stagesUnreached(m, 'eu-ai-act')[0];
    expect(gap).toBeDefined();
    const grown = validateContent(fixture({ file: 'provisions/eu-art-15.mdx', replace: /^stages:\n/m, with: `stages:\n  - stage: '${gap}'\n    rationale: Test mapping.\n` })).model;
    expect(stagesUnreached(grown, 'eu-ai-act')).not.toContain(gap);
    expect(stageFrameworkMatrix(grown).find((r) => r.stage === gap)!.cells.find((c) => c.framework === 'eu-ai-act')!.units.map((p) => p.id)).toEqual(['eu-art-15']);
  });
});
