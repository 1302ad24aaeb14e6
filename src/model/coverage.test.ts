/**
 * The coverage report, computed from the example overlay (Example Corp at Tier 2) and from small
 * variations of it that isolate one behaviour each.
 */
import { countingUnits } from './asymmetry-complete.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, EXAMPLE_ORG_ROOT, orgFixture, type Edit } from '../test/fixture.ts';
import { coverage, coverageExport, statusOf, type CoverageReport } from './coverage.ts';
import { loadModel } from './load.ts';
import { loadOverlay } from './overlay.ts';
import { tierScope } from './units.ts';

afterAll(cleanFixtures);

const m = loadModel();
function reportOf(root: string): CoverageReport {
  const { overlay, issues } = loadOverlay(root, m);
  expect(issues).toEqual([]);
  return coverage(m, overlay!);
}
const withEdits = (...edits: Edit[]) => reportOf(orgFixture(...edits));
const stage = (r: CoverageReport, id: string) => r.stages.find((s) => s.stage.id === id)!;

describe('status of a set of controls', () => {
  it('is covered as soon as one control is implemented', () => expect(statusOf(['planned', 'implemented'])).toBe('covered'));
  it('is partial when controls are only partial or planned', () => {
    expect(statusOf(['partial'])).toBe('partial');
    expect(statusOf(['planned', 'not-implemented'])).toBe('partial');
  });
  it('is not covered with no control, or only controls that are not implemented', () => {
    expect(statusOf([])).toBe('not');
    expect(statusOf(['not-implemented'])).toBe('not');
  });
});

