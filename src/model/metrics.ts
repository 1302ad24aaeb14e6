/**
 * Named metrics that claims refer to (`content/claims/*.yaml` → `metric`). Each computes one number
 * from the model; parameters select a layer, a phase, a counting convention, a reading.
 */
import { NOVELTY, PHASES, COVERAGE } from '../schemas/index.ts';
import { CONVENTIONS, countTable3, type Band, type Convention, type Reading } from './asymmetry.ts';
import { phaseCounts, type DerivedPhase, type PhaseBasis } from './llmops-phases.ts';
import type { Model } from './model.ts';
import { addressableUnits } from './units.ts';

type Params = Record<string, string | number>;
export interface Metric {
  description: string;
  /** Allowed values per parameter; a claim with other parameters fails validation. */
  params: Record<string, readonly (string | number)[] | ((m: Model) => readonly (string | number)[])>;
  compute(m: Model, p: Params): number;
}

const conventions = Object.keys(CONVENTIONS) as Convention[];
const readings = ['paper', 'alternative'] as const;
const bands = ['upstream', 'downstream'] as const;
const table3 = (m: Model, p: Params) => countTable3(m, p.convention as Convention, p.reading as Reading);

export const METRICS: Record<string, Metric> = {
  'stages.count': { description: 'Number of stages', params: {}, compute: (m) => m.stages.length },
  'stages.byLayer': {
    description: 'Number of stages in a layer',
    params: { layer: (m) => m.layers.map((l) => l.id) },
    compute: (m, p) => m.stages.filter((s) => s.data.layer === p.layer).length,
  },
  'stages.additional': { description: 'Number of additional stages (novelty other than refined)', params: {}, compute: (m) => m.stages.filter((s) => s.data.novelty !== 'refined').length },
  'stages.additionalByLayer': {
    description: 'Number of additional stages in a layer',
    params: { layer: (m) => m.layers.map((l) => l.id) },
    compute: (m, p) => m.stages.filter((s) => s.data.layer === p.layer && s.data.novelty !== 'refined').length,
  },
  'stages.byNovelty': { description: 'Number of stages of one novelty class', params: { novelty: NOVELTY }, compute: (m, p) => m.stages.filter((s) => s.data.novelty === p.novelty).length },
  'layers.count': { description: 'Number of layers', params: {}, compute: (m) => m.layers.length },
  'llmops.count': { description: 'Number of LLMOps sub-stages', params: {}, compute: (m) => m.llmops.length },
  'llmops.phase': {
    description: 'Number of LLMOps sub-stages in a phase, as Table 2 states it or as the coverage marks imply',
    params: { phase: [...PHASES, 'unclassifiable'], basis: ['stated', 'derived'] },
    compute: (m, p) => phaseCounts(m, p.basis as PhaseBasis)[p.phase as DerivedPhase].length,
  },
  'llmops.coverage': {
    description: 'Number of sub-stages with a given mark in one primary source',
    params: { source: ['D', 'S', 'P'], mark: COVERAGE },
    compute: (m, p) => m.llmops.filter((l) => l.data.coverage[p.source as 'D' | 'S' | 'P'] === p.mark).length,
  },
  'categories.count': { description: 'Number of governance categories', params: {}, compute: (m) => m.categories.length },
  'handoffs.count': { description: 'Number of governance handoffs', params: {}, compute: (m) => m.handoffs.length },
  'units.count': { description: 'Number of addressable units (stages + sub-stages + categories)', params: {}, compute: (m) => addressableUnits(m).length },
  'frameworks.endToEnd': {
    description: 'Number of compared frameworks (other than this work) with end-to-end coverage in Table 1',
    params: {},
    compute: (m) => m.frameworks.filter((f) => !f.data.isThisWork && f.data.endToEnd).length,
  },
  'asymmetry.total': {
    description: 'Provisions counted in the lifecycle-bound rows of Table 3',
    params: { convention: conventions, reading: readings },
    compute: (m, p) => table3(m, p).total,
  },
  'asymmetry.band': {
    description: 'Provisions counted in one band (upstream = Layers 1–2, downstream = Layers 2/3–4)',
    params: { band: bands, convention: conventions, reading: readings },
    compute: (m, p) => table3(m, p).bands[p.band as Band].total,
  },
  'asymmetry.bandKind': {
    description: 'Provisions of one kind counted in one band',
    params: { band: bands, kind: ['decision-shaping', 'evidence-producing'], convention: conventions, reading: readings },
    compute: (m, p) => table3(m, p).bands[p.band as Band][p.kind as 'decision-shaping' | 'evidence-producing'],
  },
};

/** Checks parameters against a metric's declaration; returns a message per problem. */
export function paramProblems(m: Model, metric: Metric, params: Params): string[] {
  const out: string[] = [];
  // An ID whose file could not be read is not in the model; that file's own issue says so (dangling-reference).
  const unreadable = (v: string | number) => Object.values(m.unreadable).some((ids) => ids.has(String(v)));
  for (const [k, allowed] of Object.entries(metric.params)) {
    const values = typeof allowed === 'function' ? allowed(m) : allowed;
    if (!(k in params)) out.push(`expected parameter "${k}" (one of ${values.join(', ')}); found none`);
    else if (!values.includes(params[k]) && !(typeof allowed === 'function' && unreadable(params[k]))) out.push(`expected parameter "${k}" to be one of ${values.join(', ')}; found "${params[k]}"`);
  }
  for (const k of Object.keys(params)) if (!(k in metric.params)) out.push(`expected no parameter "${k}"; the metric takes ${Object.keys(metric.params).join(', ') || 'none'}`);
  return out;
}
