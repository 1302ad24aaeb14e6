/**
 * The coverage report of an organisation overlay: how far its internal controls cover the stages of the
 * model, what it inherits where they do not, which provisions no control addresses and which handoff
 * evidence it does not receive. Pure functions of the model and a validated overlay.
 */
import type { ControlStatus } from '../schemas/index.ts';
import type { Handoff, Layer, Llmops, Model, Provision, Stage, Tier } from './model.ts';
import type { Control, Overlay } from './overlay.ts';
import { tierScope } from './units.ts';
import { countingUnits, paragraphsOf } from './asymmetry-complete.ts';

/**
 * `covered`: at least one implemented control. `partial`: controls exist, but none is implemented yet
 * (only partial or planned ones). `not`: no control, or only controls marked not implemented.
 * `skipped`: the organisation lists the stage in its skips, whatever controls map to it.
 */
export const COVERAGE_STATUS = ['covered', 'partial', 'not', 'skipped'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUS)[number];
export type StatusCounts = Record<CoverageStatus, number>;

export interface StageCoverage {
  stage: Stage;
  status: CoverageStatus;
  /** Whether the organisation's adopted tier analyses this stage separately. */
  inScope: boolean;
  /** Controls mapped to the stage, in ID order. */
  controls: Control[];
  /** The organisation's reason, for a skipped stage. */
  skipReason?: string;
  /** What the organisation inherits (the stage's `guidance.ifSkipped`), for a stage that is not covered or skipped. */
  residualRisk?: string;
}

export interface LlmopsCoverage {
  llmops: Llmops;
  status: Exclude<CoverageStatus, 'skipped'>;
  inScope: boolean;
  controls: Control[];
}

export interface HandoffCoverage {
  handoff: Handoff;
  /** Absent when the organisation names no owner for the handoff. */
  owner?: string;
  evidenceLocation?: string;
  /** Checklist artifacts the organisation receives, in checklist order. */
  received: string[];
  /** Checklist artifacts it does not receive, in checklist order. */
  missing: string[];
  controls: Control[];
}

export interface LayerCoverage {
  layer: Layer;
  /** The layer's stages in pipeline order. */
  stages: StageCoverage[];
  counts: StatusCounts;
  /** Counts over the stages in scope for the tier only. */
  inScopeCounts: StatusCounts;
}

export interface CoverageReport {
  organisation: string;
  tier: Tier;
  /** Every stage, in pipeline order. */
  stages: StageCoverage[];
  /** The four layers in pipeline order, each with its stages: the heat map. */
  layers: LayerCoverage[];
  totals: { counts: StatusCounts; inScopeCounts: StatusCounts };
  llmops: LlmopsCoverage[];
  /**
   * The counted obligations (src/model/asymmetry-complete.ts) no control names, in the model's order. A
   * control that names an enclosing entry (MEASURE 2, Annex A.6) or a paragraph of the obligation
   * (Art. 15(5)) names it too.
   */
  provisionsWithoutControl: Provision[];
  /** Per framework, how many counted obligations there are and how many no control names. */
  obligationsByFramework: { framework: Provision['data']['framework']; total: number; withoutControl: number }[];
  /** Every handoff of the model, with what the organisation receives. */
  handoffs: HandoffCoverage[];
  /** The handoffs with at least one checklist artifact the organisation does not receive. */
  handoffsMissingEvidence: HandoffCoverage[];
}

/** The status of a set of controls. Precedence: any implemented control covers; any partial or planned one partly covers. */
export function statusOf(statuses: ControlStatus[]): Exclude<CoverageStatus, 'skipped'> {
  if (statuses.includes('implemented')) return 'covered';
  if (statuses.some((s) => s === 'partial' || s === 'planned')) return 'partial';
  return 'not';
}

export function countStatuses(xs: { status: CoverageStatus }[]): StatusCounts {
  const counts = Object.fromEntries(COVERAGE_STATUS.map((s) => [s, 0])) as StatusCounts;
  for (const x of xs) counts[x.status]++;
  return counts;
}

