import { layersOfPlacement } from '../model/layers.ts';
import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

export const stageInItsLayer: Rule = {
  name: 'stage-in-its-layer',
  description: "A stage's ID starts with the number of its layer (2.4 belongs to the layer with order 2).",
  check: (m) =>
    m.stages.flatMap((s) => {
      const layer = m.byId.layers.get(s.data.layer);
      const prefix = Number(s.id.split('.')[0]);
      return layer && layer.data.order !== prefix
        ? [{ file: s.file, field: 'layer', message: `expected the layer with order ${prefix} (from the ID "${s.id}"); found "${s.data.layer}" (order ${layer.data.order})` }]
        : [];
    }),
};

export const provisionPlaced: Rule = {
  name: 'provision-placed',
  description: 'Every provision is placed in the lifecycle: mapped to at least one stage, or marked `organisationWide` with the reason no stage carries it (not both), so nothing is silently unmapped.',
  check: (m) =>
    m.provisions.flatMap((p) => {
      const { stages, organisationWide } = p.data;
      if (stages.length === 0 && organisationWide === undefined)
        return [{ file: p.file, field: 'stages', message: 'expected at least one mapped stage, or `organisationWide` with the reason no stage carries the duty; found neither, so the provision is mapped to no stage and cannot be placed in the lifecycle' }];
      if (stages.length > 0 && organisationWide !== undefined)
        return [{ file: p.file, field: 'organisationWide', message: `expected either stages or organisationWide; found both (${stages.length} stages), so it would be counted twice` }];
      return [];
    }),
};

export const provisionWithinCategoryLayers: Rule = {
  name: 'provision-within-category-layers',
  description: "A provision maps only to stages in the layers its categories cover (cross-cutting categories cover all).",
  check: (m) =>
    m.provisions.flatMap((p) => {
      const allowed = new Set(p.data.categories.flatMap((g) => {
        const c = m.byId.categories.get(g);
        return c ? layersOfPlacement(m, c.data.placement) : [];
      }));
      return p.data.stages.flatMap((s, i) => {
        const stage = m.byId.stages.get(s.stage);
        return stage && m.byId.layers.has(stage.data.layer) && allowed.size && !allowed.has(stage.data.layer)
          ? [{ file: p.file, field: `stages[${i}].stage`, message: `expected a stage in ${[...allowed].join(' or ')} (the layers of ${p.data.categories.join(', ')}); found ${s.stage}, which is in ${stage.data.layer}` }]
          : [];
      });
    }),
};

export const stageListsProvisionCategories: Rule = {
  name: 'stage-lists-provision-categories',
  description: 'When a provision maps to a stage, the stage lists at least one of the provision\'s categories.',
  check: (m) =>
    m.provisions.flatMap((p) =>
      p.data.stages.flatMap(({ stage }) => {
        const s = m.byId.stages.get(stage);
        if (!s || p.data.categories.some((g) => s.data.categories.includes(g))) return [];
        return [{ file: s.file, field: 'categories', message: `expected at least one of ${p.data.categories.join(', ')} in the list, because ${p.id} (${p.data.reference}) maps to stage ${stage}; found [${s.data.categories.join(', ')}]` }];
      }),
    ),
};

export const llmopsSupportsAStage: Rule = {
  name: 'llmops-supports-a-stage',
  description: 'Every LLMOps sub-stage is listed by at least one stage (its `llmops` field), so no sub-stage floats free.',
  check: (m) =>
    m.llmops
      .filter((l) => !m.stages.some((s) => s.data.llmops.includes(l.id)))
      .map((l) => ({ file: l.file, message: `expected at least one stage in content/stages/ to list ${l.id} under llmops; found none` })),
};

export const handoffAtLayerBoundary: Rule = {
  name: 'handoff-at-layer-boundary',
  description: 'A handoff goes from one layer to the next one in pipeline order.',
  check: (m) =>
    m.handoffs.flatMap((h) => {
      const from = m.byId.layers.get(h.data.from);
      const to = m.byId.layers.get(h.data.to);
      return from && to && to.data.order !== from.data.order + 1
        ? [{ file: h.file, field: 'to', message: `expected the layer after ${h.data.from} (order ${from.data.order + 1}); found ${h.data.to} (order ${to.data.order})` }]
        : [];
    }),
};
