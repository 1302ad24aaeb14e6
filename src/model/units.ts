/** Addressable units (Section 7): the places where security and governance questions can be asked. */
import type { Model } from './model.ts';

export interface Unit { collection: 'stages' | 'llmops' | 'categories'; id: string; name: string }

export const addressableUnits = (m: Model): Unit[] => [
  ...m.stages.map((s) => ({ collection: 'stages' as const, id: s.id, name: s.data.name })),
  ...m.llmops.map((l) => ({ collection: 'llmops' as const, id: l.id, name: l.data.name })),
  ...m.categories.map((g) => ({ collection: 'categories' as const, id: g.id, name: g.data.name })),
];

/** What an organisation analyses at each adoption tier, from the tier switches and the stages' tiers. */
export function tierScope(m: Model, level: number) {
  const t = m.tiers.find((x) => x.data.level === level);
  if (!t) return undefined;
  return {
    tier: t,
    layers: t.data.layersAndHandoffs ? m.layers : [],
    handoffs: t.data.layersAndHandoffs ? m.handoffs : [],
    stages: m.stages.filter((s) => s.data.tier <= t.data.stagesUpToTier),
    llmops: t.data.llmops ? m.llmops : [],
    categories: t.data.categories ? m.categories : [],
  };
}
