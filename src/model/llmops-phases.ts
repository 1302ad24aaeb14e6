/** LLMOps synthesis phases (Section 5): as Table 2 states them, and as the coverage marks imply. */
import type { Coverage, Phase } from '../schemas/index.ts';
import type { Llmops, Model } from './model.ts';

export type DerivedPhase = Phase | 'unclassifiable';
export type PhaseBasis = 'stated' | 'derived';

/**
 * Applies Section 5's definitions to a sub-stage's marks: consensus = named in at least two sources;
 * elevation = treated implicitly somewhere but named nowhere; gap-closure = absent from all three.
 * Anything else (named in exactly one source) fits none of the three definitions.
 */
export function derivePhase(coverage: Record<string, Coverage>): DerivedPhase {
  const marks = Object.values(coverage);
  const named = marks.filter((x) => x === 'named').length;
  const implicit = marks.filter((x) => x === 'implicit').length;
  if (named >= 2) return 'consensus';
  if (named === 0 && implicit > 0) return 'elevation';
  if (named === 0 && implicit === 0) return 'gap-closure';
  return 'unclassifiable';
}

export const phaseOf = (l: Llmops, basis: PhaseBasis): DerivedPhase => (basis === 'stated' ? l.data.phase : derivePhase(l.data.coverage));

export function phaseCounts(m: Model, basis: PhaseBasis): Record<DerivedPhase, Llmops[]> {
  const out: Record<DerivedPhase, Llmops[]> = { consensus: [], elevation: [], 'gap-closure': [], unclassifiable: [] };
  for (const l of m.llmops) out[phaseOf(l, basis)].push(l);
  return out;
}
