import { unitCollection } from '../schemas/ids.ts';
import type { Rule } from './rule.ts';

export const handoffEvidenceCrossesBoundary: Rule = {
  name: 'handoff-evidence-crosses-boundary',
  description: "Each record on a handoff's checklist is produced at a stage of the handing-over layer and used at a stage of the receiving layer.",
  check: (m) =>
    m.handoffs.flatMap((h) =>
      h.data.evidence.flatMap((e, i) => {
        const out = [];
        const from = m.byId.stages.get(e.producedAt);
        const to = m.byId.stages.get(e.usedAt);
        if (from && from.data.layer !== h.data.from)
          out.push({ file: h.file, field: `evidence[${i}].producedAt`, message: `expected a stage of layer ${h.data.from}, which hands over; found ${e.producedAt} in ${from.data.layer}` });
        if (to && to.data.layer !== h.data.to)
          out.push({ file: h.file, field: `evidence[${i}].usedAt`, message: `expected a stage of layer ${h.data.to}, which receives; found ${e.usedAt} in ${to.data.layer}` });
        return out;
      }),
    ),
};

export const tierStepsWithinScope: Rule = {
  name: 'tier-steps-within-scope',
  description: "A tier guide's steps only ask for what the tier adopts: stages up to its stage tier, sub-stages only with the LLMOps pillar, categories only when it governs by category.",
  check: (m) =>
    m.tiers.flatMap((t) =>
      t.data.steps.flatMap((s, i) =>
        s.units.flatMap((u, j) => {
          const field = `steps[${i}].units[${j}]`;
          const c = unitCollection(u);
          const stage = c === 'stages' ? m.byId.stages.get(u) : undefined;
          if (stage && stage.data.tier > t.data.stagesUpToTier)
            return [{ file: t.file, field, message: `expected a stage analysed at this tier (stage tier ≤ ${t.data.stagesUpToTier}); found ${u}, first analysed at tier ${stage.data.tier}` }];
          if (c === 'llmops' && !t.data.llmops) return [{ file: t.file, field, message: `expected no LLMOps sub-stage, since this tier does not adopt the pillar; found ${u}` }];
          if (c === 'categories' && !t.data.categories) return [{ file: t.file, field, message: `expected no governance category, since this tier does not govern by category; found ${u}` }];
          if ((c === 'handoffs' || c === 'layers') && !t.data.layersAndHandoffs) return [{ file: t.file, field, message: `expected no layer or handoff, since this tier does not use them; found ${u}` }];
          return [];
        }),
      ),
    ),
};
