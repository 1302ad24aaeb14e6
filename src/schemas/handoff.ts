import { z } from 'zod';
import { categoryId, handoffId, layerId, line, provisionId, stageId } from './ids.ts';

/** A governance handoff at a layer boundary (`content/handoffs/H<n>.mdx`, Section 6.2). */
export const handoffSchema = z.strictObject({
  /** Short name, e.g. "Data to model". */
  name: line(60),
  /** Layer handing over, and the layer receiving; must be adjacent. */
  from: layerId,
  to: layerId,
  /** Who hands over and who receives, e.g. "Data engineering" → "Model development". */
  fromRole: line(80),
  toRole: line(80),
  /** One sentence: what responsibility transfers. */
  summary: line(),
  /**
   * The evidence checklist: what must travel across the boundary, which stage produces it and which stage
   * relies on it, how the receiver checks it, and the provisions that ask for it.
   */
  evidence: z.array(z.strictObject({
    artifact: line(120),
    provisions: z.array(provisionId),
    /** Stage (in the handing-over layer) where the record is produced. */
    producedAt: stageId,
    /** Stage (in the receiving layer) that relies on it. */
    usedAt: stageId,
    /** What the receiving team checks before it accepts the handoff. */
    check: line(300),
  })).min(1),
  /** Governance categories whose obligations the handoff carries. */
  categories: z.array(categoryId).min(1),
  /** IDs this entry had in earlier releases; their short links and pages redirect here. */
  formerIds: z.array(handoffId).default([]),
});
export type HandoffData = z.infer<typeof handoffSchema>;
