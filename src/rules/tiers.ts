import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

export const stageTierExists: Rule = {
  name: 'stage-tier-exists',
  description: "A stage's tier is the level of an adoption tier that analyses stages separately.",
  check: (m) => {
    const levels = new Set(m.tiers.filter((t) => t.data.stagesUpToTier > 0).map((t) => t.data.level));
    return m.stages
      .filter((s) => !levels.has(s.data.tier))
      .map((s) => ({ file: s.file, field: 'tier', message: `expected one of the tier levels that analyse stages (${[...levels].join(', ')}); found ${s.data.tier}` }));
  },
};

/** Section 7: Tier 2 adds the 13 additional stages as priority extensions, before the full decomposition. */
export const additionalStagesFirst: Rule = {
  name: 'additional-stages-first',
  description: 'Every additional stage enters at a lower adoption tier than every refined stage.',
  check: (m) => {
    const refined = m.stages.filter((s) => s.data.novelty === 'refined');
    const lowestRefined = Math.min(...refined.map((s) => s.data.tier));
    return m.stages
      .filter((s) => s.data.novelty !== 'refined' && s.data.tier >= lowestRefined)
      .map((s) => ({ file: s.file, field: 'tier', message: `expected a tier below ${lowestRefined} (the lowest tier of a refined stage), since ${s.id} is an additional stage (${s.data.novelty}); found ${s.data.tier}` }));
  },
};