describe('Example Corp at Tier 2', () => {
  const r = reportOf(EXAMPLE_ORG_ROOT);

  it('reports every stage once, in pipeline order', () => {
    expect(r.stages.map((s) => s.stage.id)).toEqual(m.stages.map((s) => s.id));
  });
  it('puts in scope exactly the stages Tier 2 analyses (the 13 additional stages)', () => {
    const scope = tierScope(m, 2)!.stages.map((s) => s.id);
    expect(r.stages.filter((s) => s.inScope).map((s) => s.stage.id)).toEqual(scope);
    expect(scope).toHaveLength(13);
  });
  it('counts a stage with an implemented control as covered, naming the controls', () => {
    expect(stage(r, '1.6').status).toBe('covered');
    expect(stage(r, '1.6').controls.map((c) => c.id)).toEqual(['EC-DATA-01', 'EC-DATA-03']);
    expect(stage(r, '1.6').residualRisk).toBeUndefined();
  });
  it('counts a stage whose only control is partial or planned as partly covered', () => {
    expect(stage(r, '1.4').status).toBe('partial');
    expect(stage(r, '2.4').status).toBe('partial');
  });
  it('gives an uncovered stage the residual risk from its guidance', () => {
    expect(stage(r, '2.5').status).toBe('not');
    expect(stage(r, '2.5').residualRisk).toBe(m.byId.stages.get('2.5')!.data.guidance.ifSkipped);
    expect(stage(r, '4.12').status).toBe('not'); // its only control is not implemented
  });
  it('marks skipped stages with the reason and the residual risk', () => {
    expect(stage(r, '4.9')).toMatchObject({ status: 'skipped', inScope: true, skipReason: expect.stringContaining('single model'), residualRisk: m.byId.stages.get('4.9')!.data.guidance.ifSkipped });
  });
  it('covers a stage outside the tier when a control addresses it', () => {
    expect(stage(r, '4.6')).toMatchObject({ status: 'covered', inScope: false });
  });
  it('totals the stages in scope: 5 covered, 4 partly, 2 not, 2 skipped', () => {
    expect(r.totals.inScopeCounts).toEqual({ covered: 5, partial: 4, not: 2, skipped: 2 });
    expect(Object.values(r.totals.counts).reduce((a, b) => a + b)).toBe(32);
  });
  it('groups the stages by layer in pipeline order for the heat map', () => {
    expect(r.layers.map((l) => l.layer.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(r.layers.flatMap((l) => l.stages.map((s) => s.stage.id))).toEqual(m.stages.map((s) => s.id));
    expect(r.layers[0].inScopeCounts).toEqual({ covered: 1, partial: 1, not: 0, skipped: 1 });
  });
  it('lists the obligations no control names, in the model order; naming a category names its subcategories', () => {
    const named = new Set(['eu-art-10', 'nist-map-4', 'nist-govern-3', 'eu-art-17', 'nist-measure-2', 'eu-art-16', 'nist-measure-1', 'eu-art-72', 'iso-a-10-3', 'eu-art-14', 'eu-art-73', 'iso-cl-9-1']);
    const coveredBy = (p: (typeof m.provisions)[number]) => named.has(p.id) || (p.data.parent !== undefined && named.has(p.data.parent));
    expect(r.provisionsWithoutControl.map((p) => p.id)).toEqual(countingUnits(m).filter((p) => !coveredBy(p)).map((p) => p.id));
    expect(r.provisionsWithoutControl.map((p) => p.id)).toContain('eu-art-9');
    expect(r.provisionsWithoutControl.map((p) => p.id)).not.toContain('nist-measure-2-7');
    const nist = r.obligationsByFramework.find((f) => f.framework === 'nist-ai-rmf')!;
    expect(nist.total).toBe(72);
    expect(nist.withoutControl).toBe(r.provisionsWithoutControl.filter((p) => p.data.framework === 'nist-ai-rmf').length);
  });
  it('lists the handoff evidence the organisation does not receive', () => {
    // What the example overlay receives, by handoff; everything else on each checklist is missing.
    const { overlay } = loadOverlay(EXAMPLE_ORG_ROOT, m);
    const received = new Map(overlay!.organisation.data.handoffs.map((h) => [h.handoff, h.receives]));
    const expected = m.handoffs
      .map((h) => [h.id, h.data.evidence.map((e) => e.artifact).filter((a) => !(received.get(h.id) ?? []).includes(a))] as const)
      .filter(([, missing]) => missing.length > 0);
    expect(r.handoffsMissingEvidence.map((h) => [h.handoff.id, h.missing])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const h2 = r.handoffs.find((h) => h.handoff.id === 'H2')!;
    expect(h2.owner).toBe('Release board');
    expect(h2.controls.map((c) => c.id)).toEqual(['EC-MOD-02']);
  });
  it('rates LLMOps sub-stages too, all outside Tier 2', () => {
    const l = (id: string) => r.llmops.find((x) => x.llmops.id === id)!;
    expect([l('L.2').status, l('L.7').status, l('L.3').status]).toEqual(['covered', 'partial', 'not']);
    expect(r.llmops.some((x) => x.inScope)).toBe(false);
  });
});

describe('variations', () => {
  it('a skip wins over an implemented control', () => {
    const r = withEdits({ file: 'organisation.yaml', replace: "stage: '4.9'", with: "stage: '1.6'" });
    expect(stage(r, '1.6').status).toBe('skipped');
    expect(stage(r, '1.6').controls.map((c) => c.data.status)).toContain('implemented');
  });
  it('a handoff the organisation does not list misses all its evidence and has no owner', () => {
    const r = withEdits({ file: 'organisation.yaml', replace: /\n {2}- handoff: H3\n(?: {4}.*\n)*/, with: '\n' });
    const h3 = r.handoffs.find((h) => h.handoff.id === 'H3')!;
    expect(h3.owner).toBeUndefined();
    expect(h3.missing).toEqual(m.byId.handoffs.get('H3')!.data.evidence.map((e) => e.artifact));
  });
  it('Tier 3 brings every stage and sub-stage into scope', () => {
    const r = withEdits({ file: 'organisation.yaml', replace: 'tier: T2', with: 'tier: T3' });
    expect(r.stages.every((s) => s.inScope)).toBe(true);
    expect(r.llmops.every((s) => s.inScope)).toBe(true);
  });
});

describe('the JSON export', () => {
  const data = coverageExport(reportOf(EXAMPLE_ORG_ROOT));
  it('is plain data with IDs, stable through JSON', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data).toMatchObject({ organisation: 'Example Corp (fictional)', tier: 'T2' });
    expect(data.stages.find((s) => s.stage === '4.9')).toMatchObject({ status: 'skipped', inScope: true });
    expect(data.handoffs.map((h) => h.handoff)).toEqual(['H1', 'H2', 'H3']);
  });
});
