import { z } from 'zod';
import { line } from './ids';

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
});
export type TierData = z.infer<typeof tierSchema>;
