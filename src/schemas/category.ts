import { z } from 'zod';
import { categoryId, line } from './ids.ts';

/** Where a governance category sits (Table 3 "Layer" column). */
export const CATEGORY_PLACEMENTS = ['L1', 'L2', 'L2/L3', 'L3', 'L4', 'cross-cutting'] as const;
export type CategoryPlacement = (typeof CATEGORY_PLACEMENTS)[number];

/** A governance category (`content/categories/G.<n>.mdx`). */
export const categorySchema = z.strictObject({
  /** Name as in Section 6.1, e.g. "Regulatory Compliance". */
  name: line(80),
  /** Primary layer placement; `cross-cutting` categories apply to every layer. */
  placement: z.enum(CATEGORY_PLACEMENTS),
  /** One sentence: what the category governs. */
  scope: line(),
  /** Position in Table 3 and Figure 2 (which differs from the numbering: G.3 comes after G.7). */
  order: z.int().min(1),
  /** IDs this entry had in earlier releases; their short links and pages redirect here. */
  formerIds: z.array(categoryId).default([]),
});
export type CategoryData = z.infer<typeof categorySchema>;
