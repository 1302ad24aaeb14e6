/**
 * The crosswalk between governance frameworks, computed from the stage mapping: for a provision, the
 * provisions of the other frameworks that bear on the same stages with the same kind of duty; and the
 * stage × framework coverage matrix, which shows the stages a framework does not reach at all.
 */
import type { FrameworkKey } from '../schemas/provision.ts';
import { FRAMEWORKS } from '../schemas/provision.ts';
import { countingUnits, unitStages, unitStageSet } from './asymmetry-complete.ts';
import type { Model, Provision } from './model.ts';

export interface Related { provision: Provision; shared: string[]; overlap: number }

/** How many related provisions per other framework a page shows. */
export const RELATED_PER_FRAMEWORK = 3;

const jaccard = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((x) => b.has(x));
  return { shared, overlap: shared.length / new Set([...a, ...b]).size };
};

/**
 * For each other framework, its counting units of the same kind that share stages with `p`, closest first
 * (by the overlap of their stage sets, then by the framework's order). Organisation-wide provisions relate to
 * the organisation-wide units of the same kind.
 */
export function relatedAcrossFrameworks(m: Model, p: Provision, limit = RELATED_PER_FRAMEWORK): { framework: FrameworkKey; related: Related[] }[] {
  const mine = unitStageSet(m, p);
  const units = countingUnits(m);
  return FRAMEWORKS.filter((f) => f !== p.data.framework).map((framework) => {
    const candidates = units.filter((q) => q.data.framework === framework && q.data.kind === p.data.kind);
    const related = candidates.flatMap((q, order) => {
      const theirs = unitStageSet(m, q);
      if (mine.size === 0) return theirs.size === 0 ? [{ provision: q, shared: [], overlap: 1, order }] : [];
      const { shared, overlap } = jaccard(mine, theirs);
      return shared.length ? [{ provision: q, shared, overlap, order }] : [];
    }).sort((a, b) => b.overlap - a.overlap || a.order - b.order).slice(0, limit)
      .map(({ provision, shared, overlap }) => ({ provision, shared, overlap }));
    return { framework, related };
  }).filter((x) => x.related.length);
}

export interface CoverageCell { stage: string; framework: FrameworkKey; units: Provision[] }

/** Per stage, per framework: the counting units mapped there. An empty cell is a stage the framework never reaches. */
export function stageFrameworkMatrix(m: Model): { stage: string; cells: CoverageCell[] }[] {
  const units = countingUnits(m).map((p) => ({ p, stages: new Set(unitStages(m, p)) }));
  return m.stages.map((s) => ({
    stage: s.id,
    cells: FRAMEWORKS.map((framework) => ({ stage: s.id, framework, units: units.filter((u) => u.p.data.framework === framework && u.stages.has(s.id)).map((u) => u.p) })),
  }));
}

/** The stages a framework does not reach with any unit. */
export const stagesUnreached = (m: Model, framework: FrameworkKey) =>
  stageFrameworkMatrix(m).filter((r) => r.cells.find((c) => c.framework === framework)!.units.length === 0).map((r) => r.stage);
