/** The claims ledger: each numeric claim of the paper beside the value the content gives. */
import { METRICS } from './metrics.ts';
import type { Claim, Model } from './model.ts';

export interface ClaimCheck {
  claim: Claim;
  computed: number;
  agrees: boolean;
  readings: { label: string; value: number; agrees: boolean }[];
}

export function checkClaim(m: Model, claim: Claim): ClaimCheck {
  const metric = METRICS[claim.data.metric];
  const computed = metric.compute(m, claim.data.params);
  return {
    claim,
    computed,
    agrees: computed === claim.data.claimed,
    readings: claim.data.alsoUnder.map((r) => {
      const value = metric.compute(m, { ...claim.data.params, ...r.params });
      return { label: r.label, value, agrees: value === claim.data.claimed };
    }),
  };
}

export const checkClaims = (m: Model) => m.claims.map((c) => checkClaim(m, c));

/** Claims grouped by topic, in first-seen order, so contradicting claims appear side by side. */
export function claimsByTopic(m: Model): { topic: string; checks: ClaimCheck[] }[] {
  const groups = new Map<string, ClaimCheck[]>();
  for (const c of checkClaims(m)) groups.set(c.claim.data.topic, [...(groups.get(c.claim.data.topic) ?? []), c]);
  return [...groups].map(([topic, checks]) => ({ topic, checks }));
}
