import { z } from 'zod';
import { line } from './ids.ts';

/** A numeric claim the paper makes (`content/claims/<id>.yaml`), checked against what the data gives. */
export const claimSchema = z.strictObject({
  /** Where the paper makes it, e.g. "Section 6.3". */
  section: line(40),
  /** The claim in our words. */
  statement: line(400),
  /** The value the paper states. */
  claimed: z.number(),
  /** Name of the core metric that computes the value from content (see `src/model/metrics.ts`). */
  metric: line(80),
  /** Parameters for the metric, e.g. a counting convention. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** Other readings to compute beside the main one, e.g. another counting convention; each overrides some parameters. */
  alsoUnder: z.array(z.strictObject({ label: line(80), params: z.record(z.string(), z.union([z.string(), z.number()])) })).default([]),
  /** Position in the ledger: claims are listed by this number (topics keep the order of their first claim). */
  order: z.int().min(0),
  /** Claims that contradict each other share a topic, so the ledger shows them side by side. */
  topic: line(80),
  /** Context: conventions, caveats, why the values differ. */
  note: line(600).optional(),
});
export type ClaimData = z.infer<typeof claimSchema>;
