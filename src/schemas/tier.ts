import { z } from 'zod';
import { line, referenceId } from './ids.ts';

/** Any unit of the model a guide step can point at: a stage, LLMOps sub-stage, category, handoff or layer. */
const unitRef = z.string().regex(/^([1-9]\.[1-9][0-9]{0,2}|L\.[1-9][0-9]{0,2}|G\.[1-9][0-9]?|H[1-9][0-9]?|L[1-9])$/, { error: 'expected a stage, sub-stage, category, handoff or layer ID such as "2.8", "L.7", "G.3", "H2" or "L1"' });

/** An adoption tier (`content/tiers/T<n>.yaml`, Section 7). What a tier covers is computed from these switches. */
export const tierSchema = z.strictObject({
  name: line(60),
  /** 1 = lightest. */
  level: z.int().min(1),
  summary: line(400),
  /** Whether the tier uses the four-layer abstraction and the handoffs. */
  layersAndHandoffs: z.boolean(),
  /** Stages analysed separately: those whose `tier` is at most this value (0 = none). */
  stagesUpToTier: z.int().min(0),
  /** Whether the LLMOps pillar is adopted. */
  llmops: z.boolean(),
  /** Whether the governance categories are adopted as analysis units. */
  categories: z.boolean(),
  /** The adoption guide: what to adopt first, in order, and the units each step concerns. */
  steps: z.array(z.strictObject({ title: line(100), what: line(500), units: z.array(unitRef).min(1), sources: z.array(referenceId).default([]) })).min(3),
  /** What an organisation at this tier still leaves uncovered, and the units concerned. */
  leavesUncovered: z.array(z.strictObject({ gap: line(400), units: z.array(unitRef).min(1) })).min(1),
  /** The signal that it is time to move to the next tier (absent for the last tier). */
  moveOn: line(400).optional(),
});
export type TierData = z.infer<typeof tierSchema>;
