import { afterAll, describe, expect, it } from 'vitest';
import { kindsByStageLayer, loadModel, validateContent } from '../model/index.ts';
import { cleanFixtures, fixture, fixtureWithExtraStage } from '../test/fixture.ts';
import { figurePng, figureSvg } from './figure-files.ts';
import { asymmetryChart, governanceStack, lifecycleFigure } from './figures.ts';

afterAll(cleanFixtures);
const m = loadModel();

describe('Figure 1', () => {
  const f = lifecycleFigure(m);
  it('has every layer in pipeline order with every stage, and both pillars whole', () => {
    expect(f.layers.map((l) => l.id)).toEqual(m.layers.map((l) => l.id));
    expect(f.layers.flatMap((l) => l.stages.map((s) => s.id)).sort()).toEqual(m.stages.map((s) => s.id).sort());
    expect(f.llmops.map((u) => u.id)).toEqual(m.llmops.map((l) => l.id));
    expect(f.categories.map((u) => u.id)).toEqual(m.categories.map((g) => g.id));
  });
  it('marks the additional stages with their class and draws the feedback loop from the data', () => {
    expect(f.layers.flatMap((l) => l.stages).filter((s) => s.novelty !== 'refined')).toHaveLength(m.stages.filter((s) => s.data.novelty !== 'refined').length);
    expect(f.loops.map((l) => [l.from.id, l.via.id, l.to.id])).toEqual([['4.8', 'L.7', '1.1']]);
  });
  it('follows the data: a stage added in a fixture appears in its layer and in the SVG', async () => {
    const fm = validateContent(fixtureWithExtraStage()).model;
    const model = lifecycleFigure(fm).layers.find((l) => l.id === 'L2')!;
    expect(model.stages.map((s) => s.id)).toContain('2.10');
    const svg = await figureSvg(fm, 'lifecycle', 'X');
    expect(svg).not.toBe(await figureSvg(m, 'lifecycle', 'X'));
  });
  it('drops the loop when the sub-stage no longer runs one', () => {
    const root = fixture({ file: 'llmops/L.7.mdx', replace: /loop:\n(  .*\n)+/, with: '' });
    expect(lifecycleFigure(validateContent(root).model).loops).toEqual([]);
  });
});

describe('governance stack', () => {
  const g = governanceStack(m);
  it('places every category: at its layers, or among the cross-cutting ones', () => {
    const placed = new Set([...g.rows.flatMap((r) => r.categories.map((c) => c.id)), ...g.crossCutting.map((c) => c.id)]);
    expect([...placed].sort()).toEqual(m.categories.map((c) => c.id).sort());
  });
  it('shows each handoff leaving the layer that hands over', () => {
    for (const h of m.handoffs) expect(g.rows.find((r) => r.id === h.data.from)?.handoffOut?.id).toBe(h.id);
  });
});

describe('asymmetry chart', () => {
  const a = asymmetryChart(m);
  it('counts what kindsByStageLayer counts, under both readings', () => {
    for (const r of a.readings) {
      const k = kindsByStageLayer(m, r.reading);
      r.layers.forEach((l, i) => {
        expect(l.bars[0].provisions.map((p) => p.id)).toEqual(k[i]['decision-shaping'].map((p) => p.id));
        expect(l.bars[1].provisions.map((p) => p.id)).toEqual(k[i]['evidence-producing'].map((p) => p.id));
      });
    }
  });
  it('changes when a provision changes kind', () => {
    const root = fixture({ file: 'provisions/eu-art-10.mdx', replace: /^kind: decision-shaping$/m, with: 'kind: evidence-producing' });
    const changed = asymmetryChart(validateContent(root).model);
    const count = (c: typeof a) => c.readings[0].layers[0].bars[1].provisions.length;
    expect(count(changed)).toBe(count(a) + 1);
  });
});

describe('downloads', () => {
  it('are PNGs at presentation size, byte-identical for the same content', async () => {
    const [x, y] = [await figurePng(m, 'governance', 'S', false), await figurePng(m, 'governance', 'S', false)];
    expect([x.readUInt32BE(16), x.readUInt32BE(20)]).toEqual([1920, 1080]);
    expect(x.equals(y)).toBe(true);
  });
});
