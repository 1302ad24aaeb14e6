/** The asymmetry over the complete frameworks: the counting rule, and figures that move with the data. */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { completeAsymmetry, countingUnits, unitStages } from './asymmetry-complete.ts';
import { loadModel } from './load.ts';

afterAll(cleanFixtures);
const m = loadModel();

describe('counted obligations', () => {
  const units = countingUnits(m);
  it('count NIST subcategories, not their functions or categories, and AI 600-1 risks', () => {
    expect(units.filter((p) => p.data.framework === 'nist-ai-rmf')).toHaveLength(72);
    expect(units.map((p) => p.id)).not.toContain('nist-measure-2');
    expect(units.map((p) => p.id)).not.toContain('nist-govern');
    expect(units.filter((p) => p.data.framework === 'nist-ai-600-1')).toHaveLength(12);
  });
  it('fold an EU paragraph entry into its article, with the paragraph\'s stages', () => {
    const art15 = m.byId.provisions.get('eu-art-15')!;
    expect(units).toContain(art15);
    expect(units.map((p) => p.id)).not.toContain('eu-art-15-5');
    const para = m.byId.provisions.get('eu-art-15-5')!;
    for (const s of para.data.stages) expect(unitStages(m, art15)).toContain(s.stage);
  });
});

describe('the complete-framework figures', () => {
  it('add up: every unit is counted in the bands its stages reach, or as organisation-wide', () => {
    const a = completeAsymmetry(m);
    const units = countingUnits(m);
    const band = (p: (typeof units)[number]) => new Set(unitStages(m, p).map((s) => m.byId.layers.get(m.byId.stages.get(s)!.data.layer)!.data.band));
    expect(a.units).toBe(units.length);
    expect(a.upstream.total).toBe(units.filter((p) => band(p).has('upstream')).length);
    expect(a.downstream.total).toBe(units.filter((p) => band(p).has('downstream')).length);
    expect(a.organisationWide.total).toBe(units.filter((p) => band(p).size === 0).length);
    const strict = completeAsymmetry(m, 'all', 'paper', 'neither');
    expect(strict.upstream.total).toBe(units.filter((p) => band(p).size === 1 && band(p).has('upstream')).length);
  });
  it('move when one obligation is read the other way', () => {
    const before = completeAsymmetry(m, 'nist-ai-rmf');
    const p = m.byId.provisions.get('nist-measure-2-7')!;
    const flipped = p.data.kind === 'decision-shaping' ? 'evidence-producing' : 'decision-shaping';
    const after = completeAsymmetry(loadModel(fixture({ file: 'provisions/nist-measure-2-7.mdx', replace: /^kind: .*$/m, with: `kind: ${flipped}` })), 'nist-ai-rmf');
    expect(after.downstream[flipped]).toBe(before.downstream[flipped] + 1);
    expect(after.downstream.total).toBe(before.downstream.total);
  });
});
