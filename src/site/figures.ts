/**
 * What each figure shows, computed from the model. The in-page figures (src/components/figures/) and
 * the downloadable SVG/PNG versions (src/og/figures.ts) both draw from these, so they always agree
 * with each other and with the data.
 */
import { kindsByStageLayer, layersOfPlacement, pathOf, stagesOfLayer, type Model, type Provision, type Reading } from '../model/index.ts';
import type { Novelty } from '../schemas/index.ts';
import type { FIGURE_NAMES } from '../schemas/body-components.ts';
import { layerColour, type LayerColour } from './palette.ts';

export interface Unit { id: string; name: string; path: string }
export interface FigureLayer extends Unit { colour: LayerColour }

export interface LifecycleFigure {
  layers: (FigureLayer & { stages: (Unit & { novelty: Novelty })[] })[];
  llmops: Unit[];
  categories: Unit[];
  /** Feedback loops run by a sub-stage, from a downstream stage back upstream. */
  loops: { via: Unit; from: Unit; to: Unit }[];
}

const unit = (m: Model, collection: 'stages' | 'llmops' | 'categories' | 'layers' | 'handoffs' | 'provisions', id: string): Unit => {
  const e = m.byId[collection].get(id) as { data: { name?: string; label?: string } } | undefined;
  return { id, name: e?.data.name ?? e?.data.label ?? id, path: pathOf(m, collection, id) };
};
const layerUnit = (m: Model, id: string): FigureLayer => ({ ...unit(m, 'layers', id), colour: layerColour(m, id) });

const lifecycleCache = new WeakMap<Model, LifecycleFigure>();

/**
 * Figure 1: the layers in pipeline order with every stage, the two pillars and the feedback loop.
 * Computed once per model: every stage page draws its locator from it.
 */
export function lifecycleFigure(m: Model): LifecycleFigure {
  const hit = lifecycleCache.get(m);
  if (hit) return hit;
  const figure: LifecycleFigure = {
    layers: m.layers.map((l) => ({ ...layerUnit(m, l.id), stages: stagesOfLayer(m, l.id).map((s) => ({ ...unit(m, 'stages', s.id), novelty: s.data.novelty })) })),
    llmops: m.llmops.map((l) => unit(m, 'llmops', l.id)),
    categories: m.categories.map((g) => unit(m, 'categories', g.id)),
    loops: m.llmops.flatMap((l) => (l.data.loop && m.byId.stages.has(l.data.loop.from) && m.byId.stages.has(l.data.loop.to)
      ? [{ via: unit(m, 'llmops', l.id), from: unit(m, 'stages', l.data.loop.from), to: unit(m, 'stages', l.data.loop.to) }]
      : [])),
  };
  lifecycleCache.set(m, figure);
  return figure;
}

export interface GovernanceStack {
  rows: (FigureLayer & { categories: Unit[]; handoffOut?: Unit & { to: string } })[];
  crossCutting: Unit[];
}

/** Figure 2: the categories placed at their layers, and the handoffs between consecutive layers. */
export function governanceStack(m: Model): GovernanceStack {
  return {
    rows: m.layers.map((l) => {
      const h = m.handoffs.find((x) => x.data.from === l.id);
      return {
        ...layerUnit(m, l.id),
        categories: m.categories.filter((g) => g.data.placement !== 'cross-cutting' && layersOfPlacement(m, g.data.placement).includes(l.id)).map((g) => unit(m, 'categories', g.id)),
        ...(h ? { handoffOut: { ...unit(m, 'handoffs', h.id), to: h.data.to } } : {}),
      };
    }),
    crossCutting: m.categories.filter((g) => g.data.placement === 'cross-cutting').map((g) => unit(m, 'categories', g.id)),
  };
}

export interface AsymmetryBar { kind: 'decision-shaping' | 'evidence-producing'; provisions: Unit[]; anchor: string }
export interface AsymmetryChart { readings: { reading: Reading; layers: (FigureLayer & { bars: AsymmetryBar[] })[] }[]; max: number }

/** Per layer of our stage mapping: decision-shaping vs evidence-producing provisions, under both readings. */
export function asymmetryChart(m: Model): AsymmetryChart {
  const provisionUnit = (p: Provision): Unit => ({ id: p.id, name: `${p.data.reference} ${p.data.label}`, path: pathOf(m, 'provisions', p.id) });
  const readings = (['paper', 'alternative'] as const).map((reading) => ({
    reading,
    layers: kindsByStageLayer(m, reading).map((k) => ({
      ...layerUnit(m, k.layer),
      bars: (['decision-shaping', 'evidence-producing'] as const).map((kind) => ({ kind, provisions: k[kind].map(provisionUnit), anchor: `bar-${reading}-${k.layer}-${kind}` })),
    })),
  }));
  const max = Math.max(1, ...readings.flatMap((r) => r.layers.flatMap((l) => l.bars.map((b) => b.provisions.length))));
  return { readings, max };
}

/** The downloadable figures: stable names used in the URLs `figures/<name>.svg` and `.png`. */
export const FIGURES = {
  lifecycle: { title: 'Figure 1. The security-oriented LLM lifecycle', width: 1920, height: 1080 },
  governance: { title: 'Figure 2. The governance stack and its handoffs', width: 1920, height: 1080 },
  asymmetry: { title: 'The structural asymmetry by layer', width: 1920, height: 1080 },
  // Bodies embed figures by these names (src/schemas/body-components.ts): the two lists must be the same.
} as const satisfies Record<(typeof FIGURE_NAMES)[number], { title: string; width: number; height: number }>;
export type FigureName = keyof typeof FIGURES;