export function coverage(m: Model, o: Overlay): CoverageReport {
  const org = o.organisation.data;
  const tier = m.byId.tiers.get(org.tier);
  const scope = tier && tierScope(m, tier.data.level);
  // The overlay rules guarantee the tier exists; this guards callers that skip validation.
  if (!tier || !scope) throw new Error(`coverage: the overlay's tier "${org.tier}" is not in the model`);
  const inScopeStages = new Set(scope.stages.map((s) => s.id));
  const inScopeLlmops = new Set(scope.llmops.map((l) => l.id));
  const skips = new Map(org.skips.map((s) => [s.stage, s.reason]));

  const stages = m.stages.map((stage): StageCoverage => {
    const controls = o.controls.filter((c) => c.data.stages.includes(stage.id));
    const skipReason = skips.get(stage.id);
    const status = skipReason !== undefined ? 'skipped' : statusOf(controls.map((c) => c.data.status));
    return {
      stage,
      status,
      inScope: inScopeStages.has(stage.id),
      controls,
      ...(skipReason !== undefined ? { skipReason } : {}),
      ...(status === 'not' || status === 'skipped' ? { residualRisk: stage.data.guidance.ifSkipped } : {}),
    };
  });

  const layers = m.layers.map((layer): LayerCoverage => {
    const xs = stages.filter((s) => s.stage.data.layer === layer.id);
    return { layer, stages: xs, counts: countStatuses(xs), inScopeCounts: countStatuses(xs.filter((s) => s.inScope)) };
  });

  const llmops = m.llmops.map((l): LlmopsCoverage => {
    const controls = o.controls.filter((c) => c.data.llmops.includes(l.id));
    return { llmops: l, status: statusOf(controls.map((c) => c.data.status)), inScope: inScopeLlmops.has(l.id), controls };
  });

  const controlled = new Set(o.controls.flatMap((c) => c.data.provisions));
  const ancestors = (p: Provision): string[] => {
    const out: string[] = [];
    for (let q = p.data.parent; q && !out.includes(q); q = m.byId.provisions.get(q)?.data.parent) out.push(q);
    return out;
  };
  const units = countingUnits(m);
  const uncontrolled = units.filter((p) => ![p.id, ...ancestors(p), ...paragraphsOf(m, p).map((c) => c.id)].some((id) => controlled.has(id)));
  const handoffs = m.handoffs.map((handoff): HandoffCoverage => {
    const entry = org.handoffs.find((h) => h.handoff === handoff.id);
    const checklist = handoff.data.evidence.map((e) => e.artifact);
    const receives = new Set(entry?.receives ?? []);
    return {
      handoff,
      ...(entry ? { owner: entry.owner, evidenceLocation: entry.evidenceLocation } : {}),
      received: checklist.filter((a) => receives.has(a)),
      missing: checklist.filter((a) => !receives.has(a)),
      controls: o.controls.filter((c) => entry?.controls.includes(c.id)),
    };
  });

  return {
    organisation: org.name,
    tier,
    stages,
    layers,
    totals: { counts: countStatuses(stages), inScopeCounts: countStatuses(stages.filter((s) => s.inScope)) },
    llmops,
    provisionsWithoutControl: uncontrolled,
    obligationsByFramework: [...new Set(units.map((p) => p.data.framework))].map((framework) => ({
      framework,
      total: units.filter((p) => p.data.framework === framework).length,
      withoutControl: uncontrolled.filter((p) => p.data.framework === framework).length,
    })),
    handoffs,
    handoffsMissingEvidence: handoffs.filter((h) => h.missing.length > 0),
  };
}

/** The report as plain data for `/data/coverage.json`: IDs instead of entries, stable order. */
export function coverageExport(r: CoverageReport) {
  const control = (c: Control) => ({ id: c.id, title: c.data.title, owner: c.data.owner, evidenceLocation: c.data.evidenceLocation, status: c.data.status });
  return {
    organisation: r.organisation,
    tier: r.tier.id,
    totals: r.totals,
    layers: r.layers.map((l) => ({ layer: l.layer.id, counts: l.counts, inScopeCounts: l.inScopeCounts })),
    stages: r.stages.map((s) => ({
      stage: s.stage.id,
      status: s.status,
      inScope: s.inScope,
      controls: s.controls.map(control),
      ...(s.skipReason !== undefined ? { skipReason: s.skipReason } : {}),
      ...(s.residualRisk !== undefined ? { residualRisk: s.residualRisk } : {}),
    })),
    llmops: r.llmops.map((l) => ({ llmops: l.llmops.id, status: l.status, inScope: l.inScope, controls: l.controls.map((c) => c.id) })),
    provisionsWithoutControl: r.provisionsWithoutControl.map((p) => p.id),
    handoffs: r.handoffs.map((h) => ({
      handoff: h.handoff.id,
      owner: h.owner ?? null,
      evidenceLocation: h.evidenceLocation ?? null,
      received: h.received,
      missing: h.missing,
      controls: h.controls.map((c) => c.id),
    })),
  };
}

/** The stages an organisation adopts: those its tier analyses separately, minus the ones it knowingly skips. */
export function adoptedStages(m: Model, o: Overlay): string[] {
  const tier = m.byId.tiers.get(o.organisation.data.tier);
  const skipped = new Set(o.organisation.data.skips.map((s) => s.stage));
  return tier ? (tierScope(m, tier.data.level)?.stages ?? []).map((s) => s.id).filter((id) => !skipped.has(id)) : [];
}
