import { z } from 'zod';
import { categoryId, layerId, line, provisionId } from './ids';

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
  /** Evidence that must travel across the boundary, with the provisions that require it. */
  evidence: z.array(z.strictObject({ artifact: line(120), provisions: z.array(provisionId) })).min(1),
  /** Governance categories whose obligations the handoff carries. */
  categories: z.array(categoryId).min(1),
});
export type HandoffData = z.infer<typeof handoffSchema>;
